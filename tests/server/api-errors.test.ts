// The saved-scenario API's refusals against the real built server: 400 with problems at their
// paths, 404, 409 with the head, 413 by every route a body can take, 415; nothing is written.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectionOf, createOn, errorOf, listIdsOn } from './api-client';
import { adminHeaders, baselineScenario, request, startServer, tempDataDir, type RunningServer } from './harness';

const data = tempDataDir();
const bigLimitData = tempDataDir();
let server: RunningServer;
// A second server whose adapter limit is above the API's, so the API's own 413 check answers.
let bigLimit: RunningServer;
let api: string;

beforeAll(async () => {
	[server, bigLimit] = await Promise.all([
		startServer({ dataDir: data.dir }),
		startServer({ dataDir: bigLimitData.dir, env: { BODY_SIZE_LIMIT: '8M' } })
	]);
	api = collectionOf(server);
}, 30_000);

afterAll(async () => {
	await Promise.all([server?.stop(), bigLimit?.stop()]);
	data.remove();
	bigLimitData.remove();
}, 15_000);

const create = (body?: unknown, headers?: Record<string, string>) => createOn(server, body, headers);
const listIds = (query = '', on: RunningServer = server) => listIdsOn(on, query);

describe('400 invalid', () => {
	it('reports field problems at their paths, for a file and inside an envelope', async () => {
		const broken = baselineScenario();
		broken.drivers['china-calculus'].low = 0.9;
		const response = await request(api, 'POST', broken);
		expect(response.status).toBe(400);
		const body = errorOf(response);
		expect(body.error).toBe('invalid');
		expect(body.problems).toContainEqual({
			file: 'request body',
			path: 'drivers.china-calculus.low',
			message: expect.stringContaining('≤ assessment')
		});

		const saved = await create();
		const put = await request(`${api}/${saved.id}`, 'PUT', { baseRevision: 1, scenario: broken });
		expect(put.status).toBe(400);
		expect(errorOf(put).problems?.map((p) => p.path)).toContain('scenario.drivers.china-calculus.low');
	});

	it('reports an unknown model at `model`, an unknown field and a bad envelope field', async () => {
		const response = await request(api, 'POST', { ...baselineScenario(), model: 'atlantis' });
		expect(response.status).toBe(400);
		expect(errorOf(response).problems?.[0]).toMatchObject({
			path: 'model',
			message: expect.stringContaining('unknown model "atlantis"')
		});

		const saved = await create();
		const put = await request(`${api}/${saved.id}`, 'PUT', {
			baseRevision: 'one',
			scenario: baselineScenario(),
			colour: 'red'
		});
		expect(put.status).toBe(400);
		expect(
			errorOf(put)
				.problems?.map((p) => p.path)
				.sort()
		).toEqual(['baseRevision', 'colour']);
		// A body's author is still bounded (it is ignored, but not unbounded).
		const longAuthor = await request(`${api}/${saved.id}`, 'PUT', {
			baseRevision: 1,
			scenario: baselineScenario(),
			author: 'x'.repeat(81)
		});
		expect(longAuthor.status).toBe(400);
		expect(errorOf(longAuthor).problems?.[0].path).toBe('author');
	});

	it('answers malformed JSON with a problem, not a stack trace', async () => {
		const response = await request(api, 'POST', '{"format": 1,');
		expect(response.status).toBe(400);
		const body = errorOf(response);
		expect(body.error).toBe('invalid');
		expect(body.problems?.[0]).toMatchObject({
			file: 'request body',
			path: '(root)',
			message: expect.stringContaining('not valid JSON')
		});
		expect(response.text).not.toMatch(/at .*\.js/);
	});
});

