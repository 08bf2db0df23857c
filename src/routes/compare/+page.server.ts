// The Compare page: its whole state is the URL (`?s=` refs, `at` date, `diff` toggle), and
// everything numeric is computed here with the same engine calls as the dashboard, so a preset
// shows the same numbers on both pages.

import { error } from '@sveltejs/kit';
import { planComparison } from '$lib/compare/plan';
import { formatRef, parseRefs } from '$lib/compare/refs';
import type { CompareData, CompareNotice } from '$lib/compare/types';
import { DrawCache, gapAttribution, keyJudgments, simulate } from '$lib/model';
import { formatProblem } from '$lib/schema';
import { presetLibrary } from '$lib/server/presets';
import { lookupRef, pickerChoices, presetCatalog } from './lookup.server';
import type { PageServerLoad } from './$types';

// Presets of one model share a seed and sample count: one stored set of draws serves every run
// (results are bit-identical with or without it, only faster).
const DRAW_SETS = 4;

export const load: PageServerLoad = async ({ url }): Promise<CompareData> => {
	const library = await presetLibrary();
	if (library.models.length === 0)
		error(500, `No valid model under scenarios/. ${library.problems.map(formatProblem).join('; ')}`);

	const parsed = parseRefs(url.searchParams.getAll('s'));
	const notices: CompareNotice[] = parsed.unreadable.map((u) => ({ kind: 'unreadable', ref: u.text }));
	if (parsed.extra.length > 0) notices.push({ kind: 'too-many', refs: parsed.extra.map(formatRef) });

	const lookups = await Promise.all(parsed.refs.map((ref) => lookupRef(ref, library)));
	const plan = planComparison(lookups, presetCatalog(library));
	notices.push(...plan.notices);
	const { choices, error: storageError } = pickerChoices(library, plan.model.id);
	// One notice about the store is enough, whether reading a ref or the list failed.
	if (storageError && !notices.some((n) => n.kind === 'storage'))
		notices.push({ kind: 'storage', details: storageError });

	const cache = new DrawCache(DRAW_SETS);
	const scenarios = plan.chosen.map((c) => {
		const projection = simulate(plan.model, c.scenario, { cache });
		return {
			ref: c.ref,
			title: c.title,
			revision: c.revision,
			scenario: c.scenario,
			projection,
			judgments: keyJudgments(plan.model, projection)
		};
	});
	const [first, ...others] = plan.chosen;
	const gaps = others.map((other) => gapAttribution(plan.model, first.scenario, other.scenario, { cache }));

	return { model: plan.model, scenarios, gaps, choices, notices };
};
