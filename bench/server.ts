// `npm run bench -- server`: the built server on loopback under load (autocannon). `GET /` and
// `GET /api/scenarios` at 20 connections for 10 s each, alone and then while 16 heavy comparisons
// (4 saved scenarios of 200,000 paths each in one /compare URL, 16 different orders, so 16
// different computations) are under way. Targets on the project's 2-core machine: `GET /` ≥ 300
// req/s with p99 ≤ 150 ms; `GET /api/scenarios` p99 ≤ 50 ms even during the comparisons.
// The server's rate limits are raised for the run: this measures throughput, not the limiter.
// Then the saves (saves.ts): SQLite with one instance, PostgreSQL with one and with two.

import autocannon from 'autocannon';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { adminToken } from '../src/node/admin-token';
import { benchSaves } from './saves';
import { startServer, type RunningServer } from '../src/node/start-server';

const CONNECTIONS = 20;
const SECONDS = 10;
const HEAVY = 16;
const HEAVY_PATHS = 200_000;

export interface LoadFigures {
	name: string;
	requestsPerSecond: number;
	p50: number;
	p99: number;
	non2xx: number;
	errors: number;
}

async function load(name: string, url: string, headers: Record<string, string>): Promise<LoadFigures> {
	const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers });
	return {
		name,
		requestsPerSecond: result.requests.average,
		p50: result.latency.p50,
		p99: result.latency.p99,
		non2xx: result.non2xx,
		errors: result.errors + result.timeouts
	};
}

async function saveHeavy(server: RunningServer, headers: Record<string, string>, seed: number): Promise<string> {
	const file = path.resolve(import.meta.dirname, '../scenarios/russia-dprk/baseline.json');
	const scenario = { ...JSON.parse(readFileSync(file, 'utf8')), samples: HEAVY_PATHS, seed };
	const response = await fetch(`${server.url}/api/scenarios`, {
		method: 'POST',
		headers: { ...headers, 'content-type': 'application/json' },
		body: JSON.stringify({ scenario, note: 'bench' })
	});
	const body = (await response.json()) as { scenario?: { id: string }; message?: string };
	if (!response.ok || !body.scenario) throw new Error(`saving a heavy scenario: ${response.status} ${body.message}`);
	return body.scenario.id;
}

/** The n-th ordering of the refs (n < 4! = 24): a different first scenario or order is another comparison. */
function ordering<T>(items: T[], n: number): T[] {
	const rest = [...items];
	const out: T[] = [];
	for (let k = rest.length; k > 0; k--) {
		const f = [1, 1, 2, 6, 24][k - 1];
		out.push(rest.splice(Math.floor(n / f) % k, 1)[0]);
	}
	return out;
}

interface HeavyRun {
	done: Promise<void>;
	statuses: Map<number, number>;
	stop(): void;
}

/** Keeps HEAVY comparisons in flight until stopped, each a new ordering. */
function heavyComparisons(server: RunningServer, headers: Record<string, string>, ids: string[]): HeavyRun {
	const statuses = new Map<number, number>();
	let next = 0;
	let stopped = false;
	const one = async (): Promise<void> => {
		while (!stopped && next < 24) {
			const refs = ordering(ids, next++).map((id) => `s=saved:${id}@1`);
			const response = await fetch(`${server.url}/compare?${refs.join('&')}`, { headers });
			await response.arrayBuffer();
			statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
		}
	};
	const done = Promise.all(Array.from({ length: HEAVY }, one)).then(() => undefined);
	return { done, statuses, stop: () => (stopped = true) };
}

function print(figures: LoadFigures): void {
	const bad = figures.non2xx + figures.errors > 0 ? `  (${figures.non2xx} non-2xx, ${figures.errors} errors)` : '';
	console.log(
		`${figures.name.padEnd(52)} ${figures.requestsPerSecond.toFixed(0).padStart(6)} req/s   p50 ${String(figures.p50).padStart(4)} ms   p99 ${String(figures.p99).padStart(5)} ms${bad}`
	);
}

export async function benchServer(): Promise<LoadFigures[]> {
	const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bench-server-'));
	const headers = { authorization: `Bearer ${adminToken(dataDir)}` };
	const server = await startServer({
		build: true,
		dataDir,
		env: { RATE_EXPENSIVE_BURST: '1000000000', RATE_EXPENSIVE_PER_SECOND: '1000000000' }
	});
	const figures: LoadFigures[] = [];
	try {
		const ids: string[] = [];
		for (let seed = 1; seed <= 4; seed++) ids.push(await saveHeavy(server, headers, seed));
		const run = async (name: string, route: string) => {
			const f = await load(name, `${server.url}${route}`, headers);
			print(f);
			figures.push(f);
		};
		console.log(`Server (node build, loopback, ${CONNECTIONS} connections, ${SECONDS} s each)`);
		await run('GET /', '/');
		await run('GET /api/scenarios', '/api/scenarios');
		const heavy = heavyComparisons(server, headers, ids);
		await run(`GET /api/scenarios, ${HEAVY} heavy comparisons under way`, '/api/scenarios');
		await run(`GET /, ${HEAVY} heavy comparisons under way`, '/');
		heavy.stop();
		await heavy.done;
		const statuses = [...heavy.statuses].map(([status, n]) => `${n}× ${status}`).join(', ');
		console.log(`heavy comparisons (4 × ${HEAVY_PATHS.toLocaleString('en')} paths each): ${statuses}`);
	} finally {
		await server.stop();
		rmSync(dataDir, { recursive: true, force: true });
	}
	// Saves on SQLite and PostgreSQL, one and two instances (saves.ts), with this server stopped.
	await benchSaves();
	return figures;
}
