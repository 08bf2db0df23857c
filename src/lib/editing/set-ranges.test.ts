import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ScenarioInput } from '$lib/model';
import { withDriverField } from './scenario-edits';
import { rangeText, rangesOf, widenedRanges, withSetEnd, withSimulatedRange } from './set-ranges';

const scenario = {
	format: 1,
	id: 'b',
	model: 'm',
	title: { en: 't', ar: 't' },
	summary: { en: 's', ar: 's' },
	seed: 1,
	samples: 500,
	drivers: { x: { weight: 0.5, assessment: 0.1, low: -0.2, high: 0.3, trend: 0 } },
	events: {}
} satisfies ScenarioInput;

const slider = fc.integer({ min: -20, max: 20 }).map((n) => n / 20);

describe('the range an analyst set', () => {
	it('comes back when the assessment is swept anywhere and back', () => {
		const ranges = rangesOf(scenario);
		fc.assert(
			fc.property(fc.array(slider, { maxLength: 30 }), (sweep) => {
				let moved: ScenarioInput = scenario;
				for (const value of sweep) {
					moved = withDriverField(moved, 'x', 'assessment', value, ranges.x);
					const { low, assessment, high } = moved.drivers.x;
					expect(low).toBeLessThanOrEqual(assessment);
					expect(assessment).toBeLessThanOrEqual(high);
					// widened only as far as the assessment needs
					expect(low).toBe(Math.min(-0.2, assessment));
					expect(high).toBe(Math.max(0.3, assessment));
				}
				moved = withDriverField(moved, 'x', 'assessment', 0.1, ranges.x);
				expect(moved.drivers.x).toEqual(scenario.drivers.x);
			})
		);
	});

	it('is widened visibly: the drivers whose simulated range is wider, with both ranges', () => {
		const ranges = rangesOf(scenario);
		expect(widenedRanges(scenario, ranges)).toEqual({});
		const moved = withDriverField(scenario, 'x', 'assessment', 0.9, ranges.x);
		expect(widenedRanges(moved, ranges)).toEqual({
			x: { set: { low: -0.2, high: 0.3 }, simulated: { low: -0.2, high: 0.9 } }
		});
		// kept by the analyst's choice, it is theirs and no longer marked
		expect(widenedRanges(moved, withSimulatedRange(ranges, moved, 'x'))).toEqual({});
	});

	it('takes an end the analyst moves, and keeps the other', () => {
		const ranges = rangesOf(scenario);
		const wide = withDriverField(scenario, 'x', 'assessment', 0.9, ranges.x);
		const lowered = withDriverField(wide, 'x', 'low', -0.6);
		expect(withSetEnd(ranges, lowered, 'x', 'low').x).toEqual({ low: -0.6, high: 0.3 });
		expect(withSetEnd(ranges, lowered, 'nobody', 'low')).toBe(ranges);
	});
});

describe('a range as text', () => {
	it('reads low … high, isolated left to right', () => {
		expect(rangeText({ low: -0.55, high: 1 }, (v) => v.toFixed(2))).toBe('\u2066-0.55 … 1.00\u2069');
	});
});
