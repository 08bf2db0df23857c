import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tinyScenario } from '$lib/schema/test-fixtures';
import { openStore } from '$lib/server/storage/sqlite-store';
import type { ScenarioStore } from '$lib/server/storage/types';
import { ownerOf } from './ownership';

let dir: string;
let store: ScenarioStore;
let db: Database.Database;
const lina = { id: 'account-lina', name: 'Lina' };
const omar = { id: 'account-omar', name: 'Omar' };

beforeEach(() => {
	dir = mkdtempSync(path.join(os.tmpdir(), 'ownership-'));
	const file = path.join(dir, 'db.sqlite');
	store = openStore(file);
	db = new Database(file);
});
afterEach(() => {
	db.close();
	store.close();
	rmSync(dir, { recursive: true, force: true });
});

function authorIds(id: string): (string | null)[] {
	const rows = db.prepare('SELECT author_id FROM revisions WHERE scenario_id = ? ORDER BY revision').all(id) as {
		author_id: string | null;
	}[];
	return rows.map((row) => row.author_id);
}

describe('owners and authors', () => {
	it('makes the creator the owner and keeps each revision’s author id', () => {
		const saved = store.create({ scenario: tinyScenario(), author: lina });
		expect(ownerOf(db, saved.id)).toBe(lina.id);
		store.save(saved.id, { baseRevision: 1, scenario: tinyScenario(), author: omar });
		store.rename(saved.id, { en: 'Renamed', ar: 'جديد' }, 2, omar);
		// Saving on someone else's scenario does not take it over.
		expect(ownerOf(db, saved.id)).toBe(lina.id);
		expect(authorIds(saved.id)).toEqual([lina.id, omar.id, omar.id]);
		expect(store.revision(saved.id, 3)?.author).toBe('Omar');
	});

	it('gives a copy to whoever duplicated it', () => {
		const saved = store.create({ scenario: tinyScenario(), author: lina });
		const copy = store.duplicate(saved.id, undefined, omar);
		expect(ownerOf(db, copy!.id)).toBe(omar.id);
	});

	it('has no owner for a scenario saved without an account, and nothing for an unknown id', () => {
		const saved = store.create({ scenario: tinyScenario() });
		expect(ownerOf(db, saved.id)).toBeNull();
		expect(ownerOf(db, 'nosuchid00')).toBeUndefined();
	});
});
