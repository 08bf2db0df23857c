// The scenario a dashboard link names (`?model=&scenario=&d=&e=` or `?saved=&rev=&d=`), with the
// link's edits applied. The dashboard and its presentation both read links here, so slides and
// dashboard always show the same scenario with the same numbers. A link that cannot be honoured
// in full still opens: the nearest scenario, and one line per problem for the page to show.

import { fitNotice, fitToModel } from '$lib/editing/fit-to-model';
import { applyEdits, hasEdits } from '$lib/editing/scenario-edits';
import { decodeLinkState, type EditSource } from '$lib/editing/url-edits';
import { presumedWrittenFor } from '$lib/narrative/written-for';
import type { ModelInput, ScenarioInput } from '$lib/model';
import type { ScenarioNumbers } from '$lib/page-data';
import { parseScenario } from '$lib/schema';
import { compute, contentKey, orBusyPage, serverSamples } from '$lib/server/compute';
import type { PresetLibrary } from '$lib/server/presets';
import { loadSavedRevision } from '$lib/server/storage/store';

export interface LinkedScenario {
	model: ModelInput;
	/** The preset or saved revision the link starts from. */
	base: ScenarioInput;
	source: EditSource;
	/** The saved scenario's newest revision; null for a preset. */
	headRevision: number | null;
	/** `base` with the link's edits, when they are valid; otherwise `base` itself. */
	current: ScenarioInput;
	/** The link's edits were applied (so `current` is not `base`). */
	edited: boolean;
	/** Why the saved revision was saved (its note, "" when none); null for a preset. */
	revisionNote: string | null;
	linkProblems: string[];
}

type Start = Pick<LinkedScenario, 'model' | 'base' | 'source' | 'headRevision' | 'revisionNote'>;

async function savedStart(
	library: PresetLibrary,
	id: string,
	revision: number | undefined,
	problems: string[]
): Promise<Start | null> {
	const loaded = await loadSavedRevision(id, revision);
	const model = loaded ? library.models.find((m) => m.id === loaded.revision.scenario.model) : undefined;
	const reference = model ? library.scenarios.get(model.id)?.[0] : undefined;
	if (!loaded || !model || !reference) return null;
	// Saved on an earlier version of the model: open it fitted to this one, and say what changed.
	const fit = fitToModel(loaded.revision.scenario, model, reference);
	if (fitNotice(fit)) problems.push(fitNotice(fit));
	return {
		model,
		// Which settings its summary and notes were written for (a copy of a preset: the preset's).
		base: presumedWrittenFor(fit.scenario, library.scenarios.get(model.id) ?? []),
		source: { kind: 'saved', id: loaded.summary.id, revision: loaded.revision.revision },
		headRevision: loaded.summary.headRevision,
		revisionNote: loaded.revision.note
	};
}

/** The named model and preset, else the first of each (each miss is a problem). */
function presetStart(
	library: PresetLibrary,
	modelId: string | undefined,
	scenarioId: string | undefined,
	problems: string[]
): Start {
	const model = library.models.find((m) => m.id === modelId) ?? library.models[0];
	if (modelId && modelId !== model.id) problems.push(`model: no model "${modelId}"`);
	const presets = library.scenarios.get(model.id) ?? [];
	const base = presets.find((s) => s.id === scenarioId) ?? presets[0];
	if (scenarioId && scenarioId !== base.id) problems.push(`scenario: no preset "${scenarioId}"`);
	return {
		model,
		base,
		source: { kind: 'preset', model: model.id, scenario: base.id },
		headRevision: null,
		revisionNote: null
	};
}

/** `library` must hold at least one model (see pageLibrary). */
export async function linkedScenario(params: URLSearchParams, library: PresetLibrary): Promise<LinkedScenario> {
	const link = decodeLinkState(params);
	const linkProblems = [...link.unreadable];
	let start: Start | null = null;
	if (link.saved) {
		start = await savedStart(library, link.saved, link.revision, linkProblems);
		if (!start)
			linkProblems.push(
				`saved: no saved scenario "${link.saved}"${link.revision ? ` at revision ${link.revision}` : ''}`
			);
	}
	start ??= presetStart(library, link.model, link.scenario, linkProblems);

	let current = start.base;
	if (hasEdits(link.edits)) {
		const parsed = parseScenario(applyEdits(start.base, link.edits), 'link', start.model);
		if (parsed.ok) current = parsed.scenario;
		else linkProblems.push(...parsed.problems.map((p) => `${p.path}: ${p.message}`));
	}
	return { ...start, current, edited: current !== start.base, linkProblems };
}

/**
 * The projection and the tornado the page opens with, on the same paths (the scenario's seed, at
 * most `serverSamples` of them, drawn once): the tornado's as-set value is then the key judgment's
 * number. Computed in the worker pool and kept by content (src/lib/server/compute): they follow
 * from the model and the settings alone, whoever asks. `full`: the scenario's own count, for pages
 * with no worker of their own to refine (the slides).
 */
export function scenarioNumbers(
	model: ModelInput,
	scenario: ScenarioInput,
	{ full = false }: { full?: boolean } = {}
): Promise<ScenarioNumbers> {
	const samples = full ? scenario.samples : serverSamples(scenario);
	const key = contentKey('numbers', model, [scenario], samples);
	return orBusyPage(compute().run(key, { kind: 'numbers', model, scenario, samples }));
}
