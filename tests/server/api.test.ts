// The saved-scenario API against the real built server: status codes, error shapes, and the
// export → import round trip.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baselineScenario, request, startServer, tempDataDir, type RunningServer } from './harness';

interface Problem {
	file: string;
	path: string;
	message: string;
}
interface ErrorBody {
	error: string;
	message: string;
	problems?: Problem[];
	current?: { revision: number; note: string };
}
interface Saved {
	id: string;
	headRevision: number;
	title: { en: string; ar: string };
	deletedAt: string | null;
	scenario: Record<string, unknown> & { id: string; drivers: Record<string, Record<string, number>> };
}

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
	api = `${server.url}/api/scenarios`;
}, 30_000);

afterAll(async () => {
	await Promise.all([server?.stop(), bigLimit?.stop()]);
	data.remove();
	bigLimitData.remove();
}, 15_000);

async function create(body: unknown = baselineScenario(), headers: Record<string, string> = {}): Promise<Saved> {
	const response = await request(api, 'POST', body, headers);
	expect(response.status).toBe(201);
	return (response.json as { scenario: Saved }).scenario;
}

async function listIds(query = '', on: RunningServer = server): Promise<string[]> {
	const response = await request(`${on.url}/api/scenarios${query}`, 'GET');
	return (response.json as { scenarios: { id: string }[] }).scenarios.map((s) => s.id);
}

function errorOf(response: { json: unknown }): ErrorBody {
	return response.json as ErrorBody;
}

describe('create and read', () => {
	it('saves a preset-format file ($schema and all) as revision 1 under a new id', async () => {
		const response = await request(api, 'POST', baselineScenario(), { 'x-author': 'lina' });
		expect(response.status).toBe(201);
		const saved = (response.json as { scenario: Saved }).scenario;
		expect(saved.id).toMatch(/^[a-z0-9]{10}$/);
		expect(saved.scenario.id).toBe(saved.id);
		expect(saved.scenario).not.toHaveProperty('$schema');
		expect(response.headers.get('location')).toBe(`/api/scenarios/${saved.id}`);
		const read = await request(`${api}/${saved.id}`, 'GET');
		expect(read.status).toBe(200);
		expect((read.json as { scenario: Saved }).scenario).toEqual(saved);
		const revisions = await request(`${api}/${saved.id}/revisions`, 'GET');
		expect(revisions.json).toEqual({
			revisions: [expect.objectContaining({ revision: 1, author: 'lina', note: '', baseRevision: null })]
		});
	});

	it('accepts an envelope with a note and an author, and a percent-encoded Arabic author header', async () => {
		const saved = await create({ scenario: baselineScenario(), note: 'from the briefing', author: '  Omar  ' });
		const first = await request(`${api}/${saved.id}/revisions/1`, 'GET');
		expect(first.json).toMatchObject({ revision: { note: 'from the briefing', author: 'Omar' } });
		const arabic = await create(baselineScenario(), { 'x-author': encodeURIComponent('ليلى') });
		expect((await request(`${api}/${arabic.id}/revisions/1`, 'GET')).json).toMatchObject({
			revision: { author: 'ليلى' }
		});
	});

	it('lists with search in both languages and by model', async () => {
		const renamed = baselineScenario();
		renamed.title = { en: 'Zebra Crossing', ar: 'عبور الحمار الوحشي' };
		const saved = await create(renamed);
		expect(await listIds('?search=zebra')).toEqual([saved.id]);
		expect(await listIds(`?search=${encodeURIComponent('الوحشي')}`)).toEqual([saved.id]);
		expect(await listIds('?model=russia-dprk')).toContain(saved.id);
		expect(await listIds('?model=elsewhere')).toEqual([]);
	});
});

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
		const longAuthor = await request(
			`${api}/${saved.id}`,
			'PUT',
			{ baseRevision: 1, scenario: baselineScenario() },
			{ 'x-author': 'x'.repeat(81) }
		);
		expect(longAuthor.status).toBe(400);
		expect(errorOf(longAuthor).problems?.[0].path).toBe('x-author');
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
		const padded = (bytes: number) => JSON.stringify({ ...baselineScenario(), notes: 'x'.repeat(bytes) });
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
			headers: { 'content-type': 'application/json' },
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
			headers: { 'content-type': 'application/json' },
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
			// From the app itself, from another site and from a script with no Origin: all 415.
			for (const origin of [server.url, 'https://elsewhere.example', undefined]) {
				const response = await request(`${api}/${saved.id}`, 'PUT', body, {
					'content-type': type,
					...(origin && { origin })
				});
				expect(response.status, `${type} from ${origin}`).toBe(415);
				expect(errorOf(response).error).toBe('unsupported-media-type');
			}
		}
		expect((await fetch(`${api}/${saved.id}`, { method: 'PUT', body: new Blob([body]) })).status).toBe(415);
		const charset = await request(`${api}/${saved.id}`, 'PUT', body, {
			'content-type': 'Application/JSON; charset=utf-8'
		});
		expect(charset.status).toBe(200);
	});
});

