import { error } from '@sveltejs/kit';
import { sensitivity, simulate, type ModelInput, type ScenarioInput } from '$lib/model';
import { formatProblem, parseScenario } from '$lib/schema';
import { presetLibrary } from '$lib/server/presets';
import { getStore, loadSavedRevision } from '$lib/server/storage/store';
import { TORNADO_SAMPLES } from '$lib/sampling';
import { applyEdits, hasEdits } from '$lib/editing/scenario-edits';
import { decodeLinkState, type EditSource } from '$lib/editing/url-edits';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const library = await presetLibrary();
	if (library.models.length === 0)
		error(500, `No valid model under scenarios/. ${library.problems.map(formatProblem).join('; ')}`);
	const link = decodeLinkState(url.searchParams);
	const linkProblems = [...link.unreadable];

	let model: ModelInput | undefined;
	let base: ScenarioInput | undefined;
	let source: EditSource | undefined;
	let headRevision: number | null = null;
	if (link.saved) {
		const loaded = await loadSavedRevision(link.saved, link.revision);
		model = loaded ? library.models.find((m) => m.id === loaded.revision.scenario.model) : undefined;
		if (loaded && model) {
			base = loaded.revision.scenario;
			source = { kind: 'saved', id: loaded.summary.id, revision: loaded.revision.revision };
			headRevision = loaded.summary.headRevision;
		} else
			linkProblems.push(
				`saved: no saved scenario "${link.saved}"${link.revision ? ` at revision ${link.revision}` : ''}`
			);
	}
	if (!model || !base || !source) {
		model = library.models.find((m) => m.id === link.model) ?? library.models[0];
		if (link.model && link.model !== model.id) linkProblems.push(`model: no model "${link.model}"`);
		const presets = library.scenarios.get(model.id) ?? [];
		base = presets.find((s) => s.id === link.scenario) ?? presets[0];
		if (link.scenario && link.scenario !== base.id) linkProblems.push(`scenario: no preset "${link.scenario}"`);
		source = { kind: 'preset', model: model.id, scenario: base.id };
	}

	let current = base;
	if (hasEdits(link.edits)) {
		const parsed = parseScenario(applyEdits(base, link.edits), 'link', model);
		if (parsed.ok) current = parsed.scenario;
		else linkProblems.push(...parsed.problems.map((p) => `${p.path}: ${p.message}`));
	}

	return {
		catalog: library.models.map((m) => ({
			id: m.id,
			title: m.title,
			presets: (library.scenarios.get(m.id) ?? []).map((s) => ({ id: s.id, title: s.title }))
		})),
		saved: getStore()
			.list({ modelId: model.id })
			.map((s) => ({ id: s.id, title: s.title, headRevision: s.headRevision })),
		model,
		base,
		source,
		headRevision,
		current,
		projection: simulate(model, current),
		tornado: sensitivity(model, current, { samples: Math.min(TORNADO_SAMPLES, current.samples) }),
		linkProblems,
		presetProblems: library.problems.map(formatProblem)
	};
};