describe('404, 409, 413, 415', () => {
	it('404 for unknown scenarios and revisions', async () => {
		const saved = await create();
		for (const [method, url] of [
			['GET', `${api}/nope123456`],
			['GET', `${api}/nope123456/revisions`],
			['GET', `${api}/nope123456/export`],
			['GET', `${api}/${saved.id}/revisions/2`],
			['GET', `${api}/${saved.id}/revisions/abc`],
			['DELETE', `${api}/nope123456`]
		] as const) {
			const response = await request(url, method);
			expect(response.status, `${method} ${url}`).toBe(404);
			expect(errorOf(response)).toMatchObject({ error: 'not-found', message: expect.any(String) });
		}
		const put = await request(`${api}/nope123456`, 'PUT', { baseRevision: 1, scenario: baselineScenario() });
		expect(put.status).toBe(404);
	});

	it('409 with the current head when the base is stale; nothing is written', async () => {
		const saved = await create();
		const edited = { ...baselineScenario(), notes: 'first edit' };
		const ok = await request(`${api}/${saved.id}`, 'PUT', { baseRevision: 1, scenario: edited, note: 'mine' });
		expect(ok.status).toBe(200);
		expect(ok.json).toMatchObject({ revision: { revision: 2, baseRevision: 1, note: 'mine' } });
		const stale = await request(`${api}/${saved.id}`, 'PUT', {
			baseRevision: 1,
			scenario: baselineScenario(),
			note: 'theirs'
		});
		expect(stale.status).toBe(409);
		expect(errorOf(stale)).toMatchObject({
			error: 'conflict',
			message: expect.any(String),
			current: { revision: 2, note: 'mine', scenario: { notes: 'first edit' } }
		});
		const history = await request(`${api}/${saved.id}/revisions`, 'GET');
		expect((history.json as { revisions: { note: string }[] }).revisions.map((r) => r.note)).toEqual(['mine', '']);
	});

	it('413 for a body over 1 MiB, by content-length, by the adapter limit and by the text itself', async () => {
		// Padded with JSON whitespace, not text: every text field has a length limit of its own.
		const padded = (bytes: number) => `${JSON.stringify(baselineScenario())}${' '.repeat(bytes)}`;
		// Each server's own list before and after: a refused body saves nothing there.
		await create();
		const before = await listIds();
		const bigLimitBefore = await listIds('', bigLimit);
		const overApi = await request(api, 'POST', padded(1.5 * 1024 * 1024));
		expect(overApi.status).toBe(413);
		expect(errorOf(overApi).error).toBe('too-large');
		// Under the API's limit but over adapter-node's default BODY_SIZE_LIMIT (512K).
		const overAdapter = await request(api, 'POST', padded(700 * 1024));
		expect(overAdapter.status).toBe(413);
		expect(errorOf(overAdapter).error).toBe('too-large');
		// Chunked, no content-length: only the text's own length can tell.
		const chunked = await fetch(`${bigLimit.url}/api/scenarios`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', origin: bigLimit.url, ...adminHeaders(bigLimit.url) },
			body: new Blob([padded(1.2 * 1024 * 1024)]).stream(),
			duplex: 'half'
		} as RequestInit);
		expect(chunked.status).toBe(413);
		expect(await chunked.json()).toMatchObject({ error: 'too-large' });
		expect(await listIds()).toEqual(before);
		expect(await listIds('', bigLimit)).toEqual(bigLimitBefore);
		// The same body under the limit is saved there, so the 413 was the size's doing.
		const under = await fetch(`${bigLimit.url}/api/scenarios`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', origin: bigLimit.url, ...adminHeaders(bigLimit.url) },
			body: new Blob([padded(512 * 1024)]).stream(),
			duplex: 'half'
		} as RequestInit);
		expect(under.status).toBe(201);
		expect(await listIds('', bigLimit)).toHaveLength(bigLimitBefore.length + 1);
	});

	it('415 for a body that is not declared JSON; a charset is fine', async () => {
		const saved = await create();
		const body = JSON.stringify({ baseRevision: 1, scenario: baselineScenario() });
		for (const type of ['application/xml', 'text/plain']) {
			// From the app itself: 415. From another site or with no Origin, the origin check's 403 comes first.
			const own = await request(`${api}/${saved.id}`, 'PUT', body, { 'content-type': type });
			expect(own.status, type).toBe(415);
			expect(errorOf(own).error).toBe('unsupported-media-type');
			const foreign = await request(`${api}/${saved.id}`, 'PUT', body, {
				'content-type': type,
				origin: 'https://elsewhere.example'
			});
			expect(foreign.status, type).toBe(403);
		}
		expect(
			(await fetch(`${api}/${saved.id}`, { method: 'PUT', body: new Blob([body]), headers: adminHeaders(api) })).status
		).toBe(403);
		const noType = await fetch(`${api}/${saved.id}`, {
			method: 'PUT',
			body: new Blob([body]),
			headers: { origin: server.url, ...adminHeaders(api) }
		});
		expect(noType.status).toBe(415);
		const charset = await request(`${api}/${saved.id}`, 'PUT', body, {
			'content-type': 'Application/JSON; charset=utf-8'
		});
		expect(charset.status).toBe(200);
	});
});
