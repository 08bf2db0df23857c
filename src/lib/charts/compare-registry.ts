// The comparison's charts, one registry for the Compare page's cards and the comparison deck's
// slides: the overlaid charts by kind, and the gap attribution of one scenario against the first.

import type { ChartConfiguration } from 'chart.js';
import { indexDifferenceText, numberText, percentText, pointsText, quarterText } from '$lib/format';
import type { GapAttribution, Locale, ModelInput } from '$lib/model';
import { m } from '$lib/paraglide/messages';
import type { ChartEntry } from './chart-entry';
import { compareGapChart, compareGapTable, identicalCount, type GapLabels, type GapNames } from './compare-gap';
import { compareIndexChart, compareIndexTable } from './compare-index';
import { compareOutcomesChart, compareOutcomesTable } from './compare-outcomes';
import { compareRuptureChart, compareRuptureTable } from './compare-rupture';
import type { CompareContext, CompareSeries } from './compare-series';
import { compareStatesChart, compareStatesTable } from './compare-states';
import type { OutcomeStyle } from './types';

/** Everything the overlaid charts are built from, in the language they are shown in. */
export interface CompareChartData {
	/** The compared scenarios, the reference first. */
	series: CompareSeries[];
	outcomes: OutcomeStyle[];
	/** Step of the grouped outcome bars, inside the horizon. */
	step: number;
}

export interface CompareChartInputs {
	states: CompareChartData;
	index: Pick<CompareChartData, 'series'>;
	rupture: Pick<CompareChartData, 'series'>;
	outcomes: Pick<CompareChartData, 'series' | 'outcomes'>;
}

export interface CompareChartConfigs {
	states: ChartConfiguration<'bar', number[], string>;
	index: ChartConfiguration<'line', number[], string>;
	rupture: ChartConfiguration<'line', number[], string>;
	outcomes: ChartConfiguration<'line', number[], string>;
}

export type CompareChartKind = keyof CompareChartInputs;

/** The deck's order: where the scenarios end up first, then how they get there. */
export const COMPARE_CHART_KINDS: readonly CompareChartKind[] = ['states', 'index', 'rupture'];

/**
 * The Compare page's order: the outcomes over time, overlaid, across the width first (the
 * question the comparison answers), then how the index moves, where they end up, the rupture risk.
 */
export const COMPARE_PAGE_KINDS: readonly CompareChartKind[] = ['outcomes', 'index', 'states', 'rupture'];

export const COMPARE_CHARTS: {
	[K in CompareChartKind]: ChartEntry<CompareChartInputs[K], CompareChartConfigs[K], CompareContext>;
} = {
	states: {
		chart: (d, ctx) => compareStatesChart(d.series, d.outcomes, d.step, ctx),
		table: (d, ctx) => compareStatesTable(d.series, d.outcomes, d.step, ctx),
		title: (d, locale) =>
			m.compare_chart_states({ date: quarterText(d.series[0]?.projection.times[d.step] ?? '', locale) }, { locale }),
		description: (_, locale) => m.compare_chart_states_desc({}, { locale })
	},
	index: {
		chart: (d, ctx) => compareIndexChart(d.series, ctx),
		table: (d, ctx) => compareIndexTable(d.series, ctx),
		title: (_, locale) => m.compare_chart_index({}, { locale }),
		description: (_, locale) => m.compare_chart_index_desc({}, { locale })
	},
	outcomes: {
		chart: (d, ctx) => compareOutcomesChart(d.series, d.outcomes, ctx),
		table: (d, ctx) => compareOutcomesTable(d.series, d.outcomes, ctx),
		title: (_, locale) => m.compare_chart_outcomes({}, { locale }),
		description: (_, locale) => m.compare_chart_outcomes_desc({}, { locale })
	},
	rupture: {
		chart: (d, ctx) => compareRuptureChart(d.series, ctx),
		table: (d, ctx) => compareRuptureTable(d.series, ctx),
		title: (_, locale) => m.chart_rupture({}, { locale }),
		description: (_, locale) => m.compare_chart_rupture_desc({}, { locale })
	}
};

/** One scenario's gap to the reference, as its chart takes it. */
export interface GapChartData {
	gap: GapAttribution;
	labels: GapLabels;
	/** The compared scenario's series colour. */
	color: string;
	names: GapNames;
}

/**
 * The headline outcome the gap's points are of, "“Transactional” or better": the metric's lowest
 * outcome when it holds every outcome from there up (the engine's default), else their names.
 */
export function gapMetricName(model: ModelInput, gap: GapAttribution, locale: Locale): string {
	const { metric } = gap;
	const label = (id: string) => model.outcomes.find((o) => o.id === id)?.label[locale] ?? id;
	if (metric.kind !== 'outcomes') return m.axis_probability({}, { locale });
	const ids = model.outcomes.map((o) => o.id);
	const lowest = Math.min(...metric.outcomes.map((id) => ids.indexOf(id)));
	const upward = lowest >= 0 && ids.slice(lowest).every((id) => metric.outcomes.includes(id));
	return upward && metric.outcomes.length === ids.length - lowest
		? m.compare_gap_metric({ outcome: label(ids[lowest]) }, { locale })
		: metric.outcomes.map(label).join(' · ');
}

/** Named otherwise on a slide than on the Compare page, so its slide title is always there. */
export const GAP_CHART: Required<
	ChartEntry<GapChartData, ChartConfiguration<'bar', (number | null)[], string>, CompareContext>
> = {
	chart: (d, ctx) => compareGapChart(d.gap, d.labels, d.names.metric, d.color, ctx),
	table: (d, ctx) => compareGapTable(d.gap, d.labels, d.names, ctx),
	title: (d, locale) => m.compare_gap_title({ other: d.names.other, first: d.names.first }, { locale }),
	slideTitle: (d, locale) => m.brief_gap_title({ other: d.names.other, first: d.names.first }, { locale }),
	description: (d, locale) =>
		m.compare_gap_desc(
			{
				metric: d.names.metric,
				a: percentText(d.gap.probabilityA),
				b: percentText(d.gap.probabilityB),
				points: m.compare_points({ value: pointsText(d.gap.probabilityGap, locale) }, { locale }),
				ia: numberText(d.gap.indexA, locale, true),
				ib: numberText(d.gap.indexB, locale, true),
				index: indexDifferenceText(d.gap.gap, locale),
				identical: String(identicalCount(d.gap))
			},
			{ locale }
		)
};
