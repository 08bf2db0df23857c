// Paged lists against the real built server (issue 12, bounded growth): the API's limit and
// cursor, and the saved list page's links; text limits answered with the field, the limit and
// the length it got.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RevisionListResponse, ScenarioListResponse } from '../../src/lib/api/types';
import { collectionOf, createOn, errorOf } from './api-client';
import { baselineScenario, request, startServer, tempDataDir, type RunningServer } from './harness';

const data = tempDataDir('scenario-paging-');
let server: RunningServer;
let api: string;
const ids: string[] = [];

beforeAll(async () => {
	server = await startServer({ dataDir: data.dir });
	api = collectionOf(server);
	for (let n = 0; n < 55; n++) {
		const scenario = baselineScenario();
		scenario.title = { en: `Paged ${n}`, ar: `صفحة ${n}` };
		ids.unshift((await createOn(server, scenario)).id);
	}
}, 90_000);

afterAll(async () => {
	await server?.stop();
	data.remove();
}, 15_000);

async function page(query: string): Promise<ScenarioListResponse> {
	const response = await request(`${api}?${query}`, 'GET');
	expect(response.status).toBe(200);
	return response.json as ScenarioListResponse;
}

describe('GET /api/scenarios, paged', () => {
	it('gives 50 by default, then the rest from nextCursor, newest first, with no cursor after the last', async () => {
		const first = await page('');
		expect(first.scenarios.map((s) => s.id)).toEqual(ids.slice(0, 50));
		expect(first.nextCursor).toEqual(expect.any(String));
		const rest = await page(`cursor=${encodeURIComponent(first.nextCursor ?? '')}`);
		expect(rest.scenarios.map((s) => s.id)).toEqual(ids.slice(50));
		expect(rest.nextCursor).toBeNull();
	});

	it('keeps its place while others save: no row twice, none missed', async () => {
		const seen: string[] = [];
		let cursor: string | null = null;
		do {
			const got: ScenarioListResponse = await page(`limit=7${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
			seen.push(...got.scenarios.map((s) => s.id));
			cursor = got.nextCursor;
			if (cursor && seen.length < 30) ids.unshift((await createOn(server)).id);
		} while (cursor);
		const before = new Set(seen);
		expect(before.size).toBe(seen.length);
		for (const id of ids.slice(-55)) expect(before.has(id)).toBe(true);
	});

	it('pages revisions too', async () => {
		const id = ids[ids.length - 1];
		const scenario = { ...baselineScenario(), title: { en: 'Paged 0', ar: 'صفحة 0' } };
		for (let base = 1; base <= 4; base++)
			expect((await request(`${api}/${id}`, 'PUT', { baseRevision: base, scenario })).status).toBe(200);
		const first = (await request(`${api}/${id}/revisions?limit=3`, 'GET')).json as RevisionListResponse;
		expect(first.revisions.map((r) => r.revision)).toEqual([5, 4, 3]);
		const second = (
			await request(`${api}/${id}/revisions?limit=3&cursor=${encodeURIComponent(first.nextCursor ?? '')}`, 'GET')
		).json as RevisionListResponse;
		expect(second).toMatchObject({ revisions: [{ revision: 2 }, { revision: 1 }], nextCursor: null });
	});

	it('refuses a bad limit or cursor with a 400 naming the parameter', async () => {
		for (const query of ['limit=0', 'limit=201', 'limit=abc', 'limit=1e3', 'cursor=nonsense', 'cursor=%E2%82']) {
			const response = await request(`${api}?${query}`, 'GET');
			expect(response.status, query).toBe(400);
			expect(errorOf(response).problems?.[0]?.path).toBe(query.split('=')[0]);
		}
		const live = await page('limit=1');
		const inTrash = await request(`${api}?trash=1&cursor=${encodeURIComponent(live.nextCursor ?? '')}`, 'GET');
		expect(errorOf(inTrash).message).toMatch(/cursor: is not a cursor of this list/);
		const search = await request(`${api}?search=${'x'.repeat(201)}`, 'GET');
		expect(errorOf(search).message).toBe('invalid request: search: must be at most 200 characters (got 201)');
	});
});

describe('text limits over HTTP', () => {
	it('says which field, the limit and the length', async () => {
		const scenario = baselineScenario();
		scenario.title = { en: 'x'.repeat(300_000), ar: 'عنوان' };
		const response = await request(api, 'POST', scenario);
		expect(response.status).toBe(400);
		expect(errorOf(response).message).toBe('invalid request: title.en: must be at most 200 characters (got 300,000)');
		const note = await request(api, 'POST', { scenario: baselineScenario(), note: 'n'.repeat(2001) });
		expect(errorOf(note).message).toBe('invalid request: note: must be at most 2,000 characters (got 2,001)');
	});
});

describe('/scenarios, paged', () => {
	const links = (html: string) =>
		Object.fromEntries(
			[...html.matchAll(/<a href="([^"]*)"[^>]*data-testid="page-(first|previous|next)"/g)].map((m) => [
				m[2],
				m[1].replaceAll('&amp;', '&')
			])
		);
	const titles = (html: string) => [...html.matchAll(/>Paged (\d+)</g)].map((m) => Number(m[1]));

	it('shows a page of 50 with a link to the next, and from there back', async () => {
		const first = (await request(`${server.url}/scenarios`, 'GET')).text;
		expect(links(first)).toEqual({ next: expect.stringMatching(/^\/scenarios\?after=/) });
		const next = (await request(`${server.url}${links(first).next}`, 'GET')).text;
		expect(links(next)).toEqual({
			first: '/scenarios',
			previous: expect.stringMatching(/^\/scenarios\?before=/)
		});
		const back = (await request(`${server.url}${links(next).previous}`, 'GET')).text;
		expect(titles(back)).toEqual(titles(first));
		expect(new Set([...titles(first), ...titles(next)]).size).toBe(55);
		const arabic = (await request(`${server.url}/ar/scenarios`, 'GET')).text;
		expect(arabic).toContain('الصفحة التالية');
	});
});
