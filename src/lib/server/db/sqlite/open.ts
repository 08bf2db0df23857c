// The app's database on one SQLite file (DATA_DIR/scenario-desk.sqlite): the store, the audit log,
// API tokens and account lookups on one connection, whose writes are serialized in this process
// (write-queue.ts); better-auth on a second connection to the same file, since it drives its own
// statements through Kysely. Other processes on the file are kept consistent by SQLite's locks.

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { sqliteAuditLog } from '../../audit/audit-log';
import { sqliteAccountQueries } from '../../auth/account-rows';
import { createApiTokenTable, sqliteApiTokenRows } from '../../auth/api-token-rows';
import { openAuthDatabase } from '../../auth/connection';
import { openDatabase } from '../../storage/database';
import { sqliteStore } from '../../storage/sqlite-store';
import type { AppDatabase, Transaction } from '../types';
import { asyncOf } from './async-of';
import { sqliteTransfer } from './transfer';
import { writeQueue, type WriteQueue } from './write-queue';

const STORE_WRITES = ['create', 'save', 'rename', 'duplicate', 'remove', 'restore', 'restoreRevision'] as const;

export function openSqliteDatabase(file: string): AppDatabase {
	mkdirSync(path.dirname(file), { recursive: true });
	const db = openDatabase(file);
	const authDb = openAuthDatabase(file);
	const sync = {
		store: sqliteStore(db),
		audit: sqliteAuditLog(db),
		tokens: sqliteApiTokenRows(db),
		accounts: sqliteAccountQueries(db)
	};
	const queue = writeQueue();
	// Inside a transaction the queue is already held: its writes run directly.
	const handles = (q: WriteQueue | null) => ({
		store: asyncOf(sync.store, STORE_WRITES, q),
		audit: asyncOf(sync.audit, ['append'], q)
	});
	const inTransaction: Transaction = handles(null);

	return {
		kind: 'sqlite',
		ready: Promise.resolve(),
		...handles(queue),
		tokens: asyncOf(sync.tokens, ['insert', 'revoke', 'touch'], queue),
		accounts: asyncOf(sync.accounts, [], null),
		transaction: (work) =>
			queue(async () => {
				db.exec('BEGIN IMMEDIATE');
				try {
					const result = await work(inTransaction);
					db.exec('COMMIT');
					return result;
				} catch (error) {
					if (db.inTransaction) db.exec('ROLLBACK');
					throw error;
				}
			}),
		transfer: {
			dump: (tables) => sqliteTransfer(db).dump(tables),
			load: (dump, tables) => queue(() => sqliteTransfer(db).load(dump, tables))
		},
		authDatabase: authDb,
		// SQLite's own locks order two processes' migrations (better-auth's create what is missing).
		async prepareAuthTables(runAuthMigrations) {
			await runAuthMigrations();
			await queue(() => createApiTokenTable(db));
		},
		close: () =>
			queue(() => {
				db.close();
				authDb.close();
			})
	};
}
