import { loadSavedHistory } from '$lib/server/pages/saved-history';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, url }) => loadSavedHistory(params.id, url);
