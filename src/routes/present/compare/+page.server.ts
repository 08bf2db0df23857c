import { loadComparePresentation } from '$lib/server/pages/presentation';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => loadComparePresentation(url);
