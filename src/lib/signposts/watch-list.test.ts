import { describe, expect, it } from 'vitest';
import type { ScenarioInput, SignpostObservation } from '$lib/model';
import { tinyModel, tinyScenario } from '$lib/schema/test-fixtures';
import { madeByObservation, signpostRevisionNote, signpostRevisions, watchList, withObservation } from './index';

const seen = { en: 'Signed in Moscow', ar: '' };
const grade = { reliability: 'A', credibility: 1 } as const;
const stamp = (revision: number, recordedAt: string) => ({ by: 'Analyst', recordedAt, revision });

describe('recording observations and the watch list', () => {
	const model = tinyModel();
	const indicator = model.indicators[0];

	function recorded(): ScenarioInput {
		const first = withObservation(
			tinyScenario(),
			indicator,
			{ indicator: indicator.id, status: 'emerging', date: '2026-03-01', seen, source: 'TASS', grade, shift: 0.1 },
			stamp(2, '2026-03-02T10:00:00.000Z')
		);
		return withObservation(
			first.scenario,
			indicator,
			{ indicator: indicator.id, status: 'observed', date: '2026-05-10', seen, source: 'KCNA', grade, shift: 0.2 },
			stamp(3, '2026-05-11T10:00:00.000Z')
		).scenario;
	}

	it('appends the observation with the shift it applied, and moves only that driver', () => {
		const scenario = recorded();
		expect(scenario.drivers.trade).toEqual({ weight: 0.5, assessment: 0.5, low: 0.3, high: 0.7, trend: 0.05 });
		expect(scenario.drivers.military).toEqual(tinyScenario().drivers.military);
		expect(scenario.signposts?.map((o) => o.shift)).toEqual([
			{ driver: 'trade', from: 0.2, to: 0.3 },
			{ driver: 'trade', from: 0.3, to: 0.5 }
		]);
		expect(scenario.signposts?.[0]).not.toHaveProperty('note');
	});

	it('gives each indicator its latest observation’s status, and "not seen" without one', () => {
		expect(watchList(model, []).map((item) => item.status)).toEqual(['not-seen']);
		const [item] = watchList(model, recorded().signposts);
		expect(item.status).toBe('observed');
		expect(item.observations.map((o) => o.date)).toEqual(['2026-05-10', '2026-03-01']);
	});

	it('takes the latest by the day seen, not by the order recorded', () => {
		const log = recorded().signposts as SignpostObservation[];
		const late: SignpostObservation = {
			...log[0],
			date: '2026-06-01',
			revision: 4,
			recordedAt: '2026-06-02T00:00:00.000Z'
		};
		expect(watchList(model, [...log, late])[0].status).toBe('emerging');
	});

	it('maps revisions to the observation that made them', () => {
		const marks = signpostRevisions(recorded().signposts);
		expect([...marks.keys()]).toEqual([2, 3]);
		expect(marks.get(3)?.status).toBe('observed');
	});

	it('knows its revision by number and note: a copy’s later revision of that number is not it', () => {
		const observation = recorded().signposts?.[1] as SignpostObservation;
		expect(madeByObservation(indicator, observation, 'Signpost: New treaty — observed (2026-05-10)')).toBe(true);
		expect(madeByObservation(indicator, observation, 'مؤشر: نص New treaty — مرصود (2026-05-10)')).toBe(true);
		expect(madeByObservation(indicator, observation, 'Raised the war course')).toBe(false);
	});

	it('names the signpost in the revision note, in the analyst’s language', () => {
		expect(signpostRevisionNote(indicator, 'observed', '2026-11-20', 'en')).toBe(
			'Signpost: New treaty — observed (2026-11-20)'
		);
		expect(signpostRevisionNote(indicator, 'emerging', '2026-11-20', 'ar')).toBe(
			'مؤشر: نص New treaty — ناشئ (2026-11-20)'
		);
	});
});
