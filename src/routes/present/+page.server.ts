import { loadPresentation } from '$lib/server/pages/presentation';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => loadPresentation(url);
