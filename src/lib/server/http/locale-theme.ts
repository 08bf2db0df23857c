import type { Handle } from '@sveltejs/kit';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { localeDirection } from '$lib/i18n/direction';
import { themeFromCookie } from '$lib/theme';

// Locale is resolved per request (never a module-level global shared between users). The theme
// comes from a cookie so the first paint is already in the analyst's theme, with no flash.
export const localeAndTheme: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		const theme = themeFromCookie(event.cookies.get('theme'));
		return resolve(event, {
			transformPageChunk: ({ html }) =>
				html
					.replace('%paraglide.lang%', locale)
					.replace('%paraglide.dir%', localeDirection(locale))
					.replace('%app.theme%', theme ?? '')
		});
	});
