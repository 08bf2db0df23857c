// A write and its audit row in one IMMEDIATE transaction. The store's own transactions nest
// inside it as savepoints (better-sqlite3), so a store method keeps its locking and conflict
// checks, and the row exists exactly when the write committed: a failed write leaves neither.

import type { Database } from 'better-sqlite3';
import { appendAudit } from './audit-log';
import type { Actor, AuditAction, AuditOutcome } from './types';

export interface AuditedResult {
	target: string;
	outcome: AuditOutcome;
}

export function audited<T>(
	db: Database,
	actor: Actor,
	action: AuditAction,
	write: () => T,
	describe: (result: T) => AuditedResult
): T {
	const run = db.transaction((): T => {
		const result = write();
		appendAudit(db, { actor, action, ...describe(result) });
		return result;
	});
	return run.immediate();
}
