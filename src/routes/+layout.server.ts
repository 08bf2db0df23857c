import { isReadOnly } from '$lib/server/read-only';
import { themeFromCookie } from '$lib/theme';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ cookies, locals }) => ({
	theme: themeFromCookie(cookies.get('theme')) ?? null,
	// READ_ONLY=1: the pages hide what would write, and say why.
	readOnly: isReadOnly(),
	// Who is signed in, for the user menu (src/lib/components/account).
	account: locals.account
});
