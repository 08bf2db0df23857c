import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ScenarioInput } from '$lib/model';
import { tinyScenario } from '$lib/schema/test-fixtures';
import { ID_LENGTH, newId } from '../../storage/ids';
import { migrate, migrations, userVersion, type Migration } from './migrations';
import { foldForSearch } from '../../storage/search-text';
import { openSqliteDatabase } from './open';
import type { AppDatabase } from '../types';

// The store's behaviour on every backend is store-contract.test.ts; here, what is SQLite's own.

let dir: string;
let file: string;
let database: AppDatabase;

beforeEach(() => {
	dir = mkdtempSync(path.join(os.tmpdir(), 'scenario-store-'));
	file = path.join(dir, 'test.sqlite');
	database = openSqliteDatabase(file);
});

afterEach(async () => {
	await database.close();
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

	it('keeps everything when reopened, without running migrations again', async () => {
		const saved = await database.store.create({ scenario: scenario() });
		await database.store.save(saved.id, { baseRevision: 1, scenario: withWeight(scenario(), 0.2), note: 'kept' });
		await database.close();
		database = openSqliteDatabase(file);
		expect(await database.store.get(saved.id)).toMatchObject({ headRevision: 2 });
		expect(await database.store.revision(saved.id, 2)).toMatchObject({ note: 'kept' });
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
