// The saved-scenario API against the real built server: creating, reading and listing, the
// trash, rename, duplicate and revisions, and the export → import round trip. Status codes of
// refused requests are in api-errors.test.ts.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SavedScenario } from '../../src/lib/api/types';
import { collectionOf, createOn, errorOf, listIdsOn } from './api-client';
import {
	adminHeaders,
	baselineScenario,
	request,
	startServer,
	tempDataDir,
	TEST_ADMIN,
	type RunningServer
} from './harness';

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

const create = (body?: unknown, headers?: Record<string, string>) => createOn(server, body, headers);
const listIds = (query = '') => listIdsOn(server, query);

describe('create and read', () => {
	it('saves a preset-format file ($schema and all) as revision 1 under a new id', async () => {
		// An x-author header is not trusted: the author is the signed-in account.
		const response = await request(api, 'POST', baselineScenario(), { 'x-author': 'lina' });
		expect(response.status).toBe(201);
		const saved = (response.json as { scenario: SavedScenario }).scenario;
		expect(saved.id).toMatch(/^[a-z0-9]{10}$/);
		expect(saved.scenario.id).toBe(saved.id);
		expect(saved.scenario).not.toHaveProperty('$schema');
		expect(response.headers.get('location')).toBe(`/api/scenarios/${saved.id}`);
		const read = await request(`${api}/${saved.id}`, 'GET');
		expect(read.status).toBe(200);
		expect((read.json as { scenario: SavedScenario }).scenario).toEqual(saved);
		const revisions = await request(`${api}/${saved.id}/revisions`, 'GET');
		expect(revisions.json).toEqual({
			revisions: [expect.objectContaining({ revision: 1, author: TEST_ADMIN.name, note: '', baseRevision: null })],
			nextCursor: null
		});
	});

	it('accepts an envelope with a note; an author in the body or an x-author header is ignored for the account', async () => {
		const saved = await create({
			scenario: baselineScenario(),
			note: 'from the briefing',
			author: 'Director of Analysis'
		});
		const first = await request(`${api}/${saved.id}/revisions/1`, 'GET');
		expect(first.json).toMatchObject({ revision: { note: 'from the briefing', author: TEST_ADMIN.name } });
		const arabic = await create(baselineScenario(), { 'x-author': encodeURIComponent('ليلى') });
		expect((await request(`${api}/${arabic.id}/revisions/1`, 'GET')).json).toMatchObject({
			revision: { author: TEST_ADMIN.name }
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

describe('trash, rename, duplicate, revisions', () => {
	it('trashes and undeletes', async () => {
		const saved = await create();
		expect((await request(`${api}/${saved.id}`, 'DELETE')).status).toBe(204);
		expect(await listIds()).not.toContain(saved.id);
		expect(await listIds('?trash=1')).toContain(saved.id);
		const trashed = await request(`${api}/${saved.id}`, 'GET');
		expect((trashed.json as { scenario: SavedScenario }).scenario.deletedAt).toEqual(expect.any(String));
		const edit = await request(`${api}/${saved.id}`, 'PUT', { baseRevision: 1, scenario: baselineScenario() });
		expect(edit.status).toBe(404);
		const back = await request(`${api}/${saved.id}/undelete`, 'POST', {});
		expect(back.status).toBe(200);
		expect((back.json as { scenario: SavedScenario }).scenario.deletedAt).toBeNull();
		expect(await listIds()).toContain(saved.id);
	});

	it('renames as a new revision, with conflicts like any save', async () => {
		const saved = await create();
		const title = { en: 'Hard line', ar: 'الخط المتشدد' };
		const renamed = await request(`${api}/${saved.id}/rename`, 'POST', { title, baseRevision: 1 });
		expect(renamed.status).toBe(200);
		expect(renamed.json).toMatchObject({ revision: { revision: 2 } });
		expect(((await request(`${api}/${saved.id}`, 'GET')).json as { scenario: SavedScenario }).scenario.title).toEqual(
			title
		);
		expect((await request(`${api}/${saved.id}/rename`, 'POST', { title, baseRevision: 1 })).status).toBe(409);
		const bad = await request(`${api}/${saved.id}/rename`, 'POST', { title: { en: 'Only English' }, baseRevision: 2 });
		expect(bad.status).toBe(400);
		expect(errorOf(bad).problems?.[0].path).toBe('title.ar');
	});

	it('duplicates the head or a given revision', async () => {
		const saved = await create();
		await request(`${api}/${saved.id}`, 'PUT', { baseRevision: 1, scenario: { ...baselineScenario(), notes: 'r2' } });
		const head = await request(`${api}/${saved.id}/duplicate`, 'POST', {});
		expect(head.status).toBe(201);
		const copy = (head.json as { scenario: SavedScenario }).scenario;
		expect(copy.id).not.toBe(saved.id);
		expect(copy.scenario.notes).toBe('r2');
		expect(copy.title.en).toMatch(/\(copy\)$/);
		expect(head.headers.get('location')).toBe(`/api/scenarios/${copy.id}`);
		const first = await request(`${api}/${saved.id}/duplicate`, 'POST', { revision: 1 });
		expect((first.json as { scenario: SavedScenario }).scenario.scenario.notes).toBe(baselineScenario().notes);
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
		const head = (await request(`${api}/${saved.id}`, 'GET')).json as { scenario: SavedScenario };
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
		const exported = await fetch(`${api}/${saved.id}/export?revision=2`, { headers: adminHeaders(api) });
		expect(exported.status).toBe(200);
		expect(exported.headers.get('content-disposition')).toBe(
			'attachment; filename="russia-dprk-baseline-the-current-course-r2.json"'
		);
		const text = await exported.text();
		expect(text.startsWith('{\n  "$schema": "../../static/schema/scenario.json",\n')).toBe(true);
		const file = JSON.parse(text) as SavedScenario['scenario'] & { $schema: string };
		expect(file.id).toBe(saved.id);

		const imported = await request(`${api}/import?name=${encodeURIComponent('r2.json')}`, 'POST', text);
		expect(imported.status).toBe(201);
		const copy = (imported.json as { scenario: SavedScenario }).scenario;
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
