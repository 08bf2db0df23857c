// The accounts handle: serves better-auth's own routes (/api/auth/*); for every other request
// finds who is asking (session cookie or bearer token) into `event.locals.account`, sends every
// page to /setup while no account exists, and enforces the permission table (permissions.ts).

import { redirect, type Handle, type RequestEvent } from '@sveltejs/kit';
import { building } from '$app/environment';
import { svelteKitHandler } from 'better-auth/svelte-kit';
import { setupHref, signInHref } from '$lib/links';
import { accountFromHeaders } from './account';
import { getAuth, getAuthDatabase } from './auth';
import { authorize } from './authorize';
import { withSecureCookies } from './cookies';
import { CLIENT_ADDRESS_HEADER } from './instance';
import { ownerOf } from './ownership';
import { isApiRoute } from './permissions';
import { setupIsOpen } from './setup';
import { isReadOnly, READ_ONLY_VISITOR } from '$lib/server/read-only';

/**
 * better-auth limits sign-in attempts per address, read from a header: ours, from the socket,
 * so a client cannot pick its own address with X-Forwarded-For.
 */
function withClientAddress(request: Request, address: string): Request {
	const headers = new Headers(request.headers);
	headers.set(CLIENT_ADDRESS_HEADER, address);
	return new Request(request, { headers });
}

function clientAddress(event: RequestEvent): string {
	try {
		return event.getClientAddress();
	} catch {
		return 'unknown';
	}
}

function isAuthPath(url: URL): boolean {
	return url.pathname === '/api/auth' || url.pathname.startsWith('/api/auth/');
}

export const authHandle: Handle = async ({ event, resolve }) => {
	event.locals.account = null;
	if (building) return resolve(event);
	const auth = await getAuth();
	if (isAuthPath(event.url)) {
		event.request = withClientAddress(event.request, clientAddress(event));
		const response = await svelteKitHandler({ auth, event, resolve, building });
		return withSecureCookies(response, event.url);
	}
	const database = await getAuthDatabase();
	const routeId = event.route.id;
	// No such route: SvelteKit answers 404 without running anything of the app.
	if (routeId === null) return resolve(event);
	// A read-only deployment is read by anonymous visitors as viewers: no set-up, no sign-in.
	const readOnly = isReadOnly();
	if (!readOnly && !isApiRoute(routeId) && routeId !== '/setup' && (await setupIsOpen(database.accounts)))
		redirect(303, setupHref());
	event.locals.account = await accountFromHeaders(auth, database, event.request.headers);
	const refused = await authorize({
		method: event.request.method,
		routeId,
		params: event.params,
		account: event.locals.account ?? (readOnly ? READ_ONLY_VISITOR : null),
		signInHref: () => signInHref(event.url.pathname + event.url.search),
		ownerOf: (id) => ownerOf(database.accounts, id)
	});
	return refused ?? resolve(event);
};
