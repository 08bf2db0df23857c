import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ForecastRow, Resolution } from '$lib/forecast';
import type { ScenarioInput } from '$lib/model';
import { tinyScenario } from '$lib/schema/test-fixtures';
import { testBackends, type TestDatabase } from '../db/test-databases';
import type { AppDatabase } from '../db/types';

function scenario(): ScenarioInput {
	const { $schema: _ref, ...rest } = tinyScenario();
	return rest;
}

const rows = (scenarioId: string, revision: number, p: number): ForecastRow[] =>
	['low', 'high'].map((outcome, k) => ({
		scenarioId,
		revision,
		modelId: 'tiny',
		target: '2026-12',
		outcome,
		probability: k === 0 ? p : 1 - p,
		madeAt: '2025-03-01T10:00:00.000Z',
		authorId: null,
		authorName: 'ana'
	}));

const resolution: Resolution = {
	modelId: 'tiny',
	date: '2025-12',
	outcome: 'low',
	source: 'a wire report',
	note: '',
	resolvedAt: '2026-01-05T00:00:00.000Z',
	resolvedById: 'u1',
	resolvedByName: 'admin'
};

describe.each(testBackends())('the forecast record on $name', (backend) => {
	let opened: TestDatabase;
	let db: AppDatabase;
	beforeEach(async () => {
		opened = await backend.open();
		db = opened.database;
	});
	afterEach(() => opened.close());

	it('lists revisions without forecasts, and keeps the first rows written for a key', async () => {
		const { id } = await db.store.create({ scenario: scenario(), author: { id: 'u1', name: 'ana' } });
		expect((await db.forecasts.unforecast()).filter((r) => r.scenarioId === id)).toMatchObject([
			{ scenarioId: id, revision: 1, modelId: 'tiny', author: 'ana', authorId: 'u1' }
		]);
		await db.forecasts.append(rows(id, 1, 0.3));
		await db.forecasts.append(rows(id, 1, 0.9)); // the same key again: nothing changes
		expect((await db.forecasts.ofRevision(id, 1)).map((r) => r.probability)).toEqual([0.7, 0.3]);
		expect(await db.forecasts.unforecast()).toEqual([]);
		expect(await db.forecasts.titles()).toEqual([{ id, title: scenario().title, trashed: false }]);
		await db.store.remove(id);
		expect(await db.forecasts.titles()).toEqual([{ id, title: scenario().title, trashed: true }]);
	});

	it('finds one revision without forecasts by its key, and nothing once it has them', async () => {
		const { id } = await db.store.create({ scenario: scenario(), author: { id: 'u1', name: 'ana' } });
		const other = await db.store.create({ scenario: scenario(), author: { id: 'u2', name: 'omar' } });
		expect(await db.forecasts.unforecast({ scenarioId: id, revision: 1 })).toMatchObject([
			{ scenarioId: id, revision: 1, author: 'ana' }
		]);
		expect(await db.forecasts.unforecast({ scenarioId: id, revision: 2 })).toEqual([]);
		await db.forecasts.append(rows(id, 1, 0.3));
		expect(await db.forecasts.unforecast({ scenarioId: id, revision: 1 })).toEqual([]);
		expect(await db.forecasts.unforecast({ scenarioId: other.id, revision: 1 })).toHaveLength(1);
	});

	it('takes one resolution per question and date', async () => {
		expect(await db.forecasts.resolve(resolution)).toBe(true);
		expect(await db.forecasts.resolve({ ...resolution, outcome: 'high' })).toBe(false);
		expect(await db.forecasts.resolutions()).toEqual([resolution]);
	});

	it('refuses to change or remove a forecast or a resolution, even past the app', async () => {
		const { id } = await db.store.create({ scenario: scenario() });
		await db.forecasts.append(rows(id, 1, 0.3));
		await db.forecasts.resolve(resolution);
		await expect(opened.exec('UPDATE forecasts SET probability = 1')).rejects.toThrow(/append-only/);
		await expect(opened.exec('DELETE FROM forecasts')).rejects.toThrow(/append-only/);
		await expect(opened.exec("UPDATE resolutions SET outcome = 'high'")).rejects.toThrow(/append-only/);
		await expect(opened.exec('DELETE FROM resolutions')).rejects.toThrow(/append-only/);
		if (backend.name === 'postgres') await expect(opened.exec('TRUNCATE forecasts')).rejects.toThrow(/append-only/);
		expect((await db.forecasts.ofRevision(id, 1)).map((r) => r.probability)).toEqual([0.7, 0.3]);
		expect(await db.forecasts.resolutions()).toEqual([resolution]);
	});
});
