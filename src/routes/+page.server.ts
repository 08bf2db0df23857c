import { error } from '@sveltejs/kit';
import { sensitivity, simulate } from '$lib/model';
import { formatProblem, parseScenario } from '$lib/schema';
import { presetLibrary } from '$lib/server/presets';
import { TORNADO_SAMPLES } from '$lib/state/sampling';
import { applyEdits, hasEdits } from '$lib/state/scenario-edits';
import { decodeLinkState } from '$lib/state/url-edits';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const library = await presetLibrary();
	if (library.models.length === 0) error(500, `No valid model under scenarios/. ${library.problems.map(formatProblem).join('; ')}`);
	const link = decodeLinkState(url.searchParams);
	const linkProblems = [...link.unreadable];

	const model = library.models.find((m) => m.id === link.model) ?? library.models[0];
	if (link.model && link.model !== model.id) linkProblems.push(`model: no model "${link.model}"`);
	const presets = library.scenarios.get(model.id) ?? [];
	const base = presets.find((s) => s.id === link.scenario) ?? presets[0];
	if (link.scenario && link.scenario !== base.id) linkProblems.push(`scenario: no preset "${link.scenario}"`);

	let current = base;
	if (hasEdits(link.edits)) {
		const parsed = parseScenario(applyEdits(base, link.edits), 'link', model);
		if (parsed.ok) current = parsed.scenario;
		else linkProblems.push(...parsed.problems.map((p) => `${p.path}: ${p.message}`));
	}

	return {
		catalog: library.models.map((m) => ({ id: m.id, title: m.title, presets: (library.scenarios.get(m.id) ?? []).map((s) => ({ id: s.id, title: s.title })) })),
		model,
		base,
		current,
		projection: simulate(model, current),
		tornado: sensitivity(model, current, { samples: Math.min(TORNADO_SAMPLES, current.samples) }),
		linkProblems,
		presetProblems: library.problems.map(formatProblem)
	};
};
