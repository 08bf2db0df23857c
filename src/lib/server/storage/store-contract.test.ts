// The store's contract, run on every backend (SQLite always; PostgreSQL when the test run has a
// cluster, see db/test-databases.ts): the same calls, the same answers.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ScenarioInput } from '$lib/model';
import { tinyScenario } from '$lib/schema/test-fixtures';
import { testBackends, type TestDatabase } from '../db/test-databases';
import type { ScenarioStore } from './types';

function scenario(en = 'Baseline', ar = 'السيناريو الأساسي'): ScenarioInput {
	const { $schema: _ref, ...rest } = tinyScenario();
	return { ...rest, title: { en, ar } };
}

function withWeight(s: ScenarioInput, weight: number): ScenarioInput {
	return { ...s, drivers: { ...s.drivers, china: { ...s.drivers.china, weight } } };
}

describe.each(testBackends())('the store on $name', (backend) => {
	let opened: TestDatabase;
	let store: ScenarioStore;

	beforeEach(async () => {
		opened = await backend.open();
		store = opened.database.store;
	});
	afterEach(() => opened.close());

	const lina = { id: 'u-lina', name: 'lina' };

	describe('create, get and list', () => {
		it('creates revision 1 and stores the saved id inside the scenario', async () => {
			const saved = await store.create({ scenario: scenario(), note: 'first', author: lina });
			expect(saved.id).toMatch(/^[a-z0-9]{10}$/);
			expect(saved.scenario.id).toBe(saved.id);
			expect(saved).toMatchObject({ modelId: 'tiny', headRevision: 1, deletedAt: null, title: { en: 'Baseline' } });
			expect(await store.get(saved.id)).toEqual(saved);
			expect((await store.revisions(saved.id))?.items).toEqual([
				expect.objectContaining({
					scenarioId: saved.id,
					revision: 1,
					author: 'lina',
					note: 'first',
					baseRevision: null
				})
			]);
			expect(await store.get('nope')).toBeNull();
		});

		it('defaults the author and the note', async () => {
			const saved = await store.create({ scenario: scenario() });
			expect(await store.revision(saved.id, 1)).toMatchObject({ author: 'analyst', note: '' });
		});

		it('lists the newest first, filtered by model and by search in either language, case-insensitively', async () => {
			const a = await store.create({ scenario: scenario('Ceasefire drift', 'انجراف وقف إطلاق النار') });
			const b = await store.create({ scenario: scenario('China restrains', 'الصين تكبح') });
			const c = await store.create({ scenario: { ...scenario('Other model', 'نموذج آخر'), model: 'other' } });
			expect((await store.list()).items.map((s) => s.id)).toEqual([c.id, b.id, a.id]);
			expect((await store.list({ modelId: 'tiny' })).items.map((s) => s.id)).toEqual([b.id, a.id]);
			expect((await store.list({ search: 'CHINA' })).items.map((s) => s.id)).toEqual([b.id]);
			expect((await store.list({ search: '  drift ' })).items.map((s) => s.id)).toEqual([a.id]);
			expect((await store.list({ search: 'الصين' })).items.map((s) => s.id)).toEqual([b.id]);
			// Typed without the hamza, as people often do.
			expect((await store.list({ search: 'اطلاق' })).items.map((s) => s.id)).toEqual([a.id]);
			expect((await store.list({ search: 'model', modelId: 'tiny' })).items).toEqual([]);
			expect((await store.list({ search: '%' })).items).toEqual([]);
			expect((await store.list({ search: '' })).items).toHaveLength(3);
		});
	});

	describe('save and conflicts', () => {
		it('appends a revision on top of the head', async () => {
			const saved = await store.create({ scenario: scenario() });
			const result = await store.save(saved.id, {
				baseRevision: 1,
				scenario: withWeight(scenario('Renamed in save'), 0.1),
				note: 'lower china'
			});
			expect(result).toMatchObject({ ok: true, revision: { revision: 2, baseRevision: 1, note: 'lower china' } });
			const now = await store.get(saved.id);
			expect(now).toMatchObject({ headRevision: 2, title: { en: 'Renamed in save' } });
			expect(now?.scenario.drivers.china.weight).toBe(0.1);
			expect(now?.scenario.id).toBe(saved.id);
			expect((await store.revision(saved.id, 1))?.scenario.drivers.china.weight).toBe(scenario().drivers.china.weight);
		});

		it('refuses a stale base with the current head and writes nothing', async () => {
			const saved = await store.create({ scenario: scenario() });
			await store.save(saved.id, { baseRevision: 1, scenario: withWeight(scenario(), 0.2), note: 'mine' });
			const before = (await store.revisions(saved.id))?.items;
			const result = await store.save(saved.id, {
				baseRevision: 1,
				scenario: withWeight(scenario(), 0.9),
				note: 'theirs'
			});
			expect(result).toMatchObject({ ok: false, conflict: { revision: 2, note: 'mine' } });
			if (result && !result.ok) expect(result.conflict.scenario.drivers.china.weight).toBe(0.2);
			expect((await store.revisions(saved.id))?.items).toEqual(before);
			expect(await store.save(saved.id, { baseRevision: 5, scenario: scenario() })).toMatchObject({ ok: false });
			expect((await store.get(saved.id))?.headRevision).toBe(2);
		});

		it('answers null for an unknown or trashed scenario', async () => {
			expect(await store.save('nope', { baseRevision: 1, scenario: scenario() })).toBeNull();
			const saved = await store.create({ scenario: scenario() });
			await store.remove(saved.id);
			expect(await store.save(saved.id, { baseRevision: 1, scenario: scenario() })).toBeNull();
			expect(await store.rename(saved.id, { en: 'x', ar: 'س' }, 1)).toBeNull();
		});
	});

	describe('rename, duplicate, trash', () => {
		it('renames as a new revision that changes only the title', async () => {
			const saved = await store.create({ scenario: scenario() });
			const result = await store.rename(saved.id, { en: 'Hard line', ar: 'الخط المتشدد' }, 1, {
				id: 'u-omar',
				name: 'omar'
			});
			expect(result).toMatchObject({ ok: true, revision: { revision: 2, author: 'omar' } });
			const head = await store.get(saved.id);
			expect(head?.title).toEqual({ en: 'Hard line', ar: 'الخط المتشدد' });
			expect({ ...head?.scenario, title: null }).toEqual({ ...saved.scenario, title: null });
			expect((await store.list({ search: 'hard' })).items).toHaveLength(1);
			expect(await store.rename(saved.id, { en: 'Again', ar: 'مجددا' }, 1)).toMatchObject({
				ok: false,
				conflict: { revision: 2 }
			});
		});

		it('duplicates the head or an older revision under a new id', async () => {
			const saved = await store.create({ scenario: scenario() });
			await store.save(saved.id, { baseRevision: 1, scenario: withWeight(scenario(), 0.3) });
			const copy = await store.duplicate(saved.id, undefined, { id: 'u-sara', name: 'sara' });
			expect(copy).toMatchObject({ headRevision: 1, title: { en: 'Baseline (copy)', ar: 'السيناريو الأساسي (نسخة)' } });
			expect(copy?.id).not.toBe(saved.id);
			expect(copy?.scenario.id).toBe(copy?.id);
			expect(copy?.scenario.drivers.china.weight).toBe(0.3);
			expect(await store.revision(copy?.id ?? '', 1)).toMatchObject({
				author: 'sara',
				note: `Duplicated from ${saved.id} revision 2`
			});
			expect((await store.duplicate(saved.id, 1))?.scenario.drivers.china.weight).toBe(scenario().drivers.china.weight);
			expect(await store.duplicate(saved.id, 9)).toBeNull();
			expect(await store.duplicate('nope')).toBeNull();
		});

		it('moves to the trash and back', async () => {
			const a = await store.create({ scenario: scenario('Kept') });
			const b = await store.create({ scenario: scenario('Binned') });
			expect(await store.remove(b.id)).toBe(true);
			expect((await store.list()).items.map((s) => s.id)).toEqual([a.id]);
			expect((await store.list({ trash: true })).items.map((s) => s.id)).toEqual([b.id]);
			const trashed = await store.get(b.id);
			expect(trashed?.deletedAt).toEqual(expect.any(String));
			expect(await store.remove(b.id)).toBe(true);
			expect((await store.get(b.id))?.deletedAt).toBe(trashed?.deletedAt);
			expect(await store.restore(b.id)).toBe(true);
			expect((await store.get(b.id))?.deletedAt).toBeNull();
			expect((await store.list()).items).toHaveLength(2);
			expect(await store.remove('nope')).toBe(false);
			expect(await store.restore('nope')).toBe(false);
		});
	});

	describe('revisions', () => {
		it('lists newest first and restores an old revision as a new one', async () => {
			const saved = await store.create({ scenario: scenario() });
			await store.save(saved.id, { baseRevision: 1, scenario: withWeight(scenario(), 0.2), note: 'two' });
			await store.save(saved.id, { baseRevision: 2, scenario: withWeight(scenario(), 0.4), note: 'three' });
			expect((await store.revisions(saved.id))?.items.map((r) => r.revision)).toEqual([3, 2, 1]);
			expect(await store.revisions('nope')).toBeNull();
			expect(await store.revision(saved.id, 4)).toBeNull();

			expect(await store.restoreRevision(saved.id, 1, 2)).toMatchObject({ ok: false, conflict: { revision: 3 } });
			const restored = await store.restoreRevision(saved.id, 1, 3, undefined, lina);
			expect(restored).toMatchObject({
				ok: true,
				revision: { revision: 4, baseRevision: 3, note: 'Restored revision 1', author: 'lina' }
			});
			expect((await store.get(saved.id))?.scenario).toEqual((await store.revision(saved.id, 1))?.scenario);
			expect(await store.restoreRevision(saved.id, 9, 4)).toBeNull();
		});
	});
});

