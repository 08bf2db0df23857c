// The API tokens' table on PostgreSQL (see auth/api-tokens.ts; SQLite's: ../sqlite/tokens.ts).

import type { ApiTokenRows, ApiTokenSummary } from '../../auth/api-tokens';
import type { Sql } from './sql';

const COLUMNS = `id, user_id AS "userId", label, created_at AS "createdAt", last_used_at AS "lastUsedAt", revoked_at AS "revokedAt"`;

export function pgApiTokenRows(sql: Sql): ApiTokenRows {
	return {
		async insert(row) {
			await sql.query(
				'INSERT INTO api_tokens (id, user_id, label, token_hash, created_at) VALUES ($1, $2, $3, $4, $5)',
				[row.id, row.userId, row.label, row.tokenHash, row.createdAt]
			);
		},
		async revoke(id, at) {
			const rows = await sql.query(
				'UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL RETURNING id',
				[at, id]
			);
			return rows.length > 0;
		},
		list: (userId) =>
			userId === undefined
				? sql.query<ApiTokenSummary>(`SELECT ${COLUMNS} FROM api_tokens ORDER BY created_at`)
				: sql.query<ApiTokenSummary>(`SELECT ${COLUMNS} FROM api_tokens WHERE user_id = $1 ORDER BY created_at`, [
						userId
					]),
		async findLive(tokenHash) {
			const rows = await sql.query<{ id: string; userId: string }>(
				'SELECT id, user_id AS "userId" FROM api_tokens WHERE token_hash = $1 AND revoked_at IS NULL',
				[tokenHash]
			);
			return rows[0] ?? null;
		},
		async touch(id, now, unlessAfter) {
			await sql.query(
				'UPDATE api_tokens SET last_used_at = $1 WHERE id = $2 AND (last_used_at IS NULL OR last_used_at < $3)',
				[now, id, unlessAfter]
			);
		}
	};
}
