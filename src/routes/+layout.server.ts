import { themeFromCookie } from '$lib/theme';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ cookies }) => ({ theme: themeFromCookie(cookies.get('theme')) ?? null });
