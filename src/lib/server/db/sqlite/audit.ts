// The audit log on SQLite: appending and reading back, newest first, a page at a time. Writers
// append inside the transaction of the write it records (audited.ts), so a write and its row
// commit or vanish together. PostgreSQL's is ../postgres/audit.ts.

import type { Database, Statement } from 'better-sqlite3';
import type { SyncOf } from '../../storage/types';
import { auditAccountOf, auditPageOf, type AuditLog, type AuditRow } from '../../audit/types';

interface Statements {
	insert: Statement<[string, string | null, string, string, string, string]>;
	page: Statement<{ before: number | null; account: string | null; action: string | null; limit: number }, AuditRow>;
	accounts: Statement<[], { account_id: string | null; account_name: string }>;
}

function statements(db: Database): Statements {
	return {
		insert: db.prepare(
			'INSERT INTO audit_log (at, account_id, account_name, action, target, outcome) VALUES (?, ?, ?, ?, ?, ?)'
		),
		// The account filter matches the id, or the name for rows with no id (the command line).
		page: db.prepare(`
			SELECT * FROM audit_log
			WHERE (@before IS NULL OR id < @before)
			  AND (@account IS NULL OR account_id = @account OR (account_id IS NULL AND account_name = @account))
			  AND (@action IS NULL OR action = @action)
			ORDER BY id DESC LIMIT @limit`),
		accounts: db.prepare(
			'SELECT account_id, account_name FROM audit_log GROUP BY account_id, account_name ORDER BY account_name LIMIT 500'
		)
	};
}

export function sqliteAuditLog(db: Database): SyncOf<AuditLog> {
	const prepared = statements(db);
	return {
		append(entry, at = new Date()) {
			prepared.insert.run(
				at.toISOString(),
				entry.actor.id,
				entry.actor.name,
				entry.action,
				entry.target,
				entry.outcome
			);
		},
		read(query) {
			const rows = prepared.page.all({
				before: query.before ?? null,
				account: query.account ?? null,
				action: query.action ?? null,
				limit: query.limit + 1
			});
			return auditPageOf(rows, query.limit);
		},
		accounts: () => prepared.accounts.all().map(auditAccountOf)
	};
}
