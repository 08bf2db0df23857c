// The store as the server uses it: every write method runs with its audit row in one
// transaction (audited.ts), by whoever the request's context names (actor-context.ts). Reads
// pass through untouched.

import type { AppDatabase, StoreWrite, WriteResult } from '../db/types';
import type { SaveResult, ScenarioStore } from '$lib/server/storage/types';
import { currentWrite } from './actor-context';
import { audited, type AuditedResult } from './audited';
import type { AuditAction } from './types';

const IMPORT_ROUTE = '/api/scenarios/import';

function revisionOutcome(id: string, result: SaveResult | null): AuditedResult {
	if (!result) return { target: `scenario:${id}`, outcome: 'not-found' };
	if (!result.ok) return { target: `scenario:${id}@${result.conflict.revision}`, outcome: 'conflict' };
	return { target: `scenario:${id}@${result.revision.revision}`, outcome: 'ok' };
}

function trashOutcome(id: string, done: boolean): AuditedResult {
	return { target: `scenario:${id}`, outcome: done ? 'ok' : 'not-found' };
}

/** The database's store, each write made in a transaction with its audit row. */
export function auditedStore(database: Pick<AppDatabase, 'store' | 'auditedWrite'>): ScenarioStore {
	const { store } = database;
	function record<M extends StoreWrite>(
		action: AuditAction,
		method: M,
		args: Parameters<ScenarioStore[M]>,
		describe: (result: WriteResult<M>) => AuditedResult
	): Promise<WriteResult<M>> {
		return audited(database, currentWrite().actor, action, method, args, describe);
	}
	return {
		...store,
		create(input) {
			const action = currentWrite().routeId === IMPORT_ROUTE ? 'scenario.import' : 'scenario.create';
			return record(action, 'create', [input], (saved) => ({
				target: `scenario:${saved.id}@${saved.headRevision}`,
				outcome: 'ok'
			}));
		},
		save: (id, input) => record('scenario.save', 'save', [id, input], (r) => revisionOutcome(id, r)),
		rename: (id, title, base, author) =>
			record('scenario.rename', 'rename', [id, title, base, author], (r) => revisionOutcome(id, r)),
		duplicate: (id, revision, author) =>
			record('scenario.duplicate', 'duplicate', [id, revision, author], (copy) =>
				copy
					? { target: `scenario:${copy.id}@${copy.headRevision} from scenario:${id}`, outcome: 'ok' }
					: { target: `scenario:${id}${revision ? `@${revision}` : ''}`, outcome: 'not-found' }
			),
		remove: (id) => record('scenario.delete', 'remove', [id], (done) => trashOutcome(id, done)),
		restore: (id) => record('scenario.undelete', 'restore', [id], (done) => trashOutcome(id, done)),
		restoreRevision: (id, revision, base, note, author) =>
			record('scenario.restore-revision', 'restoreRevision', [id, revision, base, note, author], (r) =>
				revisionOutcome(id, r)
			)
	};
}
