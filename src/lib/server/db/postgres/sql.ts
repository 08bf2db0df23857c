// How the PostgreSQL backend speaks to the server (pg, the client better-auth and Kysely use
// too): `Sql` runs one statement, on the pool or on the client of an open transaction;
// `Transact` runs several in one transaction (nested calls join the open one).

import type { Pool, PoolClient, QueryResultRow } from 'pg';

export interface Sql {
	query<R extends QueryResultRow = QueryResultRow>(text: string, values?: unknown[]): Promise<R[]>;
}

export type Transact = <T>(work: (sql: Sql) => Promise<T>) => Promise<T>;

export function clientSql(client: PoolClient): Sql {
	return { query: async (text, values) => (await client.query(text, values)).rows };
}

/** Statements on the pool, each once `ready` (the schema migrated) has resolved. */
export function poolSql(pool: Pool, ready: Promise<void>): Sql {
	return {
		async query(text, values) {
			await ready;
			return (await pool.query(text, values)).rows;
		}
	};
}

/** BEGIN … COMMIT on one pooled client; ROLLBACK when `work` throws. */
export async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
	const client = await pool.connect();
	try {
		await client.query('BEGIN');
		const result = await work(client);
		await client.query('COMMIT');
		return result;
	} catch (error) {
		await client.query('ROLLBACK').catch(() => undefined);
		throw error;
	} finally {
		client.release();
	}
}

/** Inside an open transaction: more work joins it. */
export function joined(sql: Sql): Transact {
	return (work) => work(sql);
}
