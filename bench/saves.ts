// The saves part of `npm run bench -- server` (issue 13): saves per second and their latency for
// SQLite with one instance, and PostgreSQL (a throwaway cluster, src/node/pg-cluster.ts) with one
// and with two instances on one database. Two loads on each: CLIENTS clients each saving its own
// scenario from its head (no conflicts), then CLIENTS clients on one shared scenario, each from the
// head it last saw (conflicts: 409s, which are answers too). Then what the shared rate limiter
// costs a request (one take, measured in process against each database) and `GET /` on PostgreSQL
// (page-cache hits). Write limits are raised for the run: this measures saves, not the limiter,
// though every save still takes its token from the database.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { openPostgresDatabase } from '../src/lib/server/db/postgres/open';
import { openSqliteDatabase } from '../src/lib/server/db/sqlite/open';
import type { AppDatabase } from '../src/lib/server/db/types';
import { adminToken } from '../src/node/admin-token';
import { postgresBinDir, startPgCluster, type PgCluster } from '../src/node/pg-cluster';
import { startServer, type RunningServer } from '../src/node/start-server';

const CLIENTS = 16;
const SECONDS = 10;
const TAKES = 3000;
const SECRET = 'bench-saves-shared-secret-0123456789ab';
const UNLIMITED = {
	RATE_WRITE_BURST: '1000000000',
	RATE_WRITE_PER_SECOND: '1000000000',
	RATE_EXPENSIVE_BURST: '1000000000',
	RATE_EXPENSIVE_PER_SECOND: '1000000000'
};

interface SaveLoad {
	answersPerSecond: number;
	savedPerSecond: number;
	conflicts: number;
	p50: number;
	p99: number;
	failures: number;
}

interface Setup {
	name: string;
	urls: string[];
	headers: Record<string, string>;
	stop(): Promise<void>;
}

const scenario = JSON.parse(
	readFileSync(path.resolve(import.meta.dirname, '../scenarios/russia-dprk/baseline.json'), 'utf8')
) as Record<string, unknown>;

function percentile(sorted: number[], p: number): number {
	return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * (sorted.length - 1) + 0.5))] : NaN;
}

async function create(url: string, headers: Record<string, string>): Promise<string> {
	const response = await fetch(`${url}/api/scenarios`, {
		method: 'POST',
		headers: { ...headers, 'content-type': 'application/json' },
		body: JSON.stringify({ scenario, note: 'bench' })
	});
	const body = (await response.json()) as { scenario?: { id: string } };
	if (!body.scenario) throw new Error(`creating a scenario: ${response.status}`);
	return body.scenario.id;
}

/** CLIENTS clients saving for SECONDS, client i on instance i mod n, on `ids[i]` (or one shared id). */
async function saveLoad(setup: Setup, shared: boolean): Promise<SaveLoad> {
	const ids = shared
		? Array(CLIENTS).fill(await create(setup.urls[0], setup.headers))
		: await Promise.all(
				Array.from({ length: CLIENTS }, (_, i) => create(setup.urls[i % setup.urls.length], setup.headers))
			);
	const latencies: number[] = [];
	let saved = 0;
	let conflicts = 0;
	let failures = 0;
	const started = performance.now();
	const until = started + SECONDS * 1000;
	await Promise.all(
		ids.map(async (id, i) => {
			const url = `${setup.urls[i % setup.urls.length]}/api/scenarios/${id}`;
			let head = 1;
			while (performance.now() < until) {
				const sent = performance.now();
				const response = await fetch(url, {
					method: 'PUT',
					headers: { ...setup.headers, 'content-type': 'application/json' },
					body: JSON.stringify({ baseRevision: head, scenario, note: `client ${i}` })
				});
				const body = (await response.json()) as { revision?: { revision: number }; current?: { revision: number } };
				latencies.push(performance.now() - sent);
				if (response.status === 200 && body.revision) {
					saved++;
					head = body.revision.revision;
				} else if (response.status === 409 && body.current) {
					conflicts++;
					head = body.current.revision;
				} else failures++;
			}
		})
	);
	const seconds = (performance.now() - started) / 1000;
	latencies.sort((a, b) => a - b);
	return {
		answersPerSecond: latencies.length / seconds,
		savedPerSecond: saved / seconds,
		conflicts,
		p50: percentile(latencies, 0.5),
		p99: percentile(latencies, 0.99),
		failures
	};
}

async function sqliteSetup(): Promise<Setup> {
	const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bench-saves-'));
	const headers = { authorization: `Bearer ${adminToken(dataDir)}` };
	const server = await startServer({ build: true, dataDir, env: UNLIMITED });
	return {
		name: 'SQLite, one instance',
		urls: [server.url],
		headers,
		async stop() {
			await server.stop();
			rmSync(dataDir, { recursive: true, force: true });
		}
	};
}

