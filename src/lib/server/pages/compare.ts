// The Compare page's data: its whole state is the URL (`?s=` refs), and everything numeric is
// computed here with the same engine calls as the dashboard, so a preset shows the same numbers
// on both pages (and on the comparison's slides) — on at most SERVER_SAMPLES paths a scenario;
// the page's worker refines a scenario saved with more to its own count.

import { planComparison } from '$lib/compare/plan';
import { formatRef, parseRefs } from '$lib/compare/refs';
import type { CompareData, CompareNotice } from '$lib/compare/types';
import { compute, contentKey, orBusyPage, serverSamples } from '$lib/server/compute';
import { lookupRef, pickerChoices, presetCatalog } from './compare-lookup';
import { pageLibrary } from './library';

export async function loadCompare(url: URL): Promise<CompareData> {
	const library = await pageLibrary();
	const parsed = parseRefs(url.searchParams.getAll('s'));
	const notices: CompareNotice[] = parsed.unreadable.map((u) => ({ kind: 'unreadable', ref: u.text }));
	if (parsed.extra.length > 0) notices.push({ kind: 'too-many', refs: parsed.extra.map(formatRef) });

	const lookups = await Promise.all(parsed.refs.map((ref) => lookupRef(ref, library)));
	const asked = url.searchParams.get('ref')?.trim() || undefined;
	const plan = planComparison(lookups, presetCatalog(library), asked);
	notices.push(...plan.notices);
	const { choices, error: storageError } = await pickerChoices(library, plan.model.id);
	// One notice about the store is enough, whether reading a ref or the list failed.
	if (storageError && !notices.some((n) => n.kind === 'storage'))
		notices.push({ kind: 'storage', details: storageError });

	// In the worker pool, kept by content: the same comparison opened again costs nothing. Each
	// scenario on at most SERVER_SAMPLES paths (its seed always): a projection of fewer paths than
	// its scenario's count tells the page to refine in the browser's worker (compare/numbers.ts).
	const chosen = plan.chosen.map((c) => c.scenario);
	const samples = chosen.map(serverSamples);
	const key = contentKey('compare', plan.model, chosen, samples);
	const { judged, gaps } = await orBusyPage(
		compute().run(key, { kind: 'compare', model: plan.model, scenarios: chosen, samples })
	);
	const scenarios = plan.chosen.map((c, i) => ({
		ref: c.ref,
		title: c.title,
		revision: c.revision,
		scenario: c.scenario,
		projection: judged[i].projection,
		judgments: judged[i].judgments
	}));

	return { model: plan.model, scenarios, referenceAsked: plan.referenceAsked, gaps, choices, notices };
}
