import { m } from '$lib/paraglide/messages';

/** A role's name in the page's language. */
export function roleText(role: string): string {
	if (role === 'admin') return m.account_role_admin();
	if (role === 'analyst') return m.account_role_analyst();
	return m.account_role_viewer();
}
