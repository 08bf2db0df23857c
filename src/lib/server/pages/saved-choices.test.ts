import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ScenarioInput } from '$lib/model';
import { tinyScenario } from '$lib/schema/test-fixtures';
import { openSqliteDatabase } from '$lib/server/db/sqlite/open';
import type { AppDatabase } from '$lib/server/db/types';
import type { ScenarioStore } from '$lib/server/storage/types';
import { PICKER_LIMIT, savedChoices } from './saved-choices';

let dir: string;
let database: AppDatabase;
let store: ScenarioStore;

beforeEach(() => {
	dir = mkdtempSync(path.join(os.tmpdir(), 'saved-choices-'));
	database = openSqliteDatabase(path.join(dir, 'test.sqlite'));
	store = database.store;
});

afterEach(async () => {
	await database.close();
	rmSync(dir, { recursive: true, force: true });
});

function scenario(n: number, model = 'tiny'): ScenarioInput {
	const { $schema: _ref, ...rest } = tinyScenario();
	return { ...rest, model, title: { en: `Case ${n}`, ar: `حالة ${n}` } };
}

describe('savedChoices', () => {
	it('offers the most recent of the model, at most PICKER_LIMIT, and always the one open', async () => {
		const oldest = (await store.create({ scenario: scenario(0) })).id;
		for (let n = 1; n <= PICKER_LIMIT; n++) await store.create({ scenario: scenario(n) });
		await store.create({ scenario: scenario(999, 'other') });
		const choices = await savedChoices(store, 'tiny');
		expect(choices).toHaveLength(PICKER_LIMIT);
		expect(choices[0].title.en).toBe(`Case ${PICKER_LIMIT}`);
		expect(choices.some((c) => c.id === oldest)).toBe(false);
		const withOpen = await savedChoices(store, 'tiny', oldest);
		expect(withOpen).toHaveLength(PICKER_LIMIT + 1);
		expect(withOpen[PICKER_LIMIT]).toEqual({ id: oldest, title: { en: 'Case 0', ar: 'حالة 0' }, headRevision: 1 });
		// Not another model's, nor one in the trash.
		await store.remove(oldest);
		expect(await savedChoices(store, 'tiny', oldest)).toHaveLength(PICKER_LIMIT);
		expect(await savedChoices(store, 'other', oldest)).toHaveLength(1);
	});
});
