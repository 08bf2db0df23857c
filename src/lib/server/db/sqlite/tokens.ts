// The API tokens' table on SQLite (see auth/api-tokens.ts; PostgreSQL's: ../postgres/tokens.ts). Created after better-auth's migrations,
// since it references better-auth's "user" table.

import type Database from 'better-sqlite3';
import { preparedOn } from './prepared';
import type { SyncOf } from '../../storage/types';
import type { ApiTokenRows, ApiTokenSummary } from '../../auth/api-tokens';

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

const COLUMNS = `id, user_id AS userId, label, created_at AS createdAt, last_used_at AS lastUsedAt, revoked_at AS revokedAt`;

export function sqliteApiTokenRows(db: Database.Database): SyncOf<ApiTokenRows> {
	const sql = preparedOn(db);
	return {
		insert(row) {
			sql('INSERT INTO api_tokens (id, user_id, label, token_hash, created_at) VALUES (?, ?, ?, ?, ?)').run(
				row.id,
				row.userId,
				row.label,
				row.tokenHash,
				row.createdAt
			);
		},
		revoke: (id, at) =>
			sql('UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(at, id).changes > 0,
		list: (userId) =>
			(userId === undefined
				? sql(`SELECT ${COLUMNS} FROM api_tokens ORDER BY created_at`).all()
				: sql(`SELECT ${COLUMNS} FROM api_tokens WHERE user_id = ? ORDER BY created_at`).all(
						userId
					)) as ApiTokenSummary[],
		findLive: (tokenHash) =>
			(sql('SELECT id, user_id AS userId FROM api_tokens WHERE token_hash = ? AND revoked_at IS NULL').get(
				tokenHash
			) as { id: string; userId: string } | undefined) ?? null,
		touch(id, now, unlessAfter) {
			sql('UPDATE api_tokens SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)').run(
				now,
				id,
				unlessAfter
			);
		}
	};
}
