// The audit log on PostgreSQL (SQLite's: ../sqlite/audit.ts); append-only by trigger (migrations.ts).

import { auditAccountOf, auditPageOf, type AuditLog, type AuditRow } from '../../audit/types';
import type { Sql } from './sql';

export function pgAuditLog(sql: Sql): AuditLog {
	return {
		async append(entry, at = new Date()) {
			await sql.query(
				'INSERT INTO audit_log (at, account_id, account_name, action, target, outcome) VALUES ($1, $2, $3, $4, $5, $6)',
				[at.toISOString(), entry.actor.id, entry.actor.name, entry.action, entry.target, entry.outcome]
			);
		},
		async read(query) {
			// The account filter matches the id, or the name for rows with no id (the command line).
			const rows = await sql.query<AuditRow>(
				`SELECT * FROM audit_log
				 WHERE ($1::integer IS NULL OR id < $1)
				   AND ($2::text IS NULL OR account_id = $2 OR (account_id IS NULL AND account_name = $2))
				   AND ($3::text IS NULL OR action = $3)
				 ORDER BY id DESC LIMIT $4`,
				[query.before ?? null, query.account ?? null, query.action ?? null, query.limit + 1]
			);
			return auditPageOf(rows, query.limit);
		},
		async accounts() {
			const rows = await sql.query<{ account_id: string | null; account_name: string }>(
				`SELECT account_id, account_name FROM audit_log GROUP BY account_id, account_name
				 ORDER BY account_name COLLATE "C" LIMIT 500`
			);
			return rows.map(auditAccountOf);
		}
	};
}
