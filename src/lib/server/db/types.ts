// The one database the app keeps everything in, whichever it is (SQLite in DATA_DIR, or the
// PostgreSQL server of DATABASE_URL): the saved scenarios, the audit log, API tokens and the
// account lookups the app makes itself (better-auth reaches its own tables through
// `authDatabase`). Every call is asynchronous so that a network database can sit behind it.

import type { BetterAuthOptions } from 'better-auth';
import type { AuditEntry, AuditLog } from '../audit/types';
import type { ApiTokenRows } from '../auth/api-tokens';
import type { AccountQueries } from '../auth/account-queries';
import type { ForecastTable } from '../forecasts/table';
import type { ScenarioStore } from '../storage/types';
import type { SharedState } from './shared-state';
import type { DatabaseTransfer } from './transfer';

export type DatabaseKind = 'sqlite' | 'postgres';

/** The store's writes, each of which the server audits. */
export type StoreWrite = 'create' | 'save' | 'rename' | 'duplicate' | 'remove' | 'restore' | 'restoreRevision';
export type WriteResult<M extends StoreWrite> = Awaited<ReturnType<ScenarioStore[M]>>;

export interface AppDatabase {
	readonly kind: DatabaseKind;
	/** Resolves once the schema is up to date (migrations run at open); rejects if it cannot be. */
	readonly ready: Promise<void>;
	/** The store; each write is its own transaction. */
	readonly store: ScenarioStore;
	readonly audit: AuditLog;
	readonly tokens: ApiTokenRows;
	readonly accounts: AccountQueries;
	/** The forecast record (forecasts and resolutions), append-only. */
	readonly forecasts: ForecastTable;
	/**
	 * One store write and the audit row `entry` makes of its result, in one transaction: both or
	 * neither (SQLite: one synchronous BEGIN IMMEDIATE … COMMIT, never open across an await, since
	 * better-auth's connection to the same file must never wait on it; PostgreSQL: one client's).
	 */
	auditedWrite<M extends StoreWrite>(
		method: M,
		args: Parameters<ScenarioStore[M]>,
		entry: (result: WriteResult<M>) => AuditEntry
	): Promise<WriteResult<M>>;
	/** What the app's instances share through this database: rate-limit buckets, the change stamp. */
	readonly shared: SharedState;
	/** Everything out as a dump, or in from one (`npm run db -- export | import`, transfer.ts). */
	readonly transfer: DatabaseTransfer;
	/** What better-auth is given as its `database` option. */
	readonly authDatabase: BetterAuthOptions['database'];
	/**
	 * Runs better-auth's migrations, then creates the API tokens' table (it references "user"),
	 * one process at a time when several start at once.
	 */
	prepareAuthTables(runAuthMigrations: () => Promise<void>): Promise<void>;
	/**
	 * The schema version the database records now (one query; on PostgreSQL after this open's
	 * migrations) and the one this build migrates to: what /healthz compares.
	 */
	schemaVersion(): Promise<SchemaVersion>;
	close(): Promise<void>;
}

export interface SchemaVersion {
	found: number;
	expected: number;
}
