import { loadTrackRecord } from '$lib/server/forecasts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => loadTrackRecord(locals.account);
