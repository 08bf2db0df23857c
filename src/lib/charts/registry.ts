// The scenario's charts, one registry for every place that shows them: the dashboard's cards,
// the presentation's slides and the PowerPoint file (its native charts are keyed by the same
// kinds). Each kind: its builder, its table, its names in both languages.

import type { ChartConfiguration } from 'chart.js';
import { quarterText } from '$lib/format';
import type { Locale, Projection, Tornado } from '$lib/model';
import { m } from '$lib/paraglide/messages';
import type { ChartEntry } from './chart-entry';
import { contributionsChart, contributionsTable } from './contributions';
import { indexFanChart, indexFanTable } from './index-fan';
import { FALLBACK_OUTCOME_COLOR } from './model-styles';
import { ruptureRiskChart, ruptureRiskTable } from './rupture-risk';
import { stateProbabilitiesChart, stateProbabilitiesTable } from './state-probabilities';
import { tornadoChart, tornadoTable } from './tornado';
import type { DriverLabel, EventLabel, OutcomeStyle, Threshold } from './types';
import { uncertaintyChart, uncertaintyTable } from './uncertainty';

/** Everything the scenario's charts are built from, in the language they are shown in. */
export interface ScenarioChartData {
	projection: Projection;
	/** Computed apart from the projection; without it there is no tornado to show. */
	tornado: Tornado | null;
	outcomes: OutcomeStyle[];
	drivers: DriverLabel[];
	events: EventLabel[];
	thresholds: Threshold[];
	/** Step the contributions are shown at. */
	step: number;
	/** What the tornado measures: "Chance of “A” or “B” at the end of 2030". */
	metricLabel?: string;
}

/** What each kind reads of the data. */
export interface ScenarioChartInputs {
	states: Pick<ScenarioChartData, 'projection' | 'outcomes'>;
	index: Pick<ScenarioChartData, 'projection' | 'thresholds'>;
	rupture: Pick<ScenarioChartData, 'projection' | 'outcomes'>;
	contributions: Pick<ScenarioChartData, 'projection' | 'drivers' | 'step'>;
	uncertainty: Pick<ScenarioChartData, 'projection'>;
	tornado: Pick<ScenarioChartData, 'tornado' | 'drivers' | 'events' | 'metricLabel'>;
}

/** What each kind's builder returns. */
export interface ScenarioChartConfigs {
	states: ChartConfiguration<'line', number[], string>;
	index: ChartConfiguration<'line', number[], string>;
	rupture: ChartConfiguration<'line', number[], string>;
	contributions: ChartConfiguration<'bar', (number | null)[], string>;
	uncertainty: ChartConfiguration<'bar', number[], string>;
	tornado: ChartConfiguration<'bar', [number, number][], string>;
}

export type ScenarioChartKind = keyof ScenarioChartInputs;

/**
 * The dashboard's and the deck's order: the outcome, then what it depends on (how much is the
 * analyst's inputs at all), then which drivers; the tornado only once it has been computed.
 */
export function scenarioChartKinds(tornado: Tornado | null): ScenarioChartKind[] {
	const kinds: ScenarioChartKind[] = ['states', 'index', 'rupture', 'uncertainty', 'contributions'];
	if (tornado) kinds.push('tornado');
	return kinds;
}

/** A tornado with no bars, for a slide asked to show one before it exists. */
const NO_TORNADO: Tornado = { metric: { kind: 'mean-index' }, input: 'assessment', base: 0, bars: [] };

const contributionsTime = (input: ScenarioChartInputs['contributions'], locale: Locale) =>
	quarterText(input.projection.times[input.step] ?? '', locale);

export const SCENARIO_CHARTS: {
	[K in ScenarioChartKind]: ChartEntry<ScenarioChartInputs[K], ScenarioChartConfigs[K]>;
} = {
	states: {
		chart: (d, ctx) => stateProbabilitiesChart(d.projection, d.outcomes, ctx),
		table: (d, ctx) => stateProbabilitiesTable(d.projection, d.outcomes, ctx),
		title: (_, locale) => m.chart_states({}, { locale }),
		description: (_, locale) => m.chart_states_desc({}, { locale })
	},
	index: {
		chart: (d, ctx) => indexFanChart(d.projection, ctx, d.thresholds),
		table: (d, ctx) => indexFanTable(d.projection, ctx, d.thresholds),
		title: (_, locale) => m.chart_index({}, { locale }),
		description: (_, locale) => m.chart_index_desc({}, { locale })
	},
	rupture: {
		chart: (d, ctx) => ruptureRiskChart(d.projection, d.outcomes[0]?.color ?? FALLBACK_OUTCOME_COLOR, ctx),
		table: (d, ctx) => ruptureRiskTable(d.projection, ctx),
		title: (_, locale) => m.chart_rupture({}, { locale }),
		description: (_, locale) => m.chart_rupture_desc({}, { locale })
	},
	contributions: {
		chart: (d, ctx) => contributionsChart(d.projection, d.drivers, d.step, ctx),
		table: (d, ctx) => contributionsTable(d.projection, d.drivers, d.step, ctx),
		title: (d, locale) => m.chart_contributions({ date: contributionsTime(d, locale) }, { locale }),
		// The slides show the horizon, worded as the briefing words it.
		slideTitle: (d, locale) => m.brief_chart_contributions_horizon({ date: contributionsTime(d, locale) }, { locale }),
		description: (_, locale) => m.chart_contributions_desc({}, { locale })
	},
	uncertainty: {
		chart: (d, ctx) => uncertaintyChart(d.projection.uncertainty, ctx),
		table: (d, ctx) => uncertaintyTable(d.projection.uncertainty, ctx),
		title: (_, locale) => m.chart_uncertainty({}, { locale }),
		description: (_, locale) => m.chart_uncertainty_desc({}, { locale })
	},
	tornado: {
		chart: (d, ctx) => tornadoChart(d.tornado ?? NO_TORNADO, d, ctx, d.tornado ? d.metricLabel : undefined),
		table: (d, ctx) => tornadoTable(d.tornado ?? NO_TORNADO, d, ctx, d.tornado ? d.metricLabel : undefined),
		title: (_, locale) => m.chart_tornado({}, { locale }),
		description: (_, locale) => m.chart_tornado_desc({}, { locale })
	}
};
