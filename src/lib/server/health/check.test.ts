import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openSqliteDatabase } from '../db/sqlite/open';
import { openPostgresDatabase } from '../db/postgres/open';
import { testBackends } from '../db/test-databases';
import type { SchemaVersion } from '../db/types';
import { NewerSchemaError } from '../storage/newer-schema';
import { checkHealth } from './check';

const sqliteEnv = {};
const fake =
	(schemaVersion: () => Promise<SchemaVersion>, kind: 'sqlite' | 'postgres' = 'sqlite') =>
	() => ({
		kind,
		schemaVersion
	});

afterEach(() => vi.restoreAllMocks());
beforeEach(() => vi.spyOn(console, 'log').mockImplementation(() => undefined));

describe('checkHealth, on what a database answers', () => {
	it('is ok when the recorded version is the expected one', async () => {
		const health = await checkHealth({ env: sqliteEnv, open: fake(async () => ({ found: 4, expected: 4 })) });
		expect(health).toEqual({ status: 'ok', database: 'sqlite', migrations: 'current' });
	});

	it('names migrations behind or ahead, with both versions', async () => {
		vi.spyOn(console, 'error').mockImplementation(() => undefined);
		const behind = await checkHealth({ open: fake(async () => ({ found: 1, expected: 2 }), 'postgres') });
		expect(behind).toMatchObject({ status: 'unavailable', database: 'postgresql', migrations: 'behind' });
		expect(behind.problem).toMatch(/version 1, this build expects 2/);
		const ahead = await checkHealth({ open: fake(async () => ({ found: 3, expected: 2 })) });
		expect(ahead).toMatchObject({ status: 'unavailable', migrations: 'ahead' });
		expect(ahead.problem).toMatch(/version 3\) is newer than this build knows \(2\)/);
		const refused = await checkHealth({ open: fake(() => Promise.reject(new NewerSchemaError(5, 2))) });
		expect(refused).toMatchObject({ status: 'unavailable', migrations: 'ahead' });
	});

	it('does not wait past its timeout for a database that does not answer', async () => {
		vi.spyOn(console, 'error').mockImplementation(() => undefined);
		const started = Date.now();
		const health = await checkHealth({ timeoutMs: 100, open: fake(() => new Promise(() => undefined), 'postgres') });
		expect(Date.now() - started).toBeLessThan(1000);
		expect(health).toEqual({
			status: 'unavailable',
			database: 'postgresql',
			migrations: 'unknown',
			problem: 'the database did not answer within 0.1 s'
		});
	});

	it('never repeats an error’s own text (a host, a port, a URL), and logs it once per change', async () => {
		const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
		const secretive = new Error('connect ECONNREFUSED 10.0.0.7:5432 postgres://desk:hunter2@db');
		const env = { DATABASE_URL: 'postgres://desk:hunter2@db/desk' };
		const opens = [
			() => Promise.reject(secretive),
			() => {
				throw secretive;
			}
		];
		for (const open of opens) {
			const health = await checkHealth({ env, open: () => ({ kind: 'postgres', schemaVersion: open }) });
			expect(health).toMatchObject({ status: 'unavailable', database: 'postgresql', migrations: 'unknown' });
			expect(JSON.stringify(health)).not.toMatch(/10\.0\.0\.7|5432|hunter2|postgres:/);
		}
		// Opening itself failing (a bad DATABASE_URL): the backend is still named from the environment.
		const unopened = await checkHealth({
			env,
			open: () => {
				throw secretive;
			}
		});
		expect(unopened.database).toBe('postgresql');
		expect(log).toHaveBeenCalledTimes(1);
		expect(String(log.mock.calls[0][0])).toMatch(/ECONNREFUSED/);
	});
});

describe.each(testBackends())('checkHealth on $name', (backend) => {
	it('is ok on a migrated database, behind or ahead when its recorded version is moved', async () => {
		vi.spyOn(console, 'error').mockImplementation(() => undefined);
		const opened = await backend.open();
		try {
			const open = () => opened.database;
			const name = backend.name === 'postgres' ? 'postgresql' : 'sqlite';
			expect(await checkHealth({ open })).toEqual({ status: 'ok', database: name, migrations: 'current' });
			const { expected } = await opened.database.schemaVersion();
			const setVersion = (version: number) =>
				opened.exec(
					backend.name === 'postgres'
						? `UPDATE scenario_desk_schema SET version = ${version}`
						: `PRAGMA user_version = ${version}`
				);
			await setVersion(expected - 1);
			expect(await checkHealth({ open })).toMatchObject({ status: 'unavailable', migrations: 'behind' });
			await setVersion(expected + 1);
			expect(await checkHealth({ open })).toMatchObject({ status: 'unavailable', migrations: 'ahead' });
			await setVersion(expected);
			expect((await checkHealth({ open })).status).toBe('ok');
		} finally {
			await opened.close();
		}
	});

	it('says ahead when the database refuses to open, its schema newer than this build', async () => {
		vi.spyOn(console, 'error').mockImplementation(() => undefined);
		const opened = await backend.open();
		try {
			const { expected } = await opened.database.schemaVersion();
			if (backend.name === 'postgres') {
				await opened.exec(`UPDATE scenario_desk_schema SET version = ${expected + 1}`);
				const again = openPostgresDatabase(opened.env.DATABASE_URL);
				try {
					expect(await checkHealth({ open: () => again })).toMatchObject({ migrations: 'ahead' });
				} finally {
					await again.close();
				}
			} else {
				await opened.exec(`PRAGMA user_version = ${expected + 1}`);
				const file = path.join(opened.dataDir, 'scenario-desk.sqlite');
				const health = await checkHealth({ env: {}, open: () => openSqliteDatabase(file) });
				expect(health).toMatchObject({ status: 'unavailable', database: 'sqlite', migrations: 'ahead' });
			}
		} finally {
			await opened.close();
		}
	});
});

describe('checkHealth on a SQLite file that cannot be opened', () => {
	it('is unavailable, naming SQLite', async () => {
		vi.spyOn(console, 'error').mockImplementation(() => undefined);
		const dir = mkdtempSync(path.join(os.tmpdir(), 'health-'));
		try {
			// A file that is not a database at all.
			const file = path.join(dir, 'scenario-desk.sqlite');
			writeFileSync(file, 'not a database, just text long enough to have a header'.repeat(20));
			const health = await checkHealth({ env: {}, open: () => openSqliteDatabase(file) });
			expect(health).toMatchObject({ status: 'unavailable', database: 'sqlite', migrations: 'unknown' });
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
