// What an observation of a signpost does to the scenario: it proposes its indicator's shift of
// the driver's assessment (half of it while the indicator is only emerging), and the shift the
// analyst accepts moves the assessment and its range together (docs/model.md, Signposts).

import type { DriverSetting, Indicator } from '$lib/model';
import type { SignpostStatus } from '$lib/schema/signposts';

/** The part of the indicator's shift that "emerging" proposes: the first signs, not the event. */
export const EMERGING_SHARE = 0.5;

/** Sums are kept to nine decimals, so that 0.3 + 0.1 is saved as 0.4, not 0.30000000000000004. */
const DECIMALS = 1e9;

function rounded(value: number): number {
	return Math.round(value * DECIMALS) / DECIMALS;
}

function clamped(value: number): number {
	return Math.min(1, Math.max(-1, value));
}

/** The shift an observation proposes: the indicator's, or EMERGING_SHARE of it while emerging. */
export function proposedShift(indicator: Pick<Indicator, 'shift'>, status: SignpostStatus): number {
	return rounded(status === 'observed' ? indicator.shift : indicator.shift * EMERGING_SHARE);
}

/**
 * The driver's setting after a shift of its assessment: the assessment moves by the shift and
 * stops at ±1; low and high move by the same amount the assessment actually moved (and stop at
 * ±1), so the range keeps its width where it can and low ≤ assessment ≤ high still holds.
 * Weight and trend are untouched.
 */
export function shiftedSetting(setting: DriverSetting, shift: number): DriverSetting {
	const assessment = rounded(clamped(setting.assessment + shift));
	const moved = assessment - setting.assessment;
	return {
		...setting,
		assessment,
		low: rounded(clamped(setting.low + moved)),
		high: rounded(clamped(setting.high + moved))
	};
}
