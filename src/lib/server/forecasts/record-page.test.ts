import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ForecastRow, ScoredForecast } from '$lib/forecast';
import { PAGE_LIMITS } from '$lib/server/storage/paging';
import { forecastPage } from './record-page';

const OUTCOMES = ['low', 'high'];

function rowsOf(scenarioId: string, revision: number, target: string): ForecastRow[] {
	return OUTCOMES.map((outcome, k) => ({
		scenarioId,
		revision,
		modelId: 'tiny',
		target,
		outcome,
		probability: k === 0 ? 0.25 : 0.75,
		madeAt: '2025-03-01T00:00:00.000Z',
		authorId: null,
		authorName: 'ana'
	}));
}

function scoredOf(rows: readonly ForecastRow[]): ScoredForecast[] {
	return rows
		.filter((r) => r.outcome === 'low' && r.target === '2025-12')
		.map((r) => ({
			...r,
			probabilities: [0.25, 0.75],
			observed: 0,
			brier: 1.125,
			rankedProbability: 0.5625,
			baselineBrier: null,
			uniformBrier: 0.5
		}));
}

const forecastKeys = (rows: readonly ForecastRow[]) => [
	...new Set(rows.map((r) => `${r.scenarioId}@${r.revision}@${r.target}`))
];

describe('forecastPage', () => {
	it('pages by forecast (a revision and a year-end, all its outcomes together), never repeating or skipping one', () => {
		const ids = fc.uniqueArray(fc.stringMatching(/^[a-z0-9]{1,4}$/), { minLength: 1, maxLength: 4 });
		fc.assert(
			fc.property(
				ids,
				fc.integer({ min: 1, max: 4 }),
				fc.integer({ min: 1, max: 7 }),
				(scenarios, revisions, limit) => {
					const all = scenarios.flatMap((id) =>
						Array.from({ length: revisions }, (_, r) =>
							['2025-12', '2026-12', '2027-12'].flatMap((t) => rowsOf(id, r + 1, t))
						).flat()
					);
					// Stored order as a database with another collation might give it: shuffled.
					const stored = [...all].reverse();
					const scored = scoredOf(stored);
					const seen: ForecastRow[] = [];
					const seenScored: ScoredForecast[] = [];
					let after: ReturnType<typeof forecastPage>['next'] = null;
					for (let pages = 0; ; pages++) {
						const page = forecastPage(stored, scored, { limit, after: after ?? undefined });
						expect(forecastKeys(page.forecasts).length).toBeLessThanOrEqual(limit);
						expect(page.forecasts.length % OUTCOMES.length).toBe(0);
						seen.push(...page.forecasts);
						seenScored.push(...page.scored);
						after = page.next;
						if (!after) break;
						expect(pages).toBeLessThan(all.length);
					}
					expect(seen).toHaveLength(all.length);
					expect(new Set(forecastKeys(seen)).size).toBe(forecastKeys(all).length);
					expect(seenScored).toHaveLength(scored.length);
				}
			)
		);
	});

	it('holds at most the default page without a limit, and never more than the maximum', () => {
		const all = Array.from({ length: 300 }, (_, r) => rowsOf('a', r + 1, '2025-12')).flat();
		const first = forecastPage(all, scoredOf(all), {});
		expect(forecastKeys(first.forecasts)).toHaveLength(PAGE_LIMITS.default);
		expect(first.scored).toHaveLength(PAGE_LIMITS.default);
		expect(first.next).toEqual(['a', PAGE_LIMITS.default, '2025-12']);
		expect(forecastKeys(forecastPage(all, [], { limit: 10_000 }).forecasts)).toHaveLength(PAGE_LIMITS.max);
		const last = forecastPage(all, [], { limit: 200, after: ['a', 200, '2025-12'] });
		expect(forecastKeys(last.forecasts)).toHaveLength(100);
		expect(last.next).toBeNull();
	});
});
