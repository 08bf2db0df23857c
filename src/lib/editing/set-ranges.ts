// The range an analyst set for each driver, kept apart from the range that is simulated. The
// model needs low ≤ assessment ≤ high, so an assessment moved past an end widens the simulated
// range just enough to hold it; moved back inside, the analyst's own ends return. A sweep of the
// assessment to both ends and back therefore leaves the numbers as they were, and a range that
// is wider than the analyst set is one the dashboard shows as such (see `widenedRanges`).

import type { ScenarioInput } from '$lib/model';

export interface DriverRange {
	low: number;
	high: number;
}

/** The analyst's own range of each driver, by driver id. */
export type SetRanges = Readonly<Record<string, DriverRange>>;

/** The ranges a scenario sets, taken as the analyst's own (a scenario opened, reset or saved). */
export function rangesOf(scenario: ScenarioInput): SetRanges {
	return Object.fromEntries(Object.entries(scenario.drivers).map(([id, { low, high }]) => [id, { low, high }]));
}

/** The simulated range: the set one, widened just enough to hold the assessment. */
export function effectiveRange(set: DriverRange, assessment: number): DriverRange {
	return { low: Math.min(set.low, assessment), high: Math.max(set.high, assessment) };
}

/** A driver whose simulated range is wider than the one the analyst set. */
export interface WidenedRange {
	set: DriverRange;
	simulated: DriverRange;
}

/** The drivers of `scenario` simulated on a wider range than `ranges` sets, by driver id. */
export function widenedRanges(scenario: ScenarioInput, ranges: SetRanges): Record<string, WidenedRange> {
	const out: Record<string, WidenedRange> = {};
	for (const [id, { low, high }] of Object.entries(scenario.drivers)) {
		const set = ranges[id];
		if (set && (low < set.low || high > set.high)) out[id] = { set, simulated: { low, high } };
	}
	return out;
}

/**
 * The ranges after the analyst moved one end of a driver's range in `scenario` (already applied):
 * that end is now theirs as simulated; the other end stays as they set it.
 */
export function withSetEnd(ranges: SetRanges, scenario: ScenarioInput, id: string, end: 'low' | 'high'): SetRanges {
	const setting = scenario.drivers[id];
	if (!setting) return ranges;
	const own = ranges[id] ?? { low: setting.low, high: setting.high };
	return { ...ranges, [id]: { ...own, [end]: setting[end] } };
}

/** The ranges with a driver's simulated range adopted as its set one (the analyst keeps the widening). */
export function withSimulatedRange(ranges: SetRanges, scenario: ScenarioInput, id: string): SetRanges {
	const setting = scenario.drivers[id];
	return setting ? { ...ranges, [id]: { low: setting.low, high: setting.high } } : ranges;
}

/**
 * A range as text, "−0.55 … +1.00" with `format` for each end, isolated left to right (U+2066 …
 * U+2069) so that within Arabic text each sign stays by its number and the low end comes first.
 */
export function rangeText(range: DriverRange, format: (value: number) => string): string {
	return `\u2066${format(range.low)} … ${format(range.high)}\u2069`;
}
