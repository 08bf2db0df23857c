// Session cookies are HttpOnly and SameSite=Lax (better-auth's own defaults, kept), and Secure
// whenever the request came over HTTPS — which better-auth decides once per process from
// ORIGIN, while one process may be reached both ways (behind a TLS proxy, and on loopback).

import type { Cookies } from '@sveltejs/kit';
import { parseSetCookieHeader } from 'better-auth/cookies';

export function requestIsSecure(url: URL): boolean {
	return url.protocol === 'https:';
}

/** A copy of `response` whose Set-Cookie lines carry Secure when the request was HTTPS. */
export function withSecureCookies(response: Response, url: URL): Response {
	const lines = response.headers.getSetCookie();
	if (!requestIsSecure(url) || lines.length === 0) return response;
	const headers = new Headers(response.headers);
	headers.delete('set-cookie');
	for (const line of lines) headers.append('set-cookie', /;\s*secure\s*(;|$)/i.test(line) ? line : `${line}; Secure`);
	return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

/**
 * Hands the cookies a better-auth call set (its response headers) to SvelteKit, for form
 * actions that sign in or out on the server.
 */
export function applyAuthCookies(headers: Headers, cookies: Cookies, url: URL): void {
	const parsed = parseSetCookieHeader(headers.getSetCookie().join(', '));
	for (const [name, attributes] of parsed) {
		const maxAge = attributes['max-age'];
		cookies.set(name, attributes.value, {
			path: attributes.path || '/',
			httpOnly: true,
			sameSite: 'lax',
			secure: requestIsSecure(url) || name.startsWith('__Secure-'),
			...(maxAge !== undefined ? { maxAge: Number(maxAge) } : {}),
			...(attributes.expires ? { expires: attributes.expires } : {})
		});
	}
}