async function postgresSetup(cluster: PgCluster, database: string, instances: number): Promise<Setup> {
	const admin = new pg.Client({ connectionString: cluster.url });
	await admin.connect();
	await admin.query(`CREATE DATABASE ${database}`);
	await admin.end();
	const env = { DATABASE_URL: cluster.urlFor(database), BETTER_AUTH_SECRET: SECRET };
	const dirs = Array.from({ length: instances }, () => mkdtempSync(path.join(os.tmpdir(), 'bench-saves-pg-')));
	const headers = { authorization: `Bearer ${adminToken(dirs[0], 'bench', env)}` };
	const servers: RunningServer[] = [];
	for (const dataDir of dirs) servers.push(await startServer({ dataDir, env: { ...UNLIMITED, ...env } }));
	return {
		name: `PostgreSQL, ${instances === 1 ? 'one instance' : `${instances} instances`}`,
		urls: servers.map((s) => s.url),
		headers,
		async stop() {
			await Promise.all(servers.map((s) => s.stop()));
			for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
		}
	};
}

/** Microseconds per take of an expensive request's two buckets (address and account), one after another. */
async function takeCost(database: AppDatabase): Promise<number> {
	await database.ready;
	const rule = { burst: 1e9, perSecond: 1e9 };
	for (let i = 0; i < 200; i++) await database.shared.rateBuckets.take(['w:address', 'w:account'], rule, Date.now());
	const started = performance.now();
	for (let i = 0; i < TAKES; i++) await database.shared.rateBuckets.take(['address:x', 'account:y'], rule, Date.now());
	return ((performance.now() - started) * 1000) / TAKES;
}

const fixed = (n: number, width: number, digits = 0) => n.toFixed(digits).padStart(width);

export async function benchSaves(): Promise<void> {
	const bin = postgresBinDir();
	const cluster = bin ? await startPgCluster(bin) : null;
	try {
		const setups: (() => Promise<Setup>)[] = [sqliteSetup];
		if (cluster)
			setups.push(
				() => postgresSetup(cluster, 'bench_one', 1),
				() => postgresSetup(cluster, 'bench_two', 2)
			);
		else console.log('PostgreSQL not installed: its rows are left out');
		console.log(
			`\nSaves (PUT from the client's head, ${CLIENTS} clients, ${SECONDS} s each; load average ${os.loadavg()[0].toFixed(1)} at the start)`
		);
		console.log(
			`${''.padEnd(28)}│ own scenario each: saves/s   p50   p99 │ one shared scenario: answers/s  saved/s  409s   p50   p99`
		);
		for (const make of setups) {
			const setup = await make();
			try {
				const own = await saveLoad(setup, false);
				const shared = await saveLoad(setup, true);
				const bad = own.failures + shared.failures > 0 ? `  (${own.failures + shared.failures} failed)` : '';
				console.log(
					`${setup.name.padEnd(28)}│ ${fixed(own.savedPerSecond, 26)} ${fixed(own.p50, 5)} ${fixed(own.p99, 5)} │ ${fixed(shared.answersPerSecond, 30)} ${fixed(shared.savedPerSecond, 8)} ${fixed(shared.conflicts, 5)} ${fixed(shared.p50, 5)} ${fixed(shared.p99, 5)}${bad}`
				);
				if (setup.name === 'PostgreSQL, one instance') {
					const result = await autocannon({
						url: `${setup.urls[0]}/`,
						connections: 20,
						duration: SECONDS,
						headers: setup.headers
					});
					console.log(
						`GET / on PostgreSQL, one instance (20 connections, ${SECONDS} s): ${result.requests.average.toFixed(0)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms${result.non2xx ? ` (${result.non2xx} non-2xx)` : ''}`
					);
				}
			} finally {
				await setup.stop();
			}
		}
		console.log(`  (ms; the last load average ${os.loadavg()[0].toFixed(1)})`);

		const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-takes-'));
		const sqlite = openSqliteDatabase(path.join(dir, 'takes.sqlite'));
		const costs = [`SQLite ${(await takeCost(sqlite)).toFixed(0)} µs`];
		await sqlite.close();
		rmSync(dir, { recursive: true, force: true });
		if (cluster) {
			const pg = openPostgresDatabase(cluster.urlFor('bench_one'));
			costs.push(`PostgreSQL ${(await takeCost(pg)).toFixed(0)} µs`);
			await pg.close();
		}
		console.log(`shared rate limiter, one take of two buckets (one statement), back to back: ${costs.join(', ')}`);
	} finally {
		cluster?.stop();
	}
}
