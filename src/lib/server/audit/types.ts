// What the audit log records: who (an account, or the command line), did what, to what, and
// how it ended. Actions are a closed list so that the admin page can filter by them and a
// typo in a call site fails the type check instead of inventing a new action.

import * as z from 'zod';

export const auditActions = [
	'scenario.create',
	'scenario.import',
	'scenario.save',
	'scenario.rename',
	'scenario.duplicate',
	'scenario.delete',
	'scenario.undelete',
	'scenario.restore-revision',
	'user.create',
	'user.role',
	'user.disable',
	'user.enable',
	'token.create',
	'token.revoke'
] as const;
export type AuditAction = (typeof auditActions)[number];

/** ok: written; conflict: a stale base, nothing written; not-found: the target had gone. */
export type AuditOutcome = 'ok' | 'conflict' | 'not-found';

/** `id` is the account's; null for the command line, which acts as the machine's operator. */
export interface Actor {
	id: string | null;
	name: string;
}

export interface AuditEntry {
	actor: Actor;
	action: AuditAction;
	/** `scenario:<id>@<revision>`, `scenario:<id>`, `user:<name>` or `token:<id>`. */
	target: string;
	outcome: AuditOutcome;
}

export interface AuditRecord extends AuditEntry {
	id: number;
	at: string;
}

export const AUDIT_PAGE_SIZE = 50;

/** The page's query string: all optional, bad values refused by name rather than ignored. */
export const auditQuerySchema = z.object({
	before: z.coerce.number().int().positive().optional(),
	account: z.string().min(1).max(200).optional(),
	action: z.enum(auditActions).optional()
});
export type AuditFilter = z.infer<typeof auditQuerySchema>;

export interface AuditQuery extends AuditFilter {
	limit: number;
}

export interface AuditPage {
	entries: AuditRecord[];
	/** Pass as `before` for the next (older) page; null when this is the last. */
	next: number | null;
}

/** The log, on whichever database the app uses (db/types.ts). */
export interface AuditLog {
	/** Appends one row (in its own transaction; inside a write's, through `Transaction.audit`). */
	append(entry: AuditEntry, at?: Date): Promise<void>;
	/** One page, newest first; `next` is the `before` that reads the page after it, null at the end. */
	read(query: AuditQuery): Promise<AuditPage>;
	/** Everyone who appears in the log, for the page's filter: the key is what `account` matches. */
	accounts(): Promise<{ key: string; actor: Actor }[]>;
}

export interface AuditRow {
	id: number;
	at: string;
	account_id: string | null;
	account_name: string;
	action: string;
	target: string;
	outcome: string;
}

export function toAuditRecord(row: AuditRow): AuditRecord {
	return {
		id: row.id,
		at: row.at,
		actor: { id: row.account_id, name: row.account_name },
		action: row.action as AuditAction,
		target: row.target,
		outcome: row.outcome as AuditOutcome
	};
}

/** A page from rows read one past the limit. */
export function auditPageOf(rows: AuditRow[], limit: number): AuditPage {
	const entries = rows.slice(0, limit).map(toAuditRecord);
	const next = rows.length > limit ? entries[entries.length - 1].id : null;
	return { entries, next };
}

export function auditAccountOf(row: { account_id: string | null; account_name: string }): {
	key: string;
	actor: Actor;
} {
	return { key: row.account_id ?? row.account_name, actor: { id: row.account_id, name: row.account_name } };
}
