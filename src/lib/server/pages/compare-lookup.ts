// Finds what each ref names: a preset file or a saved revision. A saved scenario is checked
// against the model as it is now (the model may have changed since it was saved), so that a
// stale one is reported rather than crashing the simulation.

import { formatRef, presetRef, type ScenarioRef } from '$lib/compare/refs';
import { fitToModel } from '$lib/editing/fit-to-model';
import { applyEdits, type ScenarioEdits } from '$lib/editing/scenario-edits';
import { m } from '$lib/paraglide/messages';
import type { Lookup, PresetCatalog } from '$lib/compare/plan';
import type { Candidate, PickerChoices } from '$lib/compare/types';
import { formatProblem, parseScenario } from '$lib/schema';
import type { PresetLibrary } from '$lib/server/presets';
import { getStore, loadSavedRevision } from '$lib/server/storage/store';
import { savedChoices } from './saved-choices';

function message(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

export function presetCatalog(library: PresetLibrary): PresetCatalog {
	return {
		models: library.models,
		presets: (modelId) => {
			const model = library.models.find((m) => m.id === modelId);
			if (!model) return [];
			return (library.scenarios.get(modelId) ?? []).map((scenario) => ({
				ref: presetRef(modelId, scenario.id),
				model,
				scenario,
				title: scenario.title,
				revision: null
			}));
		}
	};
}

async function lookupSaved(
	ref: Extract<ScenarioRef, { kind: 'saved' }>,
	text: string,
	library: PresetLibrary
): Promise<Lookup> {
	let found: Awaited<ReturnType<typeof loadSavedRevision>>;
	try {
		found = await loadSavedRevision(ref.id, ref.revision);
	} catch (error) {
		return { ok: false, notice: { kind: 'storage', details: message(error) } };
	}
	if (!found) return { ok: false, notice: { kind: 'not-found', ref: text } };
	const model = library.models.find((m) => m.id === found.summary.modelId);
	if (!model)
		return { ok: false, notice: { kind: 'invalid', ref: text, details: `no model "${found.summary.modelId}"` } };
	// Saved on an earlier version of the model: compared as fitted to this one (dashboard likewise).
	const reference = library.scenarios.get(model.id)?.[0];
	const scenario = reference ? fitToModel(found.revision.scenario, model, reference).scenario : found.revision.scenario;
	const parsed = parseScenario(scenario, text, model);
	if (!parsed.ok)
		return {
			ok: false,
			notice: { kind: 'invalid', ref: text, details: parsed.problems.map(formatProblem).join('; ') }
		};
	const candidate: Candidate = {
		ref: text,
		model,
		scenario: parsed.scenario,
		title: found.summary.title,
		revision: found.revision.revision
	};
	return { ok: true, candidate };
}

export async function lookupRef(ref: ScenarioRef, library: PresetLibrary): Promise<Lookup> {
	const text = formatRef(ref);
	const found = await lookupUnedited(ref, text, library);
	return found.ok && ref.edits ? withEdits(found.candidate, ref.edits, text) : found;
}

async function lookupUnedited(ref: ScenarioRef, text: string, library: PresetLibrary): Promise<Lookup> {
	if (ref.kind === 'saved') return lookupSaved(ref, text, library);
	const candidate = presetCatalog(library)
		.presets(ref.model)
		.find((c) => c.scenario.id === ref.scenario);
	return candidate ? { ok: true, candidate } : { ok: false, notice: { kind: 'not-found', ref: text } };
}

/**
 * A preset or revision with the dashboard's unsaved edits (its Compare link): checked as a link's
 * edits are, and titled as edited in both languages.
 */
function withEdits(candidate: Candidate, edits: ScenarioEdits, text: string): Lookup {
	const parsed = parseScenario(applyEdits(candidate.scenario, edits), text, candidate.model);
	if (!parsed.ok)
		return {
			ok: false,
			notice: { kind: 'invalid', ref: text, details: parsed.problems.map(formatProblem).join('; ') }
		};
	const edited = (locale: 'en' | 'ar') => `${candidate.title[locale]} (${m.edited_badge({}, { locale })})`;
	return {
		ok: true,
		candidate: { ...candidate, ref: text, scenario: parsed.scenario, title: { en: edited('en'), ar: edited('ar') } }
	};
}

/** Everything the pickers offer for a model; saved ones only when the store can be read. */
export async function pickerChoices(
	library: PresetLibrary,
	modelId: string
): Promise<{ choices: PickerChoices; error?: string }> {
	const presets = presetCatalog(library)
		.presets(modelId)
		.map((c) => ({ ref: c.ref, title: c.title }));
	try {
		const saved = await savedChoices(getStore(), modelId);
		return { choices: { presets, saved } };
	} catch (error) {
		return { choices: { presets, saved: [] }, error: message(error) };
	}
}
