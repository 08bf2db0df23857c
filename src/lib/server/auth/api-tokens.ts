// API tokens for scripts: `Authorization: Bearer TOKEN` acts as the token's account. Only a
// SHA-256 of each token is stored (a token is 256 random bits, so a slow password hash adds
// nothing), it is shown once when issued, and it can be revoked. better-auth's own API-key
// plugin (@better-auth/api-key) is published only for older better-auth releases whose exact
// peer versions conflict with 1.7.25, hence this small table.

import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';

export const TOKEN_PREFIX = 'sdk_';

export interface ApiTokenSummary {
	id: string;
	userId: string;
	label: string;
	createdAt: string;
	lastUsedAt: string | null;
	revokedAt: string | null;
}

export function createApiTokenTable(db: Database.Database): void {
	db.exec(`
		CREATE TABLE IF NOT EXISTS api_tokens (
			id           TEXT PRIMARY KEY,
			user_id      TEXT NOT NULL REFERENCES "user" (id) ON DELETE CASCADE,
			label        TEXT NOT NULL,
			token_hash   TEXT NOT NULL UNIQUE,
			created_at   TEXT NOT NULL,
			last_used_at TEXT,
			revoked_at   TEXT
		) STRICT;
		CREATE INDEX IF NOT EXISTS api_tokens_by_user ON api_tokens (user_id);
	`);
}

function hashToken(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}

/** A new token for `userId`; the returned `token` is the only copy of it anywhere. */
export function issueApiToken(db: Database.Database, userId: string, label: string): { id: string; token: string } {
	const id = randomUUID();
	const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
	db.prepare('INSERT INTO api_tokens (id, user_id, label, token_hash, created_at) VALUES (?, ?, ?, ?, ?)').run(
		id,
		userId,
		label,
		hashToken(token),
		new Date().toISOString()
	);
	return { id, token };
}

/** True when a live token was revoked by this call. */
export function revokeApiToken(db: Database.Database, id: string): boolean {
	const result = db
		.prepare('UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL')
		.run(new Date().toISOString(), id);
	return result.changes > 0;
}

export function listApiTokens(db: Database.Database, userId?: string): ApiTokenSummary[] {
	const columns = `id, user_id AS userId, label, created_at AS createdAt, last_used_at AS lastUsedAt, revoked_at AS revokedAt`;
	return (
		userId === undefined
			? db.prepare(`SELECT ${columns} FROM api_tokens ORDER BY created_at`).all()
			: db.prepare(`SELECT ${columns} FROM api_tokens WHERE user_id = ? ORDER BY created_at`).all(userId)
	) as ApiTokenSummary[];
}

/** The account id a live token belongs to, or null (unknown, malformed or revoked). */
export function userIdForApiToken(db: Database.Database, token: string): string | null {
	if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return null;
	const row = db
		.prepare('SELECT id, user_id AS userId FROM api_tokens WHERE token_hash = ? AND revoked_at IS NULL')
		.get(hashToken(token)) as { id: string; userId: string } | undefined;
	if (!row) return null;
	// At most one write a minute per token, not one per request.
	const now = new Date();
	const aMinuteAgo = new Date(now.getTime() - 60_000).toISOString();
	db.prepare('UPDATE api_tokens SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)').run(
		now.toISOString(),
		row.id,
		aMinuteAgo
	);
	return row.userId;
}
