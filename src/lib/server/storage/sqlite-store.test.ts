import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ScenarioInput } from '$lib/model';
import { tinyScenario } from '$lib/schema/test-fixtures';
import { ID_LENGTH, newId } from './ids';
import { migrate, migrations, userVersion, type Migration } from './migrations';
import { foldForSearch } from './search-text';
import { openStore } from './sqlite-store';
import type { ScenarioStore } from './types';

let dir: string;
let file: string;
let store: ScenarioStore;

beforeEach(() => {
	dir = mkdtempSync(path.join(os.tmpdir(), 'scenario-store-'));
	file = path.join(dir, 'test.sqlite');
	store = openStore(file);
});

afterEach(() => {
	store.close();
	rmSync(dir, { recursive: true, force: true });
});

function scenario(en = 'Baseline', ar = 'السيناريو الأساسي'): ScenarioInput {
	const { $schema: _ref, ...rest } = tinyScenario();
	return { ...rest, title: { en, ar } };
}

function withWeight(s: ScenarioInput, weight: number): ScenarioInput {
	return { ...s, drivers: { ...s.drivers, china: { ...s.drivers.china, weight } } };
}

describe('ids', () => {
	it('are short kebab-case-safe ids that do not repeat', () => {
		const ids = Array.from({ length: 2000 }, () => newId());
		for (const id of ids) expect(id).toMatch(new RegExp(`^[a-z0-9]{${ID_LENGTH}}$`));
		expect(new Set(ids).size).toBe(ids.length);
	});
});

describe('search folding', () => {
	it('folds case, Arabic vowel marks, tatweel and alef forms', () => {
		expect(foldForSearch('ÉCLAT Baseline')).toBe('éclat baseline');
		expect(foldForSearch('الأساسيّ')).toBe(foldForSearch('الاساسي'));
		expect(foldForSearch('إنـــهاء')).toBe('انهاء');
	});
});

const lina = { id: 'u-lina', name: 'lina' };

describe('create, get and list', () => {
	it('creates revision 1 and stores the saved id inside the scenario', () => {
		const saved = store.create({ scenario: scenario(), note: 'first', author: lina });
		expect(saved.id).toMatch(/^[a-z0-9]{10}$/);
		expect(saved.scenario.id).toBe(saved.id);
		expect(saved).toMatchObject({ modelId: 'tiny', headRevision: 1, deletedAt: null, title: { en: 'Baseline' } });
		expect(store.get(saved.id)).toEqual(saved);
		expect(store.revisions(saved.id)?.items).toEqual([
			expect.objectContaining({ scenarioId: saved.id, revision: 1, author: 'lina', note: 'first', baseRevision: null })
		]);
		expect(store.get('nope')).toBeNull();
	});

	it('defaults the author and the note', () => {
		const saved = store.create({ scenario: scenario() });
		expect(store.revision(saved.id, 1)).toMatchObject({ author: 'analyst', note: '' });
	});

	it('lists the newest first, filtered by model and by search in either language, case-insensitively', () => {
		const a = store.create({ scenario: scenario('Ceasefire drift', 'انجراف وقف إطلاق النار') });
		const b = store.create({ scenario: scenario('China restrains', 'الصين تكبح') });
		const c = store.create({ scenario: { ...scenario('Other model', 'نموذج آخر'), model: 'other' } });
		expect(store.list().items.map((s) => s.id)).toEqual([c.id, b.id, a.id]);
		expect(store.list({ modelId: 'tiny' }).items.map((s) => s.id)).toEqual([b.id, a.id]);
		expect(store.list({ search: 'CHINA' }).items.map((s) => s.id)).toEqual([b.id]);
		expect(store.list({ search: '  drift ' }).items.map((s) => s.id)).toEqual([a.id]);
		expect(store.list({ search: 'الصين' }).items.map((s) => s.id)).toEqual([b.id]);
		// Typed without the hamza, as people often do.
		expect(store.list({ search: 'اطلاق' }).items.map((s) => s.id)).toEqual([a.id]);
		expect(store.list({ search: 'model', modelId: 'tiny' }).items).toEqual([]);
		expect(store.list({ search: '%' }).items).toEqual([]);
		expect(store.list({ search: '' }).items).toHaveLength(3);
	});
});

