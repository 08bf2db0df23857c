// API tokens for scripts: `Authorization: Bearer TOKEN` acts as the token's account. Only a
// SHA-256 of each token is stored (a token is 256 random bits, so a slow password hash adds
// nothing), it is shown once when issued, and it can be revoked. better-auth's own API-key
// plugin (@better-auth/api-key) is published only for older better-auth releases whose exact
// peer versions conflict with 1.7.25, hence this small table (its SQL: db/sqlite/tokens.ts and
// db/postgres/tokens.ts).

import { createHash, randomBytes, randomUUID } from 'node:crypto';

export const TOKEN_PREFIX = 'sdk_';

export interface ApiTokenSummary {
	id: string;
	userId: string;
	label: string;
	createdAt: string;
	lastUsedAt: string | null;
	revokedAt: string | null;
}

export interface NewApiTokenRow {
	id: string;
	userId: string;
	label: string;
	tokenHash: string;
	createdAt: string;
}

/** The table's rows, on whichever database the app uses. */
export interface ApiTokenRows {
	insert(row: NewApiTokenRow): Promise<void>;
	/** Sets revoked_at on a live token; true when there was one. */
	revoke(id: string, at: string): Promise<boolean>;
	/** Oldest first; every account's when `userId` is undefined. */
	list(userId?: string): Promise<ApiTokenSummary[]>;
	/** The live token with this hash. */
	findLive(tokenHash: string): Promise<{ id: string; userId: string } | null>;
	/** Sets last_used_at = now unless it is already later than `unlessAfter`. */
	touch(id: string, now: string, unlessAfter: string): Promise<void>;
}

function hashToken(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}

/** A new token for `userId`; the returned `token` is the only copy of it anywhere. */
export async function issueApiToken(
	rows: ApiTokenRows,
	userId: string,
	label: string
): Promise<{ id: string; token: string }> {
	const id = randomUUID();
	const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
	await rows.insert({ id, userId, label, tokenHash: hashToken(token), createdAt: new Date().toISOString() });
	return { id, token };
}

/** True when a live token was revoked by this call. */
export function revokeApiToken(rows: ApiTokenRows, id: string): Promise<boolean> {
	return rows.revoke(id, new Date().toISOString());
}

export function listApiTokens(rows: ApiTokenRows, userId?: string): Promise<ApiTokenSummary[]> {
	return rows.list(userId);
}

/** The account id a live token belongs to, or null (unknown, malformed or revoked). */
export async function userIdForApiToken(rows: ApiTokenRows, token: string): Promise<string | null> {
	if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return null;
	const found = await rows.findLive(hashToken(token));
	if (!found) return null;
	// At most one write a minute per token, not one per request.
	const now = new Date();
	await rows.touch(found.id, now.toISOString(), new Date(now.getTime() - 60_000).toISOString());
	return found.userId;
}
