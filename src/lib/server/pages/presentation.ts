// The briefings' data: `/present` reads the dashboard's own link and `/present/compare` the
// Compare page's, through the same functions as those pages, so the slides show exactly their
// scenarios and numbers, dated today.

import { isoDate } from '$lib/format';
import type { ComparePresentationData, PresentationData } from '$lib/page-data';
import { loadCompare } from './compare';
import { pageLibrary } from './library';
import { linkedScenario, scenarioNumbers } from './linked-scenario';
import { loadSinceRevision } from './saved-since';

export async function loadPresentation(url: URL): Promise<PresentationData> {
	const library = await pageLibrary();
	const linked = await linkedScenario(url.searchParams, library);
	const reference = library.scenarios.get(linked.model.id)?.[0];
	return {
		model: linked.model,
		scenario: linked.current,
		baseline: reference ?? null,
		source: linked.source,
		edited: linked.edited,
		headRevision: linked.headRevision,
		revisionNote: linked.revisionNote,
		// The slides have no worker to refine with: the scenario's own count, as the dashboard ends with.
		...(await scenarioNumbers(linked.model, linked.current, { full: true })),
		linkProblems: linked.linkProblems,
		since: await loadSinceRevision(
			linked.model,
			reference,
			linked.source,
			linked.edited,
			url.searchParams.get('since')
		),
		date: isoDate(new Date())
	};
}

export async function loadComparePresentation(url: URL): Promise<ComparePresentationData> {
	return { ...(await loadCompare(url)), date: isoDate(new Date()) };
}
