// The app's database on one SQLite file (DATA_DIR/scenario-desk.sqlite): the store, the audit log,
// API tokens and account lookups on one connection, every call synchronous underneath (each
// write its own BEGIN IMMEDIATE … COMMIT, never held open across an await); better-auth on a
// second connection to the same file, since it drives its own statements through Kysely. Other
// processes on the file are kept consistent by SQLite's locks.

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { openAuthDatabase } from '../../auth/connection';
import { openDatabase } from './database';
import { migrations, userVersion } from './migrations';
import { sqliteStore } from './store';
import type { AuditEntry } from '../../audit/types';
import type { ScenarioStore } from '../../storage/types';
import type { AppDatabase, StoreWrite, WriteResult } from '../types';
import { sqliteAccountQueries } from './accounts';
import { asyncOf } from './async-of';
import { sqliteAuditLog } from './audit';
import { sqliteForecastTable } from './forecasts';
import { sqliteSharedState } from './shared-state';
import { createApiTokenTable, sqliteApiTokenRows } from './tokens';
import { sqliteTransfer } from './transfer';

export function openSqliteDatabase(file: string): AppDatabase {
	mkdirSync(path.dirname(file), { recursive: true });
	const db = openDatabase(file);
	const authDb = openAuthDatabase(file);
	const sync = {
		store: sqliteStore(db),
		audit: sqliteAuditLog(db),
		tokens: sqliteApiTokenRows(db),
		accounts: sqliteAccountQueries(db),
		forecasts: sqliteForecastTable(db)
	};
	const transfer = sqliteTransfer(db);

	return {
		kind: 'sqlite',
		ready: Promise.resolve(),
		store: asyncOf(sync.store),
		audit: asyncOf(sync.audit),
		tokens: asyncOf(sync.tokens),
		accounts: asyncOf(sync.accounts),
		forecasts: asyncOf(sync.forecasts),
		async auditedWrite<M extends StoreWrite>(
			method: M,
			args: Parameters<ScenarioStore[M]>,
			entry: (result: WriteResult<M>) => AuditEntry
		): Promise<WriteResult<M>> {
			const write = sync.store[method] as (...a: unknown[]) => unknown;
			// The store's own transaction nests in this one as a savepoint.
			const run = db.transaction(() => {
				const result = write(...args) as WriteResult<M>;
				sync.audit.append(entry(result));
				return result;
			});
			return run.immediate();
		},
		transfer,
		shared: sqliteSharedState(db),
		authDatabase: authDb,
		// SQLite's own locks order two processes' migrations (better-auth's create what is missing).
		async prepareAuthTables(runAuthMigrations) {
			await runAuthMigrations();
			createApiTokenTable(db);
		},
		async schemaVersion() {
			return { found: userVersion(db), expected: migrations.length };
		},
		async close() {
			db.close();
			authDb.close();
		}
	};
}
