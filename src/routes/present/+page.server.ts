// Presentation of one scenario: the dashboard's own query (`?model=&scenario=&d=&e=` or
// `?saved=&rev=&d=`) read by the dashboard's own loader, so slides and dashboard always show the
// same scenario with the same numbers.

import { isoDate } from '$lib/briefing/provenance';
import { hasEdits } from '$lib/editing/scenario-edits';
import { decodeLinkState } from '$lib/editing/url-edits';
import { load as dashboard } from '../+page.server';
import type { PageServerData as DashboardData } from '../$types';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const data = (await dashboard({ ...event, route: { id: '/' } })) as DashboardData;
	return {
		model: data.model,
		scenario: data.current,
		source: data.source,
		// Edits in the link, or settings refused by validation, make it "not the saved revision".
		edited: hasEdits(decodeLinkState(event.url.searchParams).edits) && data.current !== data.base,
		headRevision: data.headRevision,
		projection: data.projection,
		tornado: data.tornado,
		linkProblems: data.linkProblems,
		date: isoDate(new Date())
	};
};
