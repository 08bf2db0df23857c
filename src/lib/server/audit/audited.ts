// One audited write: a store write and its audit row in one transaction of the app's database
// (AppDatabase.auditedWrite), so the row exists exactly when the write committed: a failed write
// leaves neither, and a row that cannot be written undoes the write. The store's own locking and
// conflict checks run inside it.

import type { AppDatabase, StoreWrite, WriteResult } from '../db/types';
import type { ScenarioStore } from '../storage/types';
import type { Actor, AuditAction, AuditOutcome } from './types';

export interface AuditedResult {
	target: string;
	outcome: AuditOutcome;
}

export function audited<M extends StoreWrite>(
	database: Pick<AppDatabase, 'auditedWrite'>,
	actor: Actor,
	action: AuditAction,
	method: M,
	args: Parameters<ScenarioStore[M]>,
	describe: (result: WriteResult<M>) => AuditedResult
): Promise<WriteResult<M>> {
	return database.auditedWrite(method, args, (result) => ({ actor, action, ...describe(result) }));
}
