import { loadAuditPage } from '$lib/server/audit/audit-page';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => loadAuditPage(url);
