import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tinyScenario } from '$lib/schema/test-fixtures';
import { testBackends, type TestDatabase } from '$lib/server/db/test-databases';
import type { ScenarioStore } from '$lib/server/storage/types';
import { ownerOf } from './ownership';

const lina = { id: 'account-lina', name: 'Lina' };
const omar = { id: 'account-omar', name: 'Omar' };

describe.each(testBackends())('owners and authors on $name', (backend) => {
	let opened: TestDatabase;
	let store: ScenarioStore;
	beforeEach(async () => {
		opened = await backend.open();
		store = opened.database.store;
	});
	afterEach(() => opened.close());

	const owner = (id: string) => ownerOf(opened.database.accounts, id);
	async function authorIds(id: string): Promise<(string | null)[]> {
		// Saved ids are [a-z0-9] only: safe to write into the statement.
		const rows = await opened.query<{ author_id: string | null }>(
			`SELECT author_id FROM revisions WHERE scenario_id = '${id}' ORDER BY revision`
		);
		return rows.map((row) => row.author_id);
	}

	it('makes the creator the owner and keeps each revision’s author id', async () => {
		const saved = await store.create({ scenario: tinyScenario(), author: lina });
		expect(await owner(saved.id)).toBe(lina.id);
		await store.save(saved.id, { baseRevision: 1, scenario: tinyScenario(), author: omar });
		await store.rename(saved.id, { en: 'Renamed', ar: 'جديد' }, 2, omar);
		// Saving on someone else's scenario does not take it over.
		expect(await owner(saved.id)).toBe(lina.id);
		expect(await authorIds(saved.id)).toEqual([lina.id, omar.id, omar.id]);
		expect((await store.revision(saved.id, 3))?.author).toBe('Omar');
	});

	it('gives a copy to whoever duplicated it', async () => {
		const saved = await store.create({ scenario: tinyScenario(), author: lina });
		const copy = await store.duplicate(saved.id, undefined, omar);
		expect(await owner(copy!.id)).toBe(omar.id);
	});

	it('has no owner for a scenario saved without an account, and nothing for an unknown id', async () => {
		const saved = await store.create({ scenario: tinyScenario() });
		expect(await owner(saved.id)).toBeNull();
		expect(await owner('nosuchid00')).toBeUndefined();
	});
});
