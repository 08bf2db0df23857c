// Who is asking: the account behind a request's session cookie or bearer token, reduced to what
// the app needs (id, a name to show, one role). Disabled (banned) accounts are no one.

import type { RequestEvent } from '@sveltejs/kit';
import type { AppDatabase } from '../db/types';
import type { AccountQueries, StoredUser } from './account-queries';
import { userIdForApiToken } from './api-tokens';
import type { Auth } from './instance';
import { roleFromStored, type Role } from './roles';

export type { Role };
export interface Account {
	id: string;
	/** The name shown in histories and the user menu. */
	name: string;
	role: Role;
}

function isBanned(user: StoredUser, now = Date.now()): boolean {
	if (!user.banned) return false;
	if (user.banExpires === null || user.banExpires === undefined) return true;
	return new Date(user.banExpires).getTime() > now;
}

export function accountFromUser(user: StoredUser): Account | null {
	const role = roleFromStored(user.role);
	if (!role || isBanned(user)) return null;
	const name = user.displayUsername || user.username || user.name || user.id;
	return { id: user.id, name, role };
}

export function bearerToken(headers: Headers): string | null {
	const header = headers.get('authorization');
	const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
	return match ? match[1] : null;
}

export async function accountById(accounts: AccountQueries, id: string): Promise<Account | null> {
	const user = await accounts.userById(id);
	return user ? accountFromUser(user) : null;
}

/**
 * The account a request acts as. A bearer token, when present, decides alone: an invalid or
 * revoked one is no one, even if a session cookie is sent too.
 */
export async function accountFromHeaders(
	auth: Auth,
	db: Pick<AppDatabase, 'tokens' | 'accounts'>,
	headers: Headers
): Promise<Account | null> {
	const token = bearerToken(headers);
	if (token !== null) {
		const userId = await userIdForApiToken(db.tokens, token);
		return userId ? accountById(db.accounts, userId) : null;
	}
	const session = await auth.api.getSession({ headers });
	return session ? accountFromUser(session.user as StoredUser) : null;
}

/** The signed-in account of a request, as the handle found it. */
export function accountOf(event: Pick<RequestEvent, 'locals'>): Account | null {
	return event.locals.account ?? null;
}