describe('save and conflicts', () => {
	it('appends a revision on top of the head', () => {
		const saved = store.create({ scenario: scenario() });
		const result = store.save(saved.id, {
			baseRevision: 1,
			scenario: withWeight(scenario('Renamed in save'), 0.1),
			note: 'lower china'
		});
		expect(result).toMatchObject({ ok: true, revision: { revision: 2, baseRevision: 1, note: 'lower china' } });
		const now = store.get(saved.id);
		expect(now).toMatchObject({ headRevision: 2, title: { en: 'Renamed in save' } });
		expect(now?.scenario.drivers.china.weight).toBe(0.1);
		expect(now?.scenario.id).toBe(saved.id);
		expect(store.revision(saved.id, 1)?.scenario.drivers.china.weight).toBe(scenario().drivers.china.weight);
	});

	it('refuses a stale base with the current head and writes nothing', () => {
		const saved = store.create({ scenario: scenario() });
		store.save(saved.id, { baseRevision: 1, scenario: withWeight(scenario(), 0.2), note: 'mine' });
		const before = store.revisions(saved.id)?.items;
		const result = store.save(saved.id, { baseRevision: 1, scenario: withWeight(scenario(), 0.9), note: 'theirs' });
		expect(result).toMatchObject({ ok: false, conflict: { revision: 2, note: 'mine' } });
		if (result && !result.ok) expect(result.conflict.scenario.drivers.china.weight).toBe(0.2);
		expect(store.revisions(saved.id)?.items).toEqual(before);
		expect(store.save(saved.id, { baseRevision: 5, scenario: scenario() })).toMatchObject({ ok: false });
		expect(store.get(saved.id)?.headRevision).toBe(2);
	});

	it('answers null for an unknown or trashed scenario', () => {
		expect(store.save('nope', { baseRevision: 1, scenario: scenario() })).toBeNull();
		const saved = store.create({ scenario: scenario() });
		store.remove(saved.id);
		expect(store.save(saved.id, { baseRevision: 1, scenario: scenario() })).toBeNull();
		expect(store.rename(saved.id, { en: 'x', ar: 'س' }, 1)).toBeNull();
	});
});

describe('rename, duplicate, trash', () => {
	it('renames as a new revision that changes only the title', () => {
		const saved = store.create({ scenario: scenario() });
		const result = store.rename(saved.id, { en: 'Hard line', ar: 'الخط المتشدد' }, 1, { id: 'u-omar', name: 'omar' });
		expect(result).toMatchObject({ ok: true, revision: { revision: 2, author: 'omar' } });
		const head = store.get(saved.id);
		expect(head?.title).toEqual({ en: 'Hard line', ar: 'الخط المتشدد' });
		expect({ ...head?.scenario, title: null }).toEqual({ ...saved.scenario, title: null });
		expect(store.list({ search: 'hard' }).items).toHaveLength(1);
		expect(store.rename(saved.id, { en: 'Again', ar: 'مجددا' }, 1)).toMatchObject({
			ok: false,
			conflict: { revision: 2 }
		});
	});

	it('duplicates the head or an older revision under a new id', () => {
		const saved = store.create({ scenario: scenario() });
		store.save(saved.id, { baseRevision: 1, scenario: withWeight(scenario(), 0.3) });
		const copy = store.duplicate(saved.id, undefined, { id: 'u-sara', name: 'sara' });
		expect(copy).toMatchObject({ headRevision: 1, title: { en: 'Baseline (copy)', ar: 'السيناريو الأساسي (نسخة)' } });
		expect(copy?.id).not.toBe(saved.id);
		expect(copy?.scenario.id).toBe(copy?.id);
		expect(copy?.scenario.drivers.china.weight).toBe(0.3);
		expect(store.revision(copy?.id ?? '', 1)).toMatchObject({
			author: 'sara',
			note: `Duplicated from ${saved.id} revision 2`
		});
		expect(store.duplicate(saved.id, 1)?.scenario.drivers.china.weight).toBe(scenario().drivers.china.weight);
		expect(store.duplicate(saved.id, 9)).toBeNull();
		expect(store.duplicate('nope')).toBeNull();
	});

	it('moves to the trash and back', () => {
		const a = store.create({ scenario: scenario('Kept') });
		const b = store.create({ scenario: scenario('Binned') });
		expect(store.remove(b.id)).toBe(true);
		expect(store.list().items.map((s) => s.id)).toEqual([a.id]);
		expect(store.list({ trash: true }).items.map((s) => s.id)).toEqual([b.id]);
		const trashed = store.get(b.id);
		expect(trashed?.deletedAt).toEqual(expect.any(String));
		expect(store.remove(b.id)).toBe(true);
		expect(store.get(b.id)?.deletedAt).toBe(trashed?.deletedAt);
		expect(store.restore(b.id)).toBe(true);
		expect(store.get(b.id)?.deletedAt).toBeNull();
		expect(store.list().items).toHaveLength(2);
		expect(store.remove('nope')).toBe(false);
		expect(store.restore('nope')).toBe(false);
	});
});

