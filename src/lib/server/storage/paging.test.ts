import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ScenarioInput } from '$lib/model';
import { tinyScenario } from '$lib/schema/test-fixtures';
import { testBackends, type TestDatabase } from '../db/test-databases';
import { openDatabase } from '../db/sqlite/database';
import { scenarioQuery } from '../db/sqlite/list-queries';
import { decodeCursor, encodeCursor, PAGE_LIMITS, type PageKey } from './paging';
import type { ScenarioStore } from './types';

let dir: string;
let opened: TestDatabase;
let store: ScenarioStore;

function scenario(n: number): ScenarioInput {
	const { $schema: _ref, ...rest } = tinyScenario();
	return { ...rest, title: { en: `Case ${n}`, ar: `حالة ${n}` } };
}

/** One after another, so that each is newer than the last. */
async function createMany(count: number): Promise<string[]> {
	const ids: string[] = [];
	for (let n = 0; n < count; n++) ids.push((await store.create({ scenario: scenario(n) })).id);
	return ids;
}

/** Every page from the first, `between(pageIndex)` running after each page is read. */
async function readAll(
	limit: number,
	options: { trash?: boolean } = {},
	between: (page: number) => Promise<unknown> = async () => {}
): Promise<string[]> {
	const ids: string[] = [];
	let after: PageKey | undefined;
	for (let page = 0; page < 1000; page++) {
		const got = await store.list({ ...options, limit, after });
		ids.push(...got.items.map((s) => s.id));
		if (!got.next) return ids;
		await between(page);
		after = got.next;
	}
	throw new Error('paging did not end');
}

describe.each(testBackends())('paged lists on $name', (backend) => {
	beforeEach(async () => {
		opened = await backend.open();
		store = opened.database.store;
	});
	afterEach(async () => opened.close());

	it('read page by page, give every row once, in the list order, with no next after the last', async () => {
		const ids = (await createMany(23)).reverse();
		expect(await readAll(5)).toEqual(ids);
		expect(await readAll(23)).toEqual(ids);
		expect((await store.list({ limit: 23 })).next).toBeNull();
		expect((await store.list({ limit: 22 })).next).not.toBeNull();
	});

	it('neither repeat nor skip a row when others save between pages', async () => {
		const ids = (await createMany(12)).reverse();
		const seen = await readAll(4, {}, () => createMany(3));
		expect(seen).toEqual(ids);
	});

	it('go back: the page before a key is the page that led to it', async () => {
		await createMany(9);
		const first = await store.list({ limit: 4 });
		const second = await store.list({ limit: 4, after: first.next ?? undefined });
		expect(second.previous).not.toBeNull();
		const back = await store.list({ limit: 4, before: second.previous ?? undefined });
		expect(back.items.map((s) => s.id)).toEqual(first.items.map((s) => s.id));
		expect(back.previous).toBeNull();
		expect(back.next).toEqual(first.next);
	});

	it('page the trash by when things went there', async () => {
		const ids = await createMany(7);
		for (const id of ids) await store.remove(id);
		expect(await readAll(3, { trash: true })).toEqual([...ids].reverse());
		expect((await store.list()).items).toEqual([]);
	});

	it('page revisions newest first', async () => {
		const saved = await store.create({ scenario: scenario(0) });
		for (let base = 1; base < 8; base++) await store.save(saved.id, { baseRevision: base, scenario: scenario(base) });
		const first = await store.revisions(saved.id, { limit: 3 });
		expect(first?.items.map((r) => r.revision)).toEqual([8, 7, 6]);
		const second = await store.revisions(saved.id, { limit: 3, after: first?.next ?? undefined });
		expect(second?.items.map((r) => r.revision)).toEqual([5, 4, 3]);
		const last = await store.revisions(saved.id, { limit: 3, after: second?.next ?? undefined });
		expect(last?.items.map((r) => r.revision)).toEqual([2, 1]);
		expect(last?.next).toBeNull();
	});

	it('bound every page: the default and the most a page holds', async () => {
		await createMany(PAGE_LIMITS.max + 1);
		expect((await store.list()).items).toHaveLength(PAGE_LIMITS.default);
		expect((await store.list({ limit: 10_000 })).items).toHaveLength(PAGE_LIMITS.max);
	});

	it('hold under any interleaving of page sizes and saves (property)', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.integer({ min: 1, max: 6 }),
				fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 10 }),
				async (limit, inserts) => {
					const before = await readAll(PAGE_LIMITS.max);
					const seen = await readAll(limit, {}, (page) => createMany(inserts[page] ?? 0));
					expect(seen).toEqual(before);
				}
			),
			{ numRuns: 40 }
		);
	});
});

describe('cursors', () => {
	it('round-trip a key of their own list only', () => {
		const cursor = encodeCursor('live', ['2026-01-01T00:00:00.000Z', 12]);
		expect(decodeCursor('live', cursor)).toEqual(['2026-01-01T00:00:00.000Z', 12]);
		expect(decodeCursor('trash', cursor)).toBeNull();
		expect(decodeCursor('revisions', encodeCursor('revisions', [3]))).toEqual([3]);
	});

	it('refuse anything else without throwing', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 600 }), (text) => {
				const key = decodeCursor('live', text);
				if (key !== null) expect(encodeCursor('live', key)).toBe(text.replace(/=+$/, ''));
			})
		);
		for (const bad of ['', '!!', 'x'.repeat(500), encodeCursor('live', ['a', 1.5]), btoa('["live",1,2]')])
			expect(decodeCursor('live', bad), bad).toBeNull();
	});
});

describe('list queries on SQLite', () => {
	beforeEach(() => {
		dir = mkdtempSync(path.join(os.tmpdir(), 'scenario-paging-'));
	});
	afterEach(() => rmSync(dir, { recursive: true, force: true }));

	it('read pages through an index in the list order, never sorting every row', () => {
		const db = openDatabase(path.join(dir, 'plan.sqlite'));
		try {
			for (const trash of [false, true])
				for (const direction of ['', '<', '>'] as const) {
					const plan = db
						.prepare<Record<string, unknown>, { detail: string }>(
							`EXPLAIN QUERY PLAN ${scenarioQuery(trash, direction)}`
						)
						.all({ model: null, search: null, k0: 'a', k1: 'b', k2: 1, take: 5 })
						.map((row) => row.detail)
						.join('; ');
					expect(plan, `${trash ? 'trash' : 'live'} ${direction}`).not.toMatch(/TEMP B-TREE/);
				}
		} finally {
			db.close();
		}
	});
});
