import { describe, expect, it } from 'vitest';
import { horizonMonths, noteLines, noteLinesPlugin, withNotes } from './annotations';
import { stateProbabilitiesChart } from './state-probabilities';
import { context, outcomes, projection } from './test-fixture';

const gala = { date: '2026-02', text: 'Treaty anniversary gala' };

describe('chart notes', () => {
	it('puts a note at the step its month falls in, and leaves out notes beyond the horizon', () => {
		const times = ['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2'];
		expect(
			noteLines(
				[
					{ date: '2026-06', text: 'gala' },
					{ date: '2031-01', text: 'later' }
				],
				times
			)
		).toEqual([{ index: 3, text: 'gala' }]);
		expect(noteLines(undefined, times)).toEqual([]);
	});

	it('gives the horizon as months for the picker', () => {
		expect(horizonMonths(['2025-Q3', '2030-Q4'])).toEqual({ min: '2025-07', max: '2030-12' });
		expect(horizonMonths([])).toBeNull();
	});

	it('adds the plugin, its notes and room above the plot to a time chart, and nothing without notes', () => {
		const config = stateProbabilitiesChart(projection, outcomes, context());
		expect(withNotes(config, [], projection.times, context())).toBe(config);
		const noted = withNotes(config, [{ date: '2025-11', text: 'Gala' }], projection.times, context());
		expect(noted.plugins).toContain(noteLinesPlugin);
		const options = noted.options?.plugins?.noteLines;
		expect(options && options.notes).toEqual([{ index: 1, text: 'Gala' }]);
		expect((noted.options?.layout?.padding as { top: number }).top).toBeGreaterThan(0);
	});

	it('writes notes toward later time: leftward on an Arabic reversed axis, rightward when time is kept left to right', () => {
		const config = stateProbabilitiesChart(projection, outcomes, context(true));
		const noted = withNotes(config, [gala], projection.times, context(true));
		expect(noted.options?.plugins?.noteLines && noted.options.plugins.noteLines.rtl).toBe(true);
		// Time kept left to right in Arabic: the axis is not reversed, and notes read toward the right.
		const ltrCtx = { ...context(true), timeLtr: true };
		const ltr = withNotes(stateProbabilitiesChart(projection, outcomes, ltrCtx), [gala], projection.times, ltrCtx);
		expect(ltr.options?.plugins?.noteLines && ltr.options.plugins.noteLines.rtl).toBe(false);
	});
});
