import { describe, expect, it } from 'vitest';
import type { ScenarioInput, SignpostObservation } from '../model/index';
import { parseScenario } from './parse';
import { expectOneProblem } from './test-helpers';
import { tinyModel, tinyScenario } from './test-fixtures';

const FILE = 'scenarios/tiny/watched.json';

function observation(overrides: Partial<SignpostObservation> = {}): SignpostObservation {
	return {
		indicator: 'new-treaty',
		status: 'observed',
		date: '2026-11-20',
		seen: { en: 'A treaty was signed', ar: '' },
		source: 'KCNA, 20 November 2026',
		grade: { reliability: 'B', credibility: 2 },
		by: 'Analyst One',
		recordedAt: '2026-11-21T08:00:00.000Z',
		revision: 2,
		shift: { driver: 'trade', from: 0.2, to: 0.4 },
		...overrides
	};
}

function withLog(log: unknown): ScenarioInput {
	return { ...tinyScenario(), signposts: log } as ScenarioInput;
}

describe('the signpost log of a scenario file', () => {
	it('is optional, and a log of valid observations is kept as written', () => {
		expect(parseScenario(tinyScenario(), FILE, tinyModel()).ok).toBe(true);
		const log = [observation(), observation({ status: 'emerging', note: { en: '', ar: 'ملاحظة' }, revision: 3 })];
		const result = parseScenario(withLog(log), FILE, tinyModel());
		expect(result).toMatchObject({ ok: true, scenario: { signposts: log } });
	});

	it.each([
		['an unknown status', { status: 'seen' }, 'signposts[0].status', '"seen" is not: one of emerging, observed'],
		['a day that does not exist', { date: '2026-02-30' }, 'signposts[0].date', 'no day of the calendar'],
		['a month for a day', { date: '2026-11' }, 'signposts[0].date', 'YYYY-MM-DD'],
		['nothing seen in either language', { seen: { en: ' ', ar: '' } }, 'signposts[0].seen', 'both are empty'],
		['an empty source', { source: '  ' }, 'signposts[0].source', 'must name the source'],
		[
			'a grade off the scale',
			{ grade: { reliability: 'G', credibility: 2 } },
			'signposts[0].grade.reliability',
			'"G" is not one of A–F'
		],
		[
			'a credibility off the scale',
			{ grade: { reliability: 'A', credibility: 7 } },
			'signposts[0].grade.credibility',
			'7 is not one of 1–6'
		],
		['no revision', { revision: 0 }, 'signposts[0].revision', 'a revision number'],
		[
			'a shift beyond the scale',
			{ shift: { driver: 'trade', from: 0.2, to: 1.2 } },
			'signposts[0].shift.to',
			'between -1 and 1'
		],
		[
			'an unknown indicator',
			{ indicator: 'ghost' },
			'signposts[0].indicator',
			'model "tiny" has no indicator "ghost" (its indicators: new-treaty)'
		],
		[
			'another driver than the indicator’s',
			{ shift: { driver: 'china', from: 0.2, to: 0.4 } },
			'signposts[0].shift.driver',
			'must be "trade", the driver of indicator "new-treaty"'
		]
	])('refuses %s, naming the field', (_name, change, path, words) => {
		expectOneProblem(
			parseScenario(withLog([observation(change as Partial<SignpostObservation>)]), FILE, tinyModel()),
			FILE,
			path,
			words
		);
	});

	it('refuses an over-long text with the limit and the length', () => {
		const seen = { en: 'x'.repeat(2001), ar: '' };
		expectOneProblem(
			parseScenario(withLog([observation({ seen })]), FILE, tinyModel()),
			FILE,
			'signposts[0].seen.en',
			'at most 2,000 characters (got 2,001)'
		);
	});

	it('refuses a field it does not know', () => {
		const result = parseScenario(withLog([{ ...observation(), weight: 1 }]), FILE, tinyModel());
		expect(result.ok).toBe(false);
	});
});
