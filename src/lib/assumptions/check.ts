// The key-assumptions check (docs/model.md, Key assumptions): what the key judgment's number does
// if an assumption is shaky or fails, read from the sensitivity analysis the dashboard already
// has — each tied driver's bar (its assessment pinned at the low and at the high end of its
// range) and each tied event's bar (probability 0 and 1), one setting at a time on the same paths.
// Nothing is simulated here; cut points and the unmodelled factors have no bar and are named as
// not measured.

import type { AssumptionTie, KeyAssumption, Tornado, TornadoBar } from '$lib/model';
import { tieKind } from '$lib/schema/assumptions';

export const ASSUMPTION_MARKS = ['holds', 'shaky', 'fails'] as const;
export type AssumptionMark = (typeof ASSUMPTION_MARKS)[number];

export interface TieSwing {
	tie: AssumptionTie;
	bar: TornadoBar;
	/** The metric at the end of the bar where the assumption fails; null when the tie gives no direction. */
	failing: number | null;
}

export interface AssumptionSwing {
	/** The metric as set: the key judgment's number. */
	base: number;
	/** Tied drivers and events, each once, with their bars. */
	swings: TieSwing[];
	/** Ties the sensitivity analysis does not vary (cut points, unmodelled factors). */
	unmeasured: AssumptionTie[];
	/** Lowest and highest the metric reaches at any tied bar's ends, and as set. */
	low: number;
	high: number;
	/** Of the directed ties, the one whose failing end moves the metric furthest from as set. */
	failing: TieSwing | null;
}

function barOf(tie: AssumptionTie, tornado: Tornado): TornadoBar | undefined {
	const kind = tieKind(tie);
	if (kind !== 'driver' && kind !== 'event') return undefined;
	const id = kind === 'driver' ? tie.driver : tie.event;
	return tornado.bars.find((bar) => bar.kind === kind && bar.id === id);
}

/**
 * The swing of the metric if the assumption's settings moved. Null when the tornado is by
 * weight: its driver bars then move weights by ±50% and it has no event bars, so it does not
 * measure what the ties stand for.
 */
export function assumptionSwing(assumption: KeyAssumption, tornado: Tornado): AssumptionSwing | null {
	if (tornado.input !== 'assessment') return null;
	const swings: TieSwing[] = [];
	const unmeasured: AssumptionTie[] = [];
	for (const tie of assumption.ties) {
		const bar = barOf(tie, tornado);
		if (!bar) {
			unmeasured.push(tie);
			continue;
		}
		const key = `${bar.kind}:${bar.id}`;
		const failing = tie.fails === undefined ? null : tie.fails === 'lower' ? bar.low : bar.high;
		const known = swings.find((s) => `${s.bar.kind}:${s.bar.id}` === key);
		// A driver tied twice (its assessment and its trend) has one bar; a direction given once counts.
		if (known) {
			if (known.failing === null && failing !== null) known.failing = failing;
			continue;
		}
		swings.push({ tie, bar, failing });
	}
	const ends = swings.flatMap((s) => [s.bar.low, s.bar.high]);
	const directed = swings.filter((s) => s.failing !== null);
	const failing = directed.reduce<TieSwing | null>(
		(far, s) =>
			far === null || Math.abs((s.failing ?? 0) - tornado.base) > Math.abs((far.failing ?? 0) - tornado.base) ? s : far,
		null
	);
	return {
		base: tornado.base,
		swings,
		unmeasured,
		low: Math.min(tornado.base, ...ends),
		high: Math.max(tornado.base, ...ends),
		failing
	};
}

/** How many assumptions carry each mark, and how many are not marked yet. */
export function markCounts(
	ids: readonly string[],
	marks: Readonly<Record<string, AssumptionMark | undefined>>
): Record<AssumptionMark | 'open', number> {
	const counts = { holds: 0, shaky: 0, fails: 0, open: 0 };
	for (const id of ids) counts[marks[id] ?? 'open']++;
	return counts;
}
