// Appending to the audit log and reading it back, newest first, a page at a time. Writers call
// `appendAudit` inside the transaction of the write it records (see audited.ts), so a write and
// its row commit or vanish together.

import type { Database, Statement } from 'better-sqlite3';
import type { AuditAction, AuditEntry, AuditOutcome, AuditPage, AuditQuery, AuditRecord, Actor } from './types';

interface AuditRow {
	id: number;
	at: string;
	account_id: string | null;
	account_name: string;
	action: string;
	target: string;
	outcome: string;
}

interface Statements {
	insert: Statement<[string, string | null, string, string, string, string]>;
	page: Statement<{ before: number | null; account: string | null; action: string | null; limit: number }, AuditRow>;
	accounts: Statement<[], { account_id: string | null; account_name: string }>;
}

// Prepared once per connection; a WeakMap so that a closed database is not kept alive by it.
const prepared = new WeakMap<Database, Statements>();

function statements(db: Database): Statements {
	let found = prepared.get(db);
	if (!found) {
		found = {
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
		prepared.set(db, found);
	}
	return found;
}

export function appendAudit(db: Database, entry: AuditEntry, at = new Date()): void {
	statements(db).insert.run(
		at.toISOString(),
		entry.actor.id,
		entry.actor.name,
		entry.action,
		entry.target,
		entry.outcome
	);
}

function toRecord(row: AuditRow): AuditRecord {
	return {
		id: row.id,
		at: row.at,
		actor: { id: row.account_id, name: row.account_name },
		action: row.action as AuditAction,
		target: row.target,
		outcome: row.outcome as AuditOutcome
	};
}

/** One page, newest first; `next` is the `before` that reads the page after it, null at the end. */
export function readAudit(db: Database, query: AuditQuery): AuditPage {
	const rows = statements(db).page.all({
		before: query.before ?? null,
		account: query.account ?? null,
		action: query.action ?? null,
		limit: query.limit + 1
	});
	const entries = rows.slice(0, query.limit).map(toRecord);
	const next = rows.length > query.limit ? entries[entries.length - 1].id : null;
	return { entries, next };
}

/** Everyone who appears in the log, for the page's filter: the key is what `account` matches. */
export function auditAccounts(db: Database): { key: string; actor: Actor }[] {
	return statements(db)
		.accounts.all()
		.map((row) => ({
			key: row.account_id ?? row.account_name,
			actor: { id: row.account_id, name: row.account_name }
		}));
}
