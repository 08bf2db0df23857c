import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DriverSetting } from '$lib/model';
import { proposedShift, shiftedSetting } from './shift';

const setting = (assessment: number, low: number, high: number): DriverSetting => ({
	weight: 0.5,
	assessment,
	low,
	high,
	trend: 0.05
});

/** Values as files and sliders hold them: four decimals at most. */
const unit = fc.integer({ min: -10000, max: 10000 }).map((n) => n / 10000);
/** A valid setting: low ≤ assessment ≤ high, all in [-1, 1]. */
const settings = fc
	.tuple(unit, unit, unit)
	.map(([a, b, c]) => [a, b, c].sort((x, y) => x - y))
	.map(([low, assessment, high]) => setting(assessment, low, high));

describe('proposedShift', () => {
	it('is the indicator’s shift when observed, half of it when emerging', () => {
		expect(proposedShift({ shift: 0.2 }, 'observed')).toBe(0.2);
		expect(proposedShift({ shift: 0.2 }, 'emerging')).toBe(0.1);
		expect(proposedShift({ shift: -0.15 }, 'emerging')).toBe(-0.075);
	});
});

describe('shiftedSetting', () => {
	it('moves the assessment and its range together, keeping weight and trend', () => {
		expect(shiftedSetting(setting(0.3, 0.1, 0.5), 0.1)).toEqual({ ...setting(0.4, 0.2, 0.6) });
		expect(shiftedSetting(setting(0.3, 0.1, 0.5), -0.25)).toEqual(setting(0.05, -0.15, 0.25));
	});

	it('stops the assessment at ±1 and moves the range only as far as the assessment moved', () => {
		// 0.9 + 0.3 → 1 (moved 0.1): low 0.7 → 0.8, high 0.95 → 1 (clamped).
		expect(shiftedSetting(setting(0.9, 0.7, 0.95), 0.3)).toEqual(setting(1, 0.8, 1));
		// −0.8 − 0.5 → −1 (moved −0.2): low −0.9 → −1 (clamped), high −0.5 → −0.7.
		expect(shiftedSetting(setting(-0.8, -0.9, -0.5), -0.5)).toEqual(setting(-1, -1, -0.7));
		// Already at the end: nothing moves.
		expect(shiftedSetting(setting(1, 0.6, 1), 0.4)).toEqual(setting(1, 0.6, 1));
	});

	it('a zero shift changes nothing', () => {
		expect(shiftedSetting(setting(0.25, -0.1, 0.4), 0)).toEqual(setting(0.25, -0.1, 0.4));
	});

	it('always leaves a valid setting: −1 ≤ low ≤ assessment ≤ high ≤ 1, moved by the shift where there is room', () => {
		fc.assert(
			fc.property(settings, unit, (before, shift) => {
				const after = shiftedSetting(before, shift);
				expect(after.low).toBeLessThanOrEqual(after.assessment);
				expect(after.assessment).toBeLessThanOrEqual(after.high);
				expect(after.low).toBeGreaterThanOrEqual(-1);
				expect(after.high).toBeLessThanOrEqual(1);
				const target = before.assessment + shift;
				if (target >= -1 && target <= 1) expect(after.assessment).toBeCloseTo(target, 9);
				else expect(after.assessment).toBe(Math.sign(target));
				// The assessment moves the way of the shift, never the other.
				expect(Math.sign(after.assessment - before.assessment) * Math.sign(shift)).toBeGreaterThanOrEqual(0);
			})
		);
	});
});
