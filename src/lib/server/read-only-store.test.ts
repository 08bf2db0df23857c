import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tinyScenario } from '$lib/schema/test-fixtures';
import { openStore } from './storage/sqlite-store';
import type { ScenarioStore } from './storage/types';
import { withoutTrash } from './read-only-store';

let dir: string;
let store: ScenarioStore;

beforeEach(() => {
	dir = mkdtempSync(path.join(os.tmpdir(), 'read-only-store-'));
	store = openStore(path.join(dir, 'test.sqlite'));
});
afterEach(() => {
	store.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('the read-only view of the store', () => {
	it('shows live scenarios and hides trashed ones everywhere', () => {
		const { $schema: _ref, ...scenario } = tinyScenario();
		const kept = store.create({ scenario });
		const trashed = store.create({ scenario });
		store.remove(trashed.id);
		const visible = withoutTrash(store);
		expect(visible.list().items.map((s) => s.id)).toEqual([kept.id]);
		expect(visible.list({ trash: true }).items).toEqual([]);
		expect(store.list({ trash: true }).items.map((s) => s.id)).toEqual([trashed.id]);
		expect(visible.get(trashed.id)).toBeNull();
		expect(visible.revisions(trashed.id)).toBeNull();
		expect(visible.revision(trashed.id, 1)).toBeNull();
		expect(visible.get(kept.id)?.id).toBe(kept.id);
		expect(visible.revisions(kept.id)?.items).toHaveLength(1);
		expect(visible.revision(kept.id, 1)?.revision).toBe(1);
	});
});
