// The app's database on a PostgreSQL server (DATABASE_URL=postgres://…): one pg Pool shared by
// the store, the audit log, API tokens, account lookups and better-auth, so that several app
// instances can share one database. The schema is migrated on open (migrations.ts); every
// statement waits for that first.

import pg from 'pg';
import type { AuditEntry } from '../../audit/types';
import type { ScenarioStore } from '../../storage/types';
import type { AppDatabase, StoreWrite, WriteResult } from '../types';
import { pgAccountQueries } from './accounts';
import { pgAuditLog } from './audit';
import { pgForecastTable } from './forecasts';
import { API_TOKENS_TABLE, LOCK_AUTH_TABLES, LOCK_SPACE, migratePostgres, pgMigrations } from './migrations';
import { pgSharedState } from './shared-state';
import { clientSql, inTransaction, joined, poolSql } from './sql';
import { pgStore } from './store';
import { pgApiTokenRows } from './tokens';
import { pgTransfer } from './transfer';

export function isPostgresUrl(url: string | undefined): url is string {
	return url !== undefined && /^postgres(ql)?:\/\//i.test(url.trim());
}

export function openPostgresDatabase(url: string): AppDatabase {
	const pool = new pg.Pool({ connectionString: url.trim() });
	// An idle client losing its connection (a restarted server) must not end the process: the pool
	// drops it and the next query opens another.
	pool.on('error', (error) => console.error('PostgreSQL connection lost:', error.message));
	const ready = migratePostgres(pool).then(() => undefined);
	// Nobody may be waiting on `ready` yet: its failure is reported by the first statement that does.
	ready.catch(() => undefined);
	const sql = poolSql(pool, ready);
	const shared = pgSharedState(sql, url.trim());

	return {
		kind: 'postgres',
		ready,
		store: pgStore(sql, async (work) => {
			await ready;
			return inTransaction(pool, (client) => work(clientSql(client)));
		}),
		audit: pgAuditLog(sql),
		tokens: pgApiTokenRows(sql),
		accounts: pgAccountQueries(sql),
		forecasts: pgForecastTable(sql),
		async auditedWrite<M extends StoreWrite>(
			method: M,
			args: Parameters<ScenarioStore[M]>,
			entry: (result: WriteResult<M>) => AuditEntry
		): Promise<WriteResult<M>> {
			await ready;
			return inTransaction(pool, async (client) => {
				const inside = clientSql(client);
				const write = pgStore(inside, joined(inside))[method] as (...a: unknown[]) => Promise<unknown>;
				const result = (await write(...args)) as WriteResult<M>;
				await pgAuditLog(inside).append(entry(result));
				return result;
			});
		},
		transfer: pgTransfer(pool, ready),
		shared,
		authDatabase: pool,
		async prepareAuthTables(runAuthMigrations) {
			await ready;
			// A session lock on a client of its own, held while better-auth migrates on the pool's
			// others: a second instance starting now waits here, then finds the tables made.
			const client = await pool.connect();
			try {
				await client.query('SELECT pg_advisory_lock($1, $2)', [LOCK_SPACE, LOCK_AUTH_TABLES]);
				try {
					await runAuthMigrations();
					await client.query(API_TOKENS_TABLE);
				} finally {
					await client.query('SELECT pg_advisory_unlock($1, $2)', [LOCK_SPACE, LOCK_AUTH_TABLES]);
				}
			} finally {
				client.release();
			}
		},
		async schemaVersion() {
			const [row] = await sql.query<{ version: number }>('SELECT version FROM scenario_desk_schema');
			return { found: row?.version ?? 0, expected: pgMigrations.length };
		},
		close: async () => {
			await shared.close();
			await pool.end();
		}
	};
}