describe('revisions', () => {
	it('lists newest first and restores an old revision as a new one', () => {
		const saved = store.create({ scenario: scenario() });
		store.save(saved.id, { baseRevision: 1, scenario: withWeight(scenario(), 0.2), note: 'two' });
		store.save(saved.id, { baseRevision: 2, scenario: withWeight(scenario(), 0.4), note: 'three' });
		expect(store.revisions(saved.id)?.items.map((r) => r.revision)).toEqual([3, 2, 1]);
		expect(store.revisions('nope')).toBeNull();
		expect(store.revision(saved.id, 4)).toBeNull();

		expect(store.restoreRevision(saved.id, 1, 2)).toMatchObject({ ok: false, conflict: { revision: 3 } });
		const restored = store.restoreRevision(saved.id, 1, 3, undefined, lina);
		expect(restored).toMatchObject({
			ok: true,
			revision: { revision: 4, baseRevision: 3, note: 'Restored revision 1', author: 'lina' }
		});
		expect(store.get(saved.id)?.scenario).toEqual(store.revision(saved.id, 1)?.scenario);
		expect(store.restoreRevision(saved.id, 9, 4)).toBeNull();
	});
});

describe('the database file', () => {
	it('is in WAL mode with the schema at the latest version', () => {
		const db = new Database(file, { readonly: true });
		try {
			expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
			expect(userVersion(db)).toBe(migrations.length);
		} finally {
			db.close();
		}
	});

	it('keeps everything when reopened, without running migrations again', () => {
		const saved = store.create({ scenario: scenario() });
		store.save(saved.id, { baseRevision: 1, scenario: withWeight(scenario(), 0.2), note: 'kept' });
		store.close();
		store = openStore(file);
		expect(store.get(saved.id)).toMatchObject({ headRevision: 2 });
		expect(store.revision(saved.id, 2)).toMatchObject({ note: 'kept' });
	});

	it('runs each migration once, in a transaction, and refuses a file newer than the app', () => {
		const db = new Database(path.join(dir, 'migrations.sqlite'));
		try {
			let runs = 0;
			const steps: Migration[] = [
				{
					name: 'one',
					up: (d) => {
						runs += 1;
						d.exec('CREATE TABLE one (x INTEGER)');
					}
				},
				{
					name: 'two',
					up: (d) => {
						runs += 1;
						d.exec('CREATE TABLE two (x INTEGER)');
					}
				}
			];
			migrate(db, steps);
			migrate(db, steps);
			expect(runs).toBe(2);
			expect(userVersion(db)).toBe(2);

			const broken: Migration = {
				name: 'half done',
				up: (d) => {
					d.exec('CREATE TABLE three (x INTEGER)');
					d.exec('NOT SQL');
				}
			};
			expect(() => migrate(db, [...steps, broken])).toThrow(/migration 3 \(half done\) failed/);
			expect(userVersion(db)).toBe(2);
			expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'three'").get()).toBeUndefined();

			expect(() => migrate(db, steps.slice(0, 1))).toThrow(/newer than this app/);
		} finally {
			db.close();
		}
	});
});
