// Shared inputs for the comparison builders' tests: three scenarios and English text.

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
	fromWeight: 'From weight',
	fromValue: 'From value',
	total: 'Total',
	allDrivers: 'All drivers',
	gapAxis: 'Share of the gap in the index',
	gapCaption: (other, first, time, gap, residual) =>
		`${other} against ${first} at ${time}: gap ${gap}, residual ${residual}`
};

export function compareContext(rtl = false, theme: ChartTheme = 'light'): CompareContext {
	return { ...context(rtl, theme), compare: compareText };
}

export const gap: GapAttribution = {
	step: 2,
	indexA: 0.05,
	indexB: -0.15,
	gap: -0.2,
	drivers: [
		{ driver: 'trade', total: -0.05, fromWeight: 0.01, fromValue: -0.06 },
		{ driver: 'military', total: -0.12, fromWeight: 0, fromValue: -0.12 },
		{ driver: 'sanctions', total: -0.03, fromWeight: -0.04, fromValue: 0.01 }
	],
	residual: 0
};
