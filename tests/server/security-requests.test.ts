// Host and Origin at the edge (issue 12, point 5), against the real built server: a foreign Host
// is refused (DNS rebinding), writes need the app's own Origin (or Referer) or a bearer token, and
// a write needs a JSON body — the bodiless POST another site can send is refused.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SavedScenario, ScenarioResponse } from '../../src/lib/api/types';
import { collectionOf, createOn, errorOf, listIdsOn } from './api-client';
import {
	adminHeaders,
	baselineScenario,
	request,
	startServer,
	TEST_ADMIN,
	tempDataDir,
	type RunningServer
} from './harness';
import { issueToken } from './accounts';
import { rawRequest } from './raw-http';

const data = tempDataDir();
const originless = tempDataDir();
// As `npm start` runs it: no ORIGIN, so the names it answers for are loopback's and its own.
let withoutOrigin: RunningServer;
let server: RunningServer;
let api: string;

beforeAll(async () => {
	[server, withoutOrigin] = await Promise.all([
		startServer({ dataDir: data.dir }),
		startServer({ dataDir: originless.dir, env: { ORIGIN: undefined, ALLOWED_HOSTS: 'desk.lan' } })
	]);
	api = collectionOf(server);
}, 30_000);

afterAll(async () => {
	await Promise.all([server?.stop(), withoutOrigin?.stop()]);
	data.remove();
	originless.remove();
}, 15_000);

function port(of: RunningServer): string {
	return new URL(of.url).port;
}

/** A scenario with a title of its own, to find it (or not) in the list afterwards. */
function titled(title: string): Record<string, unknown> {
	return { ...baselineScenario(), title: { en: title, ar: title } };
}

async function savedWithTitle(title: string): Promise<string[]> {
	return listIdsOn(server, `?search=${encodeURIComponent(title)}`);
}

describe('Host', () => {
	it("answers only for ORIGIN's host when ORIGIN is set", async () => {
		const own = await rawRequest(`${server.url}/api/scenarios`, {
			headers: { host: `127.0.0.1:${port(server)}`, ...adminHeaders(server.url) }
		});
		expect(own.status).toBe(200);
		for (const host of ['attacker.example', `attacker.example:${port(server)}`, `localhost:${port(server)}`]) {
			const refused = await rawRequest(`${server.url}/api/scenarios`, { headers: { host } });
			expect(refused.status, host).toBe(421);
			expect(refused.json, host).toMatchObject({ error: 'misdirected-request', message: expect.any(String) });
		}
		// Pages too, and writes: a rebinding page could otherwise read or write through the visitor.
		expect((await rawRequest(`${server.url}/`, { headers: { host: 'attacker.example' } })).status).toBe(421);
		const write = await rawRequest(`${api}`, {
			method: 'POST',
			headers: { host: 'attacker.example', origin: 'http://attacker.example', 'content-type': 'application/json' },
			body: JSON.stringify(titled('Rebound write'))
		});
		expect(write.status).toBe(421);
		expect(await savedWithTitle('Rebound write')).toEqual([]);
	});

	it('without ORIGIN, answers for loopback names and ALLOWED_HOSTS, not for another name', async () => {
		const url = `${withoutOrigin.url}/api/scenarios`;
		for (const host of [`localhost:${port(withoutOrigin)}`, `127.0.0.1:${port(withoutOrigin)}`, 'desk.lan'])
			expect((await rawRequest(url, { headers: { host, ...adminHeaders(withoutOrigin.url) } })).status, host).toBe(200);
		expect((await rawRequest(url, { headers: { host: 'attacker.example' } })).status).toBe(421);
	});

	it('without ORIGIN (npm start), takes a write from the page the browser loaded over http', async () => {
		// adapter-node, knowing no scheme, gives SvelteKit an https URL; the browser says http.
		const host = `localhost:${port(withoutOrigin)}`;
		const write = await rawRequest(`${withoutOrigin.url}/api/scenarios`, {
			method: 'POST',
			headers: {
				host,
				origin: `http://${host}`,
				'content-type': 'application/json',
				...adminHeaders(withoutOrigin.url)
			},
			body: JSON.stringify(titled('Served over http'))
		});
		expect(write.status).toBe(201);
		const foreign = await rawRequest(`${withoutOrigin.url}/api/scenarios`, {
			method: 'POST',
			headers: { host, origin: 'http://attacker.example', 'content-type': 'application/json' },
			body: JSON.stringify(titled('Served over http'))
		});
		expect(foreign.status).toBe(403);
	});

	it('refuses a Host header that is not a plain name', async () => {
		const refused = await rawRequest(`${server.url}/api/scenarios`, {
			headers: { host: 'attacker.example@127.0.0.1' }
		});
		expect(refused.status).toBe(400);
		expect(refused.json).toMatchObject({ error: 'invalid', message: expect.stringContaining('Host header') });
	});
});

