// One audited write: the write and its audit row in one transaction of the app's database, so
// the row exists exactly when the write committed: a failed write leaves neither, and a row that
// cannot be written undoes the write. The store's own locking and conflict checks run inside it.

import type { AppDatabase, Transaction } from '../db/types';
import type { Actor, AuditAction, AuditOutcome } from './types';

export interface AuditedResult {
	target: string;
	outcome: AuditOutcome;
}

export function audited<T>(
	database: Pick<AppDatabase, 'transaction'>,
	actor: Actor,
	action: AuditAction,
	write: (tx: Transaction) => Promise<T>,
	describe: (result: T) => AuditedResult
): Promise<T> {
	return database.transaction(async (tx) => {
		const result = await write(tx);
		await tx.audit.append({ actor, action, ...describe(result) });
		return result;
	});
}
