// The one database the app keeps everything in, whichever it is (SQLite in DATA_DIR, or the
// PostgreSQL server of DATABASE_URL): the saved scenarios, the audit log, API tokens and the
// account lookups the app makes itself (better-auth reaches its own tables through
// `authDatabase`). Every call is asynchronous so that a network database can sit behind it.

import type { BetterAuthOptions } from 'better-auth';
import type { AuditLog } from '../audit/types';
import type { ApiTokenRows } from '../auth/api-tokens';
import type { AccountQueries } from '../auth/account-queries';
import type { ScenarioStore } from '../storage/types';
import type { DatabaseTransfer } from './transfer';

export type DatabaseKind = 'sqlite' | 'postgres';

/** What a transaction may touch: writes made through these commit or vanish together. */
export interface Transaction {
	store: ScenarioStore;
	audit: Pick<AuditLog, 'append'>;
}

export interface AppDatabase {
	readonly kind: DatabaseKind;
	/** Resolves once the schema is up to date (migrations run at open); rejects if it cannot be. */
	readonly ready: Promise<void>;
	/** The store; each write is its own transaction. */
	readonly store: ScenarioStore;
	readonly audit: AuditLog;
	readonly tokens: ApiTokenRows;
	readonly accounts: AccountQueries;
	/** Runs `work` in one transaction (SQLite: BEGIN IMMEDIATE; PostgreSQL: one pooled client). */
	transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T>;
	/** Everything out as a dump, or in from one (`npm run db -- export | import`, transfer.ts). */
	readonly transfer: DatabaseTransfer;
	/** What better-auth is given as its `database` option. */
	readonly authDatabase: BetterAuthOptions['database'];
	/**
	 * Runs better-auth's migrations, then creates the API tokens' table (it references "user"),
	 * one process at a time when several start at once.
	 */
	prepareAuthTables(runAuthMigrations: () => Promise<void>): Promise<void>;
	close(): Promise<void>;
}
