// Presentation of a comparison: the Compare page's own query (`?s=…&s=…`) read by its own
// loader, so the slides show exactly the scenarios and numbers of that page.

import { isoDate } from '$lib/briefing/provenance';
import type { CompareData } from '$lib/compare/types';
import { load as compare } from '../../compare/+page.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const data = (await compare({ ...event, route: { id: '/compare' } })) as CompareData;
	return { ...data, date: isoDate(new Date()) };
};