describe.each(testBackends())('concurrent saves on $name', (backend) => {
	let opened: TestDatabase;
	let store: ScenarioStore;
	beforeEach(async () => {
		opened = await backend.open();
		store = opened.database.store;
	});
	afterEach(() => opened.close());

	function base(): ScenarioInput {
		const { $schema: _ref, ...rest } = tinyScenario();
		return rest;
	}

	it('accept exactly one of many saves from the same revision; the rest are conflicts naming it', async () => {
		const { id } = await store.create({ scenario: base() });
		const results = await Promise.all(
			Array.from({ length: 40 }, (_, i) => store.save(id, { baseRevision: 1, scenario: base(), note: `try ${i}` }))
		);
		const accepted = results.filter((r) => r?.ok);
		expect(accepted).toHaveLength(1);
		for (const r of results) if (r && !r.ok) expect(r.conflict.revision).toBe(2);
		expect((await store.revisions(id))?.items.map((r) => r.revision)).toEqual([2, 1]);
	});

	it('keep the history contiguous when saves race on whatever head each one read', async () => {
		const { id } = await store.create({ scenario: base() });
		const writer = async (tag: string) => {
			let ok = 0;
			for (let i = 0; i < 15; i++) {
				const head = (await store.get(id))?.headRevision ?? 0;
				const result = await store.save(id, { baseRevision: head, scenario: base(), note: `${tag}-${i}` });
				if (result?.ok) ok += 1;
			}
			return ok;
		};
		const saved = (await Promise.all(['a', 'b', 'c', 'd'].map(writer))).reduce((sum, n) => sum + n, 0);
		const revisions = (await store.revisions(id, { limit: 200 }))?.items ?? [];
		expect(revisions).toHaveLength(1 + saved);
		expect(revisions.map((r) => r.revision)).toEqual(revisions.map((_, i) => revisions.length - i));
		for (const r of revisions.slice(0, -1)) expect(r.baseRevision).toBe(r.revision - 1);
		expect(new Set(revisions.map((r) => r.note)).size).toBe(revisions.length);
	});
});
