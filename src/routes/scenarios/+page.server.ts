import { loadSavedList } from '$lib/server/pages/saved-list';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => loadSavedList(url);
