import { loadCompare } from '$lib/server/pages/compare';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => loadCompare(url);
