import { loadDashboard } from '$lib/server/pages/dashboard';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => loadDashboard(url);
