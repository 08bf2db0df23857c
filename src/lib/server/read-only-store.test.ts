import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tinyScenario } from '$lib/schema/test-fixtures';
import { openSqliteDatabase } from './db/sqlite/open';
import type { AppDatabase } from './db/types';
import type { ScenarioStore } from './storage/types';
import { withoutTrash } from './read-only-store';

let dir: string;
let database: AppDatabase;
let store: ScenarioStore;

beforeEach(() => {
	dir = mkdtempSync(path.join(os.tmpdir(), 'read-only-store-'));
	database = openSqliteDatabase(path.join(dir, 'test.sqlite'));
	store = database.store;
});
afterEach(async () => {
	await database.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('the read-only view of the store', () => {
	it('shows live scenarios and hides trashed ones everywhere', async () => {
		const { $schema: _ref, ...scenario } = tinyScenario();
		const kept = await store.create({ scenario });
		const trashed = await store.create({ scenario });
		await store.remove(trashed.id);
		const visible = withoutTrash(store);
		expect((await visible.list()).items.map((s) => s.id)).toEqual([kept.id]);
		expect((await visible.list({ trash: true })).items).toEqual([]);
		expect((await store.list({ trash: true })).items.map((s) => s.id)).toEqual([trashed.id]);
		expect(await visible.get(trashed.id)).toBeNull();
		expect(await visible.revisions(trashed.id)).toBeNull();
		expect(await visible.revision(trashed.id, 1)).toBeNull();
		expect((await visible.get(kept.id))?.id).toBe(kept.id);
		expect((await visible.revisions(kept.id))?.items).toHaveLength(1);
		expect((await visible.revision(kept.id, 1))?.revision).toBe(1);
	});
});
