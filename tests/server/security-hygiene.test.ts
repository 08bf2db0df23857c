// Input hygiene at the API (issue 12, point 8), against the real built server: reserved names as
// keys or ids, NUL, control characters and unpaired surrogates in any text are a 400 naming the
// field, and nothing is saved; a malformed path is a JSON 400 with no stack trace in the log.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectionOf, createOn, errorOf, listIdsOn } from './api-client';
import { baselineScenario, request, startServer, tempDataDir, type RunningServer } from './harness';

const data = tempDataDir();
let server: RunningServer;
let api: string;

beforeAll(async () => {
	server = await startServer({ dataDir: data.dir });
	api = collectionOf(server);
}, 30_000);

afterAll(async () => {
	await server?.stop();
	data.remove();
}, 15_000);

/** The preset as JSON text with `key` added to its drivers: written as text, since an object literal's __proto__ would set the prototype. */
function withDriverKey(key: string): string {
	const text = JSON.stringify(baselineScenario());
	return text.replace(
		'"drivers":{',
		`"drivers":{${JSON.stringify(key)}:{"weight":1,"assessment":0,"low":0,"high":0,"trend":0},`
	);
}

async function expectRefused(
	response: Promise<{ status: number; json: unknown }>,
	path: string,
	message: string | RegExp
): Promise<void> {
	const answer = await response;
	expect(answer.status, path).toBe(400);
	expect(errorOf(answer).problems, path).toContainEqual(
		expect.objectContaining({ path, message: expect.stringMatching(message) })
	);
}

describe('reserved names', () => {
	it('refuses __proto__, constructor and prototype as driver keys, naming the field, and saves nothing', async () => {
		const before = await listIdsOn(server);
		for (const key of ['__proto__', 'constructor', 'prototype']) {
			await expectRefused(request(api, 'POST', withDriverKey(key)), `drivers.${key}`, /reserved name/);
			await expectRefused(
				request(`${api}/import?name=file.json`, 'POST', withDriverKey(key)),
				`drivers.${key}`,
				/reserved name/
			);
		}
		const saved = await createOn(server);
		const envelope = `{"baseRevision":1,"scenario":${withDriverKey('__proto__')}}`;
		await expectRefused(request(`${api}/${saved.id}`, 'PUT', envelope), 'scenario.drivers.__proto__', /reserved/);
		await expectRefused(request(api, 'POST', { ...baselineScenario(), id: 'constructor' }), 'id', /reserved/);
		expect(await listIdsOn(server)).toEqual([saved.id, ...before]);
	});

	it('refuses them in an event record and as a top-level key', async () => {
		const text = JSON.stringify(baselineScenario()).replace('"events":{', '"events":{"prototype":0.5,');
		await expectRefused(request(api, 'POST', text), 'events.prototype', /reserved/);
		await expectRefused(request(api, 'POST', `{"__proto__":{"x":1},"scenario":{}}`), '__proto__', /reserved/);
	});
});

describe('unclean text', () => {
	it('refuses NUL, other control characters and unpaired surrogates in any text field, naming it', async () => {
		const nul = { ...baselineScenario(), title: { en: 'Bad\u0000title', ar: 'عنوان' } };
		await expectRefused(request(api, 'POST', nul), 'title.en', /NUL character \(U\+0000\) at position 3/);
		const escape = { ...baselineScenario(), title: { en: 'Title', ar: 'عنوان\u001b[31m' } };
		await expectRefused(request(api, 'POST', escape), 'title.ar', /control character \(U\+001B\)/);
		// JSON.stringify writes a lone surrogate as the escape \ud800, as a hostile client would.
		await expectRefused(
			request(api, 'POST', { scenario: baselineScenario(), note: 'half an emoji \ud83d' }),
			'note',
			/unpaired surrogate \(U\+D83D\)/
		);
		const saved = await createOn(server);
		await expectRefused(
			request(`${api}/${saved.id}/rename`, 'POST', { title: { en: 'a\u0000', ar: 'b' }, baseRevision: 1 }),
			'title.en',
			/NUL/
		);
		await expectRefused(request(`${api}?search=a%00b`, 'GET'), 'search', /NUL/);
	});

	it('keeps tabs, line breaks and every script', async () => {
		const response = await request(api, 'POST', {
			scenario: { ...baselineScenario(), title: { en: 'Tab\tand 🙂', ar: 'سطر' } },
			note: 'line one\nline two\r\n\tindented'
		});
		expect(response.status).toBe(201);
	});
});

describe('a malformed path', () => {
	it('gets a JSON 400 and leaves no stack trace in the log', async () => {
		const logBefore = server.output().length;
		for (const path of ['/api/scenarios/%E0%A4%A', '/scenarios/%E0%A4%A', '/%ZZ']) {
			const response = await request(`${server.url}${path}`, 'GET');
			expect(response.status, path).toBe(400);
			expect(response.headers.get('content-type'), path).toContain('application/json');
			expect(response.json, path).toMatchObject({
				error: 'invalid',
				problems: [{ path: 'path', message: expect.stringContaining('percent-encoded') }]
			});
		}
		// A page that does not exist is the visitor's mistake too: answered, not logged.
		expect((await request(`${server.url}/no/such/page`, 'GET')).status).toBe(404);
		await new Promise((resolve) => setTimeout(resolve, 200));
		const logged = server.output().slice(logBefore);
		expect(logged).not.toMatch(/\n\s+at /);
		expect(logged).not.toMatch(/Error/);
	});
});
