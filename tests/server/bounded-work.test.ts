// Bounded work against the real built server: simulations run in the worker pool, so the API
// answers while heavy comparisons are computed; a full queue answers 503 with Retry-After; the
// rate limit answers 429 with Retry-After in the API's JSON error shape.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken } from '../../src/node/admin-token';
import { baselineScenario, request, startServer, tempDataDir, type RunningServer } from './harness';

const HEAVY_PATHS = 60_000;

async function saveHeavy(server: RunningServer, auth: Record<string, string>, seed: number): Promise<string> {
	const saved = await request(
		`${server.url}/api/scenarios`,
		'POST',
		{ ...baselineScenario(), samples: HEAVY_PATHS, seed },
		auth
	);
	expect(saved.status).toBe(201);
	return (saved.json as { scenario: { id: string } }).scenario.id;
}

describe('compute pool on the server', () => {
	const data = tempDataDir('bounded-work-');
	let server: RunningServer;
	let auth: Record<string, string>;
	let ids: string[];
	beforeAll(async () => {
		auth = { authorization: `Bearer ${adminToken(data.dir)}` };
		// One thread, one waiting job: a third comparison at once is refused. The server renders every
		// path here (SERVER_SAMPLES, normally 10,000, is what a page's first render simulates), so that
		// the comparisons stay heavy enough to overlap.
		server = await startServer({
			dataDir: data.dir,
			env: { COMPUTE_THREADS: '1', COMPUTE_QUEUE: '1', SERVER_SAMPLES: String(HEAVY_PATHS) }
		});
		ids = [];
		for (let seed = 1; seed <= 3; seed++) ids.push(await saveHeavy(server, auth, seed));
	}, 120_000);
	afterAll(async () => {
		await server?.stop();
		data.remove();
	});

	it('answers the API while heavy comparisons run, and refuses what the queue cannot hold with 503 + Retry-After', async () => {
		const orders = [
			[0, 1, 2],
			[1, 2, 0],
			[2, 0, 1],
			[0, 2, 1]
		];
		let comparesFinished = 0;
		const compares = orders.map(async (order) => {
			const query = order.map((i) => `s=saved:${ids[i]}@1`).join('&');
			const response = await fetch(`${server.url}/compare?${query}`, { headers: auth });
			await response.arrayBuffer();
			comparesFinished++;
			return { status: response.status, retryAfter: response.headers.get('retry-after') };
		});
		// Give the comparisons time to reach the pool, then ask the API.
		await new Promise((resolve) => setTimeout(resolve, 300));
		const list = await request(`${server.url}/api/scenarios`, 'GET', undefined, auth);
		expect(list.status).toBe(200);
		expect(comparesFinished).toBeLessThan(orders.length);

		const answers = await Promise.all(compares);
		const statuses = answers.map((a) => a.status).sort();
		expect(statuses).toEqual([200, 200, 503, 503]);
		for (const refused of answers.filter((a) => a.status === 503))
			expect(Number(refused.retryAfter)).toBeGreaterThan(0);

		// The same comparison again is kept by content: answered at once, even with the pool busy.
		const again = await fetch(`${server.url}/compare?${orders[0].map((i) => `s=saved:${ids[i]}@1`).join('&')}`, {
			headers: auth
		});
		expect(again.status).toBe(200);
	}, 120_000);
});

describe('rate limits on the server', () => {
	const data = tempDataDir('rate-limits-');
	let server: RunningServer;
	let auth: Record<string, string>;
	beforeAll(async () => {
		auth = { authorization: `Bearer ${adminToken(data.dir)}` };
		server = await startServer({
			dataDir: data.dir,
			env: {
				RATE_EXPENSIVE_BURST: '3',
				RATE_EXPENSIVE_PER_SECOND: '0',
				RATE_WRITE_BURST: '2',
				RATE_WRITE_PER_SECOND: '0'
			}
		});
	}, 60_000);
	afterAll(async () => {
		await server?.stop();
		data.remove();
	});

	it('refuses expensive pages past the limit with a JSON 429 and Retry-After; cheap reads go on', async () => {
		const statuses: number[] = [];
		// Three different pages: the same one again would be answered by the page micro-cache, which takes no token.
		for (let i = 0; i < 3; i++)
			statuses.push((await request(`${server.url}/compare?n=${i}`, 'GET', undefined, auth)).status);
		expect(statuses).toEqual([200, 200, 200]);
		const refused = await request(`${server.url}/present`, 'GET', undefined, auth);
		expect(refused.status).toBe(429);
		expect(refused.json).toMatchObject({ error: 'rate-limited' });
		expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
		expect((await request(`${server.url}/api/scenarios`, 'GET', undefined, auth)).status).toBe(200);
	});

	it('refuses writes past the per-account limit, counting only the writes that succeeded', async () => {
		const api = `${server.url}/api/scenarios`;
		expect((await request(api, 'POST', { nonsense: true }, auth)).status).toBe(400);
		expect((await request(api, 'POST', baselineScenario(), auth)).status).toBe(201);
		expect((await request(api, 'POST', baselineScenario(), auth)).status).toBe(201);
		const refused = await request(api, 'POST', baselineScenario(), auth);
		expect(refused.status).toBe(429);
		expect(refused.headers.get('retry-after')).toBeTruthy();
	});
});
