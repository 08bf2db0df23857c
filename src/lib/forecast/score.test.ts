import { describe, expect, it } from 'vitest';
import { analystKey, scoreForecasts, summarize, summarizeBy, type QuestionInfo } from './score';
import { endOfMonth, madeBefore, yearEndTargets } from './year-end';
import type { ForecastRow, Resolution } from './types';

const OUTCOMES = ['rupture', 'cooling', 'transactional', 'deepening-alliance'];

function forecast(
	scenarioId: string,
	revision: number,
	madeAt: string,
	ps: number[],
	target = '2025-12'
): ForecastRow[] {
	return OUTCOMES.map((outcome, k) => ({
		scenarioId,
		revision,
		modelId: 'russia-dprk',
		target,
		outcome,
		probability: ps[k],
		madeAt,
		authorId: scenarioId === 'b' ? 'u2' : 'u1',
		authorName: scenarioId === 'b' ? 'Omar' : 'Lina'
	}));
}

const resolution: Resolution = {
	modelId: 'russia-dprk',
	date: '2025-12',
	outcome: 'transactional',
	source: 'Reuters, 31 December 2025',
	note: '',
	resolvedAt: '2026-01-10T00:00:00.000Z',
	resolvedById: 'admin',
	resolvedByName: 'Admin'
};

const questions = new Map<string, QuestionInfo>([
	[
		'russia-dprk',
		{
			outcomes: OUTCOMES,
			baseline: new Map([['2025-12', { rupture: 0.05, cooling: 0.15, transactional: 0.6, 'deepening-alliance': 0.2 }]])
		}
	]
]);

describe('the made-before-date rule', () => {
	it('counts a forecast made up to the last instant of the resolved month, not after', () => {
		expect(new Date(endOfMonth('2025-12')).toISOString()).toBe('2026-01-01T00:00:00.000Z');
		expect(madeBefore('2025-12-31T23:59:59.999Z', '2025-12')).toBe(true);
		expect(madeBefore('2026-01-01T00:00:00.000Z', '2025-12')).toBe(false);
		expect(madeBefore('2024-03-01T00:00:00.000Z', '2025-12')).toBe(true);
	});

	it('scores only forecasts made before the date, of the resolved target', () => {
		const rows = [
			...forecast('a', 1, '2025-03-01T00:00:00.000Z', [0.1, 0.2, 0.5, 0.2]),
			...forecast('a', 2, '2026-01-02T00:00:00.000Z', [0, 0, 1, 0]), // made after: not scored
			...forecast('a', 1, '2025-03-01T00:00:00.000Z', [0.1, 0.2, 0.5, 0.2], '2026-12') // not resolved
		];
		const scored = scoreForecasts(rows, [resolution], questions);
		expect(scored.map((f) => [f.scenarioId, f.revision, f.target])).toEqual([['a', 1, '2025-12']]);
	});
});

describe('scoreForecasts', () => {
	it('scores the hand-worked example beside the baseline and uniform forecasts', () => {
		const [f] = scoreForecasts(
			forecast('a', 1, '2025-03-01T00:00:00.000Z', [0.1, 0.2, 0.5, 0.2]),
			[resolution],
			questions
		);
		expect(f.observed).toBe(2);
		expect(f.brier).toBeCloseTo(0.34, 12);
		// Baseline 0.05, 0.15, 0.6, 0.2: 0.0025 + 0.0225 + 0.16 + 0.04 = 0.225
		expect(f.baselineBrier).toBeCloseTo(0.225, 12);
		expect(f.uniformBrier).toBeCloseTo(0.75, 12);
		expect(f.rankedProbability).toBeCloseTo(0.14 / 3, 12);
	});

	it('summarizes per scenario and per analyst', () => {
		const rows = [
			...forecast('a', 1, '2025-03-01T00:00:00.000Z', [0.1, 0.2, 0.5, 0.2]), // 0.34
			...forecast('a', 2, '2025-06-01T00:00:00.000Z', [0, 0, 1, 0]), // 0
			...forecast('b', 1, '2025-06-01T00:00:00.000Z', [0.25, 0.25, 0.25, 0.25]) // 0.75
		];
		const scored = scoreForecasts(rows, [resolution], questions);
		const byScenario = summarizeBy(scored, (f) => f.scenarioId);
		expect(byScenario.map((s) => [s.key, s.summary.count])).toEqual([
			['a', 2],
			['b', 1]
		]);
		expect(byScenario[0].summary.meanBrier).toBeCloseTo(0.17, 12);
		expect(byScenario[0].summary.meanBaselineBrier).toBeCloseTo(0.225, 12);
		expect(summarizeBy(scored, analystKey).map((s) => s.key)).toEqual(['id:u1', 'id:u2']);
		expect(summarize(scored)?.meanBrier).toBeCloseTo((0.34 + 0 + 0.75) / 3, 12);
		expect(summarize([])).toBeNull();
	});
});

describe('yearEndTargets', () => {
	it('names each December the horizon reaches', () => {
		expect(yearEndTargets({ horizon: { start: '2025-07', end: '2030-12' } }).map((t) => t.target)).toEqual([
			'2025-12',
			'2026-12',
			'2027-12',
			'2028-12',
			'2029-12',
			'2030-12'
		]);
		// Steps start in August: May, August… the 2027 steps end with one starting in November (holds December);
		// a horizon ending in June 2028 reaches no December of 2028.
		expect(yearEndTargets({ horizon: { start: '2026-08', end: '2028-06' } }).map((t) => t.target)).toEqual([
			'2026-12',
			'2027-12'
		]);
	});
});
