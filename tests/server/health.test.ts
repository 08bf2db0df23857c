// /healthz of the built server, for load balancers: 200 when the database answers and its schema is
// this build's, 503 naming what is wrong otherwise — the schema moved behind or ahead under a running
// SQLite instance, and a PostgreSQL cluster of the test's own frozen (SIGSTOP: nothing answers),
// thawed, then stopped under a running instance. Open to anyone, by any Host, on a fresh database,
// and never naming the database's address or its server's version.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresBinDir, startPgCluster, type PgCluster } from '../../src/node/pg-cluster';
import { startServer, type RunningServer } from '../../src/node/start-server';
import { tempDataDir } from './harness';
import { rawRequest } from './raw-http';

interface Probe {
	status: number;
	body: Record<string, unknown>;
	text: string;
	ms: number;
}

async function probe(server: RunningServer, method = 'GET'): Promise<Probe> {
	const started = Date.now();
	const response = await fetch(`${server.url}/healthz`, { method, signal: AbortSignal.timeout(10_000) });
	const text = await response.text();
	return {
		status: response.status,
		body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
		text,
		ms: Date.now() - started
	};
}

describe('/healthz on SQLite', () => {
	const data = tempDataDir('health-');
	let server: RunningServer;
	// No admin made: a fresh database, where every page leads to /setup.
	beforeAll(async () => {
		server = await startServer({ dataDir: data.dir });
	}, 30_000);
	afterAll(async () => {
		await server?.stop();
		data.remove();
	});

	it('answers 200 with the backend and current migrations, to anyone, by any Host, never cached', async () => {
		const response = await fetch(`${server.url}/healthz`);
		expect(response.status).toBe(200);
		expect(await response.json()).toEqual({ status: 'ok', database: 'sqlite', migrations: 'current' });
		expect(response.headers.get('cache-control')).toBe('no-store');
		expect(response.headers.get('content-type')).toMatch(/^application\/json/);
		// ORIGIN's own name, and others, as a load balancer probing an instance's address sends: the
		// host check refuses those for every other path.
		for (const host of [`127.0.0.1:${new URL(server.url).port}`, '10.1.2.3:3000', 'desk.example.org']) {
			const answer = await rawRequest(`${server.url}/healthz`, { headers: { host } });
			expect(answer.status, host).toBe(200);
			expect(answer.json, host).toEqual({ status: 'ok', database: 'sqlite', migrations: 'current' });
		}
		expect((await rawRequest(`${server.url}/api/scenarios`, { headers: { host: '10.1.2.3:3000' } })).status).toBe(421);
		expect((await probe(server, 'HEAD')).status).toBe(200);
		// The same fresh database sends a page to /setup.
		expect((await fetch(`${server.url}/scenarios`, { redirect: 'manual' })).status).toBe(303);
	});

	it('answers 503 naming migrations behind or ahead when the file’s schema version moves, 200 once it is back', async () => {
		const file = path.join(data.dir, 'scenario-desk.sqlite');
		const db = new Database(file);
		try {
			const version = db.pragma('user_version', { simple: true }) as number;
			expect(version).toBeGreaterThan(1);
			db.pragma(`user_version = ${version - 1}`);
			const behind = await probe(server);
			expect(behind.status).toBe(503);
			expect(behind.body).toMatchObject({ status: 'unavailable', database: 'sqlite', migrations: 'behind' });
			expect(behind.body.problem).toBe(
				`the database's schema is at version ${version - 1}, this build expects ${version}: restart an instance to migrate it`
			);
			db.pragma(`user_version = ${version + 1}`);
			const ahead = await probe(server);
			expect(ahead.status).toBe(503);
			expect(ahead.body).toMatchObject({ status: 'unavailable', database: 'sqlite', migrations: 'ahead' });
			db.pragma(`user_version = ${version}`);
			expect((await probe(server)).status).toBe(200);
		} finally {
			db.close();
		}
	});
});

/** Every process of the cluster: its postmaster (from postmaster.pid in its data folder) and children. */
async function clusterProcesses(url: string): Promise<number[]> {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	const dataDir = (
		await client.query<{ setting: string }>(`SELECT setting FROM pg_settings WHERE name = 'data_directory'`)
	).rows[0].setting;
	await client.end();
	const postmaster = Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
	const children = execFileSync('ps', ['-o', 'pid=', '--ppid', String(postmaster)], { encoding: 'utf8' })
		.split('\n')
		.map((line) => Number(line.trim()))
		.filter((pid) => pid > 0);
	return [postmaster, ...children];
}

const bin = postgresBinDir();
if (!bin) console.log('PostgreSQL not installed: /healthz with an unreachable PostgreSQL is not tested');

describe.skipIf(!bin)('/healthz on PostgreSQL, the database stopped under a running instance', () => {
	const data = tempDataDir('health-pg-');
	let cluster: PgCluster;
	let server: RunningServer;
	let frozen: number[] = [];

	beforeAll(async () => {
		cluster = await startPgCluster(bin!);
		server = await startServer({
			dataDir: data.dir,
			env: { DATABASE_URL: cluster.url, BETTER_AUTH_SECRET: 'health-test-secret-of-32-characters' }
		});
	}, 60_000);
	afterAll(async () => {
		for (const pid of frozen) process.kill(pid, 'SIGCONT');
		await server?.stop();
		cluster?.stop();
		data.remove();
	}, 30_000);

	/** Nothing of the address or the server's version, whatever the answer. */
	function expectNothingSecret(answer: Probe): void {
		const { port, hostname } = new URL(cluster.url);
		expect(Object.keys(answer.body).sort()).toEqual(
			answer.status === 200 ? ['database', 'migrations', 'status'] : ['database', 'migrations', 'problem', 'status']
		);
		for (const secret of [port, hostname, 'postgres://', 'PostgreSQL 1', 'ECONNREFUSED']) {
			expect(answer.text).not.toContain(secret);
		}
	}

	it('answers 200, then 503 within its 2 s while the database does not answer, 200 again after, 503 once it is gone', async () => {
		const up = await probe(server);
		expect(up.status).toBe(200);
		expect(up.body).toEqual({ status: 'ok', database: 'postgresql', migrations: 'current' });
		expectNothingSecret(up);

		frozen = await clusterProcesses(cluster.url);
		for (const pid of frozen) process.kill(pid, 'SIGSTOP');
		const silent = await probe(server);
		expect(silent.status).toBe(503);
		expect(silent.body).toEqual({
			status: 'unavailable',
			database: 'postgresql',
			migrations: 'unknown',
			problem: 'the database did not answer within 2 s'
		});
		expect(silent.ms).toBeLessThan(4000);
		expectNothingSecret(silent);

		for (const pid of frozen) process.kill(pid, 'SIGCONT');
		frozen = [];
		const back = await probe(server);
		expect(back.status).toBe(200);

		cluster.stop();
		const gone = await probe(server);
		expect(gone.status).toBe(503);
		expect(gone.body).toMatchObject({ status: 'unavailable', database: 'postgresql', migrations: 'unknown' });
		expect(gone.body.problem).toBe('the database could not be reached (the server log says why)');
		expect(gone.ms).toBeLessThan(2000);
		expectNothingSecret(gone);
		// The cause is in the server's log, once.
		expect(server.output().match(/health: the database could not be reached/g)).toHaveLength(1);
		expect((await probe(server)).status).toBe(503);
		expect(server.output().match(/health: the database could not be reached/g)).toHaveLength(1);
	}, 60_000);
});
