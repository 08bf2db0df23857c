// For tests that hold on every backend: each opens a fresh, empty database of the app, on SQLite
// (a file in a temporary folder) and, when the test run has a PostgreSQL cluster
// (tests/server/postgres-setup.ts), on PostgreSQL too (a new database in it, dropped afterwards).
// Use with `describe.each(testBackends())`.

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach, beforeEach, inject } from 'vitest';
import { openDatabaseFromEnv } from './app-database';
import { newId } from '../storage/ids';
import { openPostgresDatabase } from './postgres/open';
import { openSqliteDatabase } from './sqlite/open';
import type { AppDatabase, DatabaseKind } from './types';

export interface TestDatabase {
	database: AppDatabase;
	/** Runs statements directly on the database, past the app (what a hand-typed session could do). */
	exec(sql: string): Promise<void>;
	/** One statement's rows, read directly (no parameters: the same text runs on both backends). */
	query<R>(sql: string): Promise<R[]>;
	/** A DATA_DIR for what is kept beside the database (the auth secret); the SQLite file is in it. */
	dataDir: string;
	/** The environment that opens this database (DATA_DIR, and DATABASE_URL on PostgreSQL). */
	env: Record<string, string>;
	close(): Promise<void>;
}

export interface TestBackend {
	name: DatabaseKind;
	open(): Promise<TestDatabase>;
}

function withConnection<T>(file: string, use: (db: Database.Database) => T): T {
	const db = new Database(file);
	try {
		return use(db);
	} finally {
		db.close();
	}
}

const sqlite: TestBackend = {
	name: 'sqlite',
	async open() {
		const dataDir = mkdtempSync(path.join(os.tmpdir(), 'scenario-desk-test-'));
		const file = path.join(dataDir, 'scenario-desk.sqlite');
		const database = openSqliteDatabase(file);
		return {
			database,
			dataDir,
			env: { DATA_DIR: dataDir },
			exec: async (sql) => {
				withConnection(file, (db) => db.exec(sql));
			},
			query: async <R>(sql: string) => withConnection(file, (db) => db.prepare(sql).all() as R[]),
			async close() {
				await database.close();
				rmSync(dataDir, { recursive: true, force: true });
			}
		};
	}
};

async function onServer<R>(url: string, statement: string): Promise<R[]> {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		return (await client.query(statement)).rows as R[];
	} finally {
		await client.end();
	}
}

function postgres(clusterUrl: string): TestBackend {
	return {
		name: 'postgres',
		async open() {
			const name = `test_${newId()}`;
			await onServer(clusterUrl, `CREATE DATABASE ${name}`);
			const url = new URL(clusterUrl);
			url.pathname = `/${name}`;
			const database = openPostgresDatabase(url.href);
			await database.ready;
			const dataDir = mkdtempSync(path.join(os.tmpdir(), 'scenario-desk-test-'));
			return {
				database,
				dataDir,
				env: { DATA_DIR: dataDir, DATABASE_URL: url.href },
				exec: async (sql) => {
					await onServer(url.href, sql);
				},
				query: (sql) => onServer(url.href, sql),
				async close() {
					await database.close();
					await onServer(clusterUrl, `DROP DATABASE ${name} WITH (FORCE)`);
					rmSync(dataDir, { recursive: true, force: true });
				}
			};
		}
	};
}

/** SQLite always; PostgreSQL when this run has a cluster. */
export function testBackends(): TestBackend[] {
	const url = inject('postgresUrl');
	return url ? [sqlite, postgres(url)] : [sqlite];
}

/** For PostgreSQL's own tests: the backend, or null when this run has no cluster. */
export function postgresBackend(): TestBackend | null {
	const url = inject('postgresUrl');
	return url ? postgres(url) : null;
}

/** Two handles on one fresh database (as two app instances hold), opened before each test and closed after. */
export interface TwoHandles {
	readonly opened: TestDatabase;
	/** The second instance's handle on `opened`'s database. */
	readonly other: AppDatabase;
}

/** Call inside a `describe`: its tests read the handles of their own fresh database. */
export function twoHandlesEach(backend: TestBackend): TwoHandles {
	const handles = {} as { opened: TestDatabase; other: AppDatabase };
	beforeEach(async () => {
		handles.opened = await backend.open();
		handles.other = openDatabaseFromEnv(handles.opened.env);
		await handles.other.ready;
	});
	afterEach(async () => {
		await handles.other.close();
		await handles.opened.close();
	});
	return handles;
}
