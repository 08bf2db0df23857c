// PostgreSQL's own: migrating when several instances start at once, and refusing a newer schema.
// Runs when the test run has a cluster (tests/server/postgres-setup.ts).

import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tinyScenario } from '$lib/schema/test-fixtures';
import { postgresBackend, type TestDatabase } from '../test-databases';
import { migratePostgres, pgMigrations } from './migrations';
import { openPostgresDatabase } from './open';

const backend = postgresBackend();

describe.skipIf(!backend)('PostgreSQL migrations', () => {
	let opened: TestDatabase;
	let pools: pg.Pool[];
	beforeEach(async () => {
		opened = await backend!.open();
		pools = [];
	});
	afterEach(async () => {
		await Promise.all(pools.map((p) => p.end()));
		await opened.close();
	});

	const pool = () => {
		const made = new pg.Pool({ connectionString: opened.env.DATABASE_URL });
		// close() drops the database WITH (FORCE): a connection still ending is terminated, which
		// an idle pool client reports as an 'error' — uncaught without a listener, failing the run.
		made.on('error', () => undefined);
		pools.push(made);
		return made;
	};

	it('bring a new database up to date once when several instances start at once', async () => {
		await opened.exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public');
		const steps = [
			{ name: 'one', sql: 'CREATE TABLE one (x integer)' },
			{ name: 'two', sql: 'INSERT INTO one VALUES (1)' }
		];
		const versions = await Promise.all(Array.from({ length: 6 }, () => migratePostgres(pool(), steps)));
		expect(versions).toEqual(Array(6).fill(2));
		// The insert ran once: each step ran once, whoever ran it.
		expect(await opened.query('SELECT x FROM one')).toEqual([{ x: 1 }]);
		expect(await opened.query('SELECT version FROM scenario_desk_schema')).toEqual([{ version: 2 }]);
	});

	it('leave nothing of a failed step, and refuse a database newer than the app', async () => {
		const broken = [...pgMigrations, { name: 'half done', sql: 'CREATE TABLE three (x integer); NOT SQL' }];
		await expect(migratePostgres(pool(), broken)).rejects.toThrow(
			`migration ${pgMigrations.length + 1} (half done) failed`
		);
		expect(await opened.query("SELECT to_regclass('three') AS t")).toEqual([{ t: null }]);
		await expect(migratePostgres(pool(), pgMigrations.slice(0, 1))).rejects.toThrow(/newer than this app/);
	});

	it('opens as the app does, with the schema current, and several instances share it', async () => {
		const others = [openPostgresDatabase(opened.env.DATABASE_URL), openPostgresDatabase(opened.env.DATABASE_URL)];
		try {
			await Promise.all(others.map((d) => d.ready));
			const { $schema: _ref, ...scenario } = tinyScenario();
			const { id } = await others[0].store.create({ scenario });
			expect((await others[1].store.get(id))?.id).toBe(id);
		} finally {
			await Promise.all(others.map((d) => d.close()));
		}
	});
});
