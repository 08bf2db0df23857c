import { describe, expect, it } from 'vitest';
import type { Uncertainty } from '$lib/model';
import { inputsShare, uncertaintyReading, uncertaintyVerdict } from './uncertainty-reading';

const u = (ranges: number, events: number, unmodelled: number, variance = 0.04): Uncertainty => ({
	variance,
	ranges,
	events,
	unmodelled,
	interaction: 1 - ranges - events - unmodelled
});

describe('uncertaintyReading', () => {
	it('says the inputs drive the outcome when ranges and events explain 60% or more', () => {
		const driven = u(0.45, 0.2, 0.3);
		expect(inputsShare(driven)).toBeCloseTo(0.65, 10);
		expect(uncertaintyVerdict(driven)).toBe('inputs');
		expect(uncertaintyReading(driven, 'en')).toBe(
			'Largest source: The analyst’s ranges on the drivers (45%). The analyst’s ranges and events together explain 65% of the spread at the horizon, the unmodelled factors 30%: the outcome follows mostly from what is set.'
		);
	});

	it('says the outcome is left to chance when the unmodelled factors explain 60% or more', () => {
		const chancy = u(0.04, 0.1, 0.86);
		expect(uncertaintyVerdict(chancy)).toBe('chance');
		expect(uncertaintyReading(chancy, 'en')).toContain('Largest source: Unmodelled factors (86%)');
		expect(uncertaintyReading(chancy, 'en')).toContain('only 14%');
	});

	it('says neither drives it in between, and has nothing to divide without a spread', () => {
		expect(uncertaintyVerdict(u(0.3, 0.2, 0.45))).toBe('mixed');
		expect(uncertaintyReading(u(0.3, 0.2, 0.45), 'en')).toContain('weigh about equally');
		expect(uncertaintyVerdict(u(0, 0, 0, 0))).toBe('none');
		expect(uncertaintyReading(u(0, 0, 0, 0), 'en')).toContain('no spread');
	});

	it('reads in Arabic with the same figures', () => {
		const text = uncertaintyReading(u(0.45, 0.2, 0.3), 'ar');
		expect(text).toContain('65%');
		expect(text).toContain('نطاقات المحلل للعوامل (45%)');
	});
});