describe('trash, rename, duplicate, revisions', () => {
	it('trashes and undeletes', async () => {
		const saved = await create();
		expect((await request(`${api}/${saved.id}`, 'DELETE')).status).toBe(204);
		expect(await listIds()).not.toContain(saved.id);
		expect(await listIds('?trash=1')).toContain(saved.id);
		const trashed = await request(`${api}/${saved.id}`, 'GET');
		expect((trashed.json as { scenario: Saved }).scenario.deletedAt).toEqual(expect.any(String));
		const edit = await request(`${api}/${saved.id}`, 'PUT', { baseRevision: 1, scenario: baselineScenario() });
		expect(edit.status).toBe(404);
		const back = await request(`${api}/${saved.id}/undelete`, 'POST');
		expect(back.status).toBe(200);
		expect((back.json as { scenario: Saved }).scenario.deletedAt).toBeNull();
		expect(await listIds()).toContain(saved.id);
	});

	it('renames as a new revision, with conflicts like any save', async () => {
		const saved = await create();
		const title = { en: 'Hard line', ar: 'الخط المتشدد' };
		const renamed = await request(`${api}/${saved.id}/rename`, 'POST', { title, baseRevision: 1 });
		expect(renamed.status).toBe(200);
		expect(renamed.json).toMatchObject({ revision: { revision: 2 } });
		expect(((await request(`${api}/${saved.id}`, 'GET')).json as { scenario: Saved }).scenario.title).toEqual(title);
		expect((await request(`${api}/${saved.id}/rename`, 'POST', { title, baseRevision: 1 })).status).toBe(409);
		const bad = await request(`${api}/${saved.id}/rename`, 'POST', { title: { en: 'Only English' }, baseRevision: 2 });
		expect(bad.status).toBe(400);
		expect(errorOf(bad).problems?.[0].path).toBe('title.ar');
	});

	it('duplicates the head or a given revision', async () => {
		const saved = await create();
		await request(`${api}/${saved.id}`, 'PUT', { baseRevision: 1, scenario: { ...baselineScenario(), notes: 'r2' } });
		const head = await request(`${api}/${saved.id}/duplicate`, 'POST');
		expect(head.status).toBe(201);
		const copy = (head.json as { scenario: Saved }).scenario;
		expect(copy.id).not.toBe(saved.id);
		expect(copy.scenario.notes).toBe('r2');
		expect(copy.title.en).toMatch(/\(copy\)$/);
		expect(head.headers.get('location')).toBe(`/api/scenarios/${copy.id}`);
		const first = await request(`${api}/${saved.id}/duplicate`, 'POST', { revision: 1 });
		expect((first.json as { scenario: Saved }).scenario.scenario.notes).toBe(baselineScenario().notes);
		expect((await request(`${api}/${saved.id}/duplicate`, 'POST', { revision: 7 })).status).toBe(404);
	});

	it('lists revisions newest first and restores an old one as a new revision', async () => {
		const saved = await create();
		await request(`${api}/${saved.id}`, 'PUT', {
			baseRevision: 1,
			scenario: { ...baselineScenario(), notes: 'r2' },
			note: 'two'
		});
		const list = await request(`${api}/${saved.id}/revisions`, 'GET');
		expect((list.json as { revisions: { revision: number }[] }).revisions.map((r) => r.revision)).toEqual([2, 1]);
		const stale = await request(`${api}/${saved.id}/revisions/1/restore`, 'POST', { baseRevision: 1 });
		expect(stale.status).toBe(409);
		const restored = await request(`${api}/${saved.id}/revisions/1/restore`, 'POST', { baseRevision: 2 });
		expect(restored.status).toBe(200);
		expect(restored.json).toMatchObject({ revision: { revision: 3, baseRevision: 2, note: 'Restored revision 1' } });
		const head = (await request(`${api}/${saved.id}`, 'GET')).json as { scenario: Saved };
		expect(head.scenario.scenario.notes).toBe(baselineScenario().notes);
		expect((await request(`${api}/${saved.id}/revisions/9/restore`, 'POST', { baseRevision: 3 })).status).toBe(404);
	});
});

describe('export and import', () => {
	it('exports a preset-format file that imports back to the same scenario', async () => {
		const saved = await create();
		await request(`${api}/${saved.id}`, 'PUT', {
			baseRevision: 1,
			scenario: { ...baselineScenario(), notes: 'exported' }
		});
		const exported = await fetch(`${api}/${saved.id}/export?revision=2`);
		expect(exported.status).toBe(200);
		expect(exported.headers.get('content-disposition')).toBe(
			'attachment; filename="russia-dprk-baseline-the-current-course-r2.json"'
		);
		const text = await exported.text();
		expect(text.startsWith('{\n  "$schema": "../../static/schema/scenario.json",\n')).toBe(true);
		const file = JSON.parse(text) as Saved['scenario'];
		expect(file.id).toBe(saved.id);

		const imported = await request(`${api}/import?name=${encodeURIComponent('r2.json')}`, 'POST', text);
		expect(imported.status).toBe(201);
		const copy = (imported.json as { scenario: Saved }).scenario;
		expect(copy.id).not.toBe(saved.id);
		const { $schema: _ref, ...withoutRef } = file;
		expect(copy.scenario).toEqual({ ...withoutRef, id: copy.id });
		expect((await request(`${api}/${copy.id}/revisions/1`, 'GET')).json).toMatchObject({
			revision: { note: 'Imported from r2.json' }
		});
		expect((await request(`${api}/${saved.id}/export?revision=x`, 'GET')).status).toBe(400);
	});

	it('saves nothing from an invalid file and names the file in its problems', async () => {
		const before = await listIds();
		const broken = baselineScenario();
		broken.drivers['china-calculus'].weight = 3;
		const response = await request(`${api}/import?name=mine.json`, 'POST', broken);
		expect(response.status).toBe(400);
		expect(errorOf(response).problems?.[0]).toMatchObject({ file: 'mine.json', path: 'drivers.china-calculus.weight' });
		const notJson = await request(`${api}/import?name=mine.json`, 'POST', 'not json');
		expect(notJson.status).toBe(400);
		expect(await listIds()).toEqual(before);
	});
});
