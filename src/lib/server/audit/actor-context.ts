// Who is writing, for the audit rows of the store's writes. The store is called from many
// handlers, several layers below the request; rather than thread the account through every
// signature, this handle (placed after authentication) runs the rest of the request inside an
// AsyncLocalStorage context that the audited store reads. Not SvelteKit's getRequestEvent: the
// store is also opened by `npm run user` and `npm run brief`, outside SvelteKit, where
// $app/server does not exist. A write outside any request (a test, a script opening the store)
// is recorded as done by the server itself.

import { AsyncLocalStorage } from 'node:async_hooks';
import type { Handle } from '@sveltejs/kit';
import type { Account } from '$lib/server/auth/account';
import type { Actor } from './types';

export interface WriteContext {
	actor: Actor;
	/** The SvelteKit route id, which tells an import from a create (both add a scenario). */
	routeId: string | null;
}

const context = new AsyncLocalStorage<WriteContext>();

export const SERVER_ACTOR: Actor = { id: null, name: 'server' };
export const ANONYMOUS_ACTOR: Actor = { id: null, name: 'anonymous' };

export function actorOf(account: Account | null | undefined): Actor {
	return account ? { id: account.id, name: account.name } : ANONYMOUS_ACTOR;
}

export function currentWrite(): WriteContext {
	return context.getStore() ?? { actor: SERVER_ACTOR, routeId: null };
}

export function withWriteContext<T>(write: WriteContext, run: () => T): T {
	return context.run(write, run);
}

export const auditHandle: Handle = ({ event, resolve }) =>
	withWriteContext({ actor: actorOf(event.locals.account), routeId: event.route.id }, () => resolve(event));
