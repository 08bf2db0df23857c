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
