// Shared inputs for the comparison builders' tests: three scenarios and English text.

import { indexDifferenceText, pointsText } from '$lib/format';
import type { GapAttribution, Projection } from '$lib/model';
import type { CompareContext, CompareSeries, CompareText } from './compare-series';
import { context, projection } from './test-fixture';
import type { ChartTheme } from './types';

function shifted(by: number, risk: number[]): Projection {
	const move = (xs: number[]) => xs.map((x) => x + by);
	const { index } = projection;
	return {
		...projection,
		ruptureRisk: risk,
		index: {
			p5: move(index.p5),
			p25: move(index.p25),
			p50: move(index.p50),
			p75: move(index.p75),
			p95: move(index.p95),
			mean: move(index.mean)
		},
		stateProbabilities: {
			...projection.stateProbabilities,
			rupture: risk,
			cooling: projection.stateProbabilities.cooling.map(
				(c, k) => c + projection.stateProbabilities.rupture[k] - risk[k]
			)
		}
	};
}

export const series: CompareSeries[] = [
	{ label: 'Baseline', projection },
	{ label: 'Abandonment', projection: shifted(-0.2, [0.1, 0.25, 0.4]) },
	{ label: 'Saved r3', projection: shifted(0.1, [0.01, 0.02, 0.05]) }
];

export const compareText: CompareText = {
	seriesColumn: (scenario, column) => `${scenario} — ${column}`,
	statesAt: (time) => `Outcome probabilities at ${time}`,
	scenario: 'Scenario',
	gapKinds: { driver: 'Driver', event: 'Event', unmodelled: 'Unmodelled factors' },
	input: 'Input',
	kindColumn: 'Kind',
	pointsColumn: (metric) => `${metric} (points)`,
	indexColumn: 'Mean index',
	allInputs: 'All inputs',
	pointsNumber: (difference) => pointsText(difference, 'en'),
	points: (value) => `${value} pts`,
	indexDifference: (difference) => indexDifferenceText(difference, 'en'),
	bothUnits: (points, index) => `${points} (index ${index})`,
	gapAxis: (metric) => `Part of the gap in ${metric}`,
	gapCaption: (p) =>
		`${p.other} against ${p.first} at ${p.time}: ${p.metric} ${p.a} → ${p.b} (${p.points}), index ${p.index}; same: ${p.identical}`
};

export function compareContext(rtl = false, theme: ChartTheme = 'light'): CompareContext {
	return { ...context(rtl, theme), compare: compareText };
}

/** Abandonment against Baseline: two drivers, an event and the unmodelled factors differ; one event does not. */
export const gap: GapAttribution = {
	step: 2,
	metric: { kind: 'outcomes', outcomes: ['transactional', 'deepening'] },
	indexA: 0.05,
	indexB: -0.15,
	gap: -0.2,
	probabilityA: 0.6,
	probabilityB: 0.42,
	probabilityGap: -0.18,
	items: [
		{ kind: 'driver', id: 'military', index: -0.12, probability: -0.1 },
		{ kind: 'event', id: 'ceasefire', index: -0.05, probability: -0.05 },
		{ kind: 'unmodelled', id: 'unmodelled', index: 0, probability: -0.04 },
		{ kind: 'driver', id: 'trade', index: -0.04, probability: 0.01 },
		{ kind: 'driver', id: 'sanctions', index: 0.01, probability: 0 },
		{ kind: 'event', id: 'summit', index: 0, probability: 0 }
	],
	residual: 0
};

/** The fixture's events, as the gap chart names them. */
export const events = [
	{ id: 'ceasefire', label: 'Ceasefire in Ukraine' },
	{ id: 'summit', label: 'Putin–Kim summit' }
];