describe('Origin', () => {
	it('refuses a write from another origin, naming why, and writes nothing', async () => {
		const saved = await createOn(server);
		const foreign = { origin: 'https://attacker.example' };
		const attempts = [
			request(api, 'POST', titled('Cross-site create'), foreign),
			request(`${api}/${saved.id}`, 'PUT', { baseRevision: 1, scenario: titled('Cross-site save') }, foreign),
			request(`${api}/${saved.id}/rename`, 'POST', { title: { en: 'Cross', ar: 'Cross' }, baseRevision: 1 }, foreign),
			request(`${api}/${saved.id}/duplicate`, 'POST', {}, foreign),
			request(`${api}/${saved.id}`, 'DELETE', undefined, foreign)
		];
		for (const refused of await Promise.all(attempts)) {
			expect(refused.status).toBe(403);
			expect(errorOf(refused).error).toBe('cross-origin');
			expect(errorOf(refused).message).toContain('"https://attacker.example"');
		}
		const head = (await request(`${api}/${saved.id}`, 'GET')).json as ScenarioResponse;
		expect(head.scenario).toMatchObject({ headRevision: 1, deletedAt: null });
		expect(await savedWithTitle('Cross-site create')).toEqual([]);
	});

	it('refuses a write with neither Origin nor Referer (a script must send a bearer token)', async () => {
		const response = await fetch(api, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(titled('Originless create'))
		});
		expect(response.status).toBe(403);
		expect(await response.json()).toMatchObject({
			error: 'cross-origin',
			message: expect.stringContaining('no Origin or Referer')
		});
		expect(await savedWithTitle('Originless create')).toEqual([]);
	});

	it('takes a write from its own origin, by Origin or by Referer alone', async () => {
		const byOrigin = await request(api, 'POST', titled('Own origin create'));
		expect(byOrigin.status).toBe(201);
		const byReferer = await fetch(api, {
			method: 'POST',
			headers: { 'content-type': 'application/json', referer: `${server.url}/scenarios`, ...adminHeaders(server.url) },
			body: JSON.stringify(titled('Own referer create'))
		});
		expect(byReferer.status).toBe(201);
	});

	it('takes a write with a valid bearer token and no Origin, as scripts send it; a bad token is not let through', async () => {
		const { token } = await issueToken(data.dir, TEST_ADMIN.name);
		const bearer = (value: string, title: string) =>
			fetch(api, {
				method: 'POST',
				headers: { 'content-type': 'application/json', authorization: `Bearer ${value}` },
				body: JSON.stringify(titled(title))
			});
		const accepted = await bearer(token, 'Bearer create');
		expect(accepted.status).toBe(201);
		expect(await savedWithTitle('Bearer create')).toHaveLength(1);
		// The origin check only looks for the header; authentication refuses the token itself.
		const bogus = await bearer('not-a-real-token', 'Bogus bearer create');
		expect(bogus.status).toBe(401);
		expect(((await bogus.json()) as { error?: string }).error).not.toBe('cross-origin');
		expect(await savedWithTitle('Bogus bearer create')).toEqual([]);
	});
});

describe('bodiless writes', () => {
	it('refuses duplicate and undelete without a JSON body, as another site could send them, and acts on {}', async () => {
		const saved = await createOn(server);
		expect((await request(`${api}/${saved.id}`, 'DELETE')).status).toBe(204);
		for (const action of ['duplicate', 'undelete']) {
			const url = `${api}/${saved.id}/${action}`;
			const bare = await request(url, 'POST');
			expect(bare.status, action).toBe(415);
			expect(errorOf(bare).message).toContain('send {} when there is nothing to set');
			const beacon = await request(url, 'POST', 'x', { 'content-type': 'text/plain;charset=UTF-8' });
			expect(beacon.status, action).toBe(415);
			const empty = await request(url, 'POST', '', { 'content-type': 'application/json' });
			expect(empty.status, action).toBe(400);
			expect(errorOf(empty).message).toContain('empty');
		}
		const stillTrashed = (await request(`${api}/${saved.id}`, 'GET')).json as { scenario: SavedScenario };
		expect(stillTrashed.scenario.deletedAt).not.toBeNull();
		expect((await request(`${api}/${saved.id}/undelete`, 'POST', {})).status).toBe(200);
		const copy = await request(`${api}/${saved.id}/duplicate`, 'POST', {});
		expect(copy.status).toBe(201);
	});
});
