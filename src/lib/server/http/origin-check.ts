// Cross-site request forgery: a write (POST, PUT, PATCH, DELETE) must come from the app's own
// pages — the browser says so in Origin, or failing that in Referer — or carry a bearer token,
// which another site's page cannot send without a CORS preflight this server never grants. The
// token itself is checked by the authentication handle; its presence only skips this check.
// SvelteKit's own check (svelte.config.js `csrf`) is off: it looks only at form-like bodies and
// would answer a text/plain write from a script with its own 403 instead of the API's JSON.

import type { Handle } from '@sveltejs/kit';
import { refusal } from './refusal';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function hasBearerToken(request: Request): boolean {
	return /^Bearer\s+\S+/i.test(request.headers.get('authorization') ?? '');
}

/** Where the request says it comes from: Origin, else the origin of Referer; null when neither is usable. */
export function requestOrigin(request: Request): string | null {
	const origin = request.headers.get('origin');
	if (origin && origin !== 'null') return origin;
	const referer = request.headers.get('referer');
	if (!referer) return null;
	try {
		return new URL(referer).origin;
	} catch {
		return null;
	}
}

/**
 * The app's own origins. With ORIGIN (or PROTOCOL_HEADER) set, the one SvelteKit's URL has. Without
 * them adapter-node cannot know the scheme and writes https into the URL, while `npm start` serves
 * http: then the host the request was sent to (already checked by host-check.ts) under either.
 */
export function appOrigins(url: URL, env: { ORIGIN?: string; PROTOCOL_HEADER?: string } = process.env): string[] {
	if (env.ORIGIN || env.PROTOCOL_HEADER) return [url.origin];
	return [`http://${url.host}`, `https://${url.host}`];
}

/** Why a request may not write here, or null when it may. */
export function crossOriginProblem(request: Request, own: readonly string[]): string | null {
	if (!WRITES.has(request.method) || hasBearerToken(request)) return null;
	const from = requestOrigin(request);
	const how = `writes must come from this app's own pages (${own[0]}) or carry Authorization: Bearer TOKEN`;
	if (from === null) return `${request.method} refused: the request has no Origin or Referer header; ${how}`;
	if (!own.includes(from)) return `${request.method} refused: it comes from ${JSON.stringify(from)}; ${how}`;
	return null;
}

export const originCheck: Handle = ({ event, resolve }) => {
	const problem = crossOriginProblem(event.request, appOrigins(event.url));
	return problem ? refusal(403, 'cross-origin', problem) : resolve(event);
};
