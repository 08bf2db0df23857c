// Inputs the chart builders share. Every string a chart shows comes from the caller's message
// catalogue through ChartText, so the builders stay language-free and testable in node.

import type { ChartConfiguration } from 'chart.js';

export type ChartTheme = 'light' | 'dark' | 'projector';

export interface ChartText {
	/** Caption of the stacked outcome chart: "Outcome probabilities over time". */
	outcomeProbabilities: string;
	/** Axis title and caption of the fan chart: "Cohesion index". */
	cohesionIndex: string;
	/** Axis title and caption of the rupture chart: "Rupture risk by date". */
	ruptureRisk: string;
	/** Caption of the contributions chart, given the step's display label: "Contributions at 2026-Q2". */
	contributionsAt(time: string): string;
	/** Caption of the tornado table, given the metric's name and the formatted base value. */
	sensitivity(metric: string, base: string): string;

	/** Axis title: "Probability". */
	probability: string;
	/** Time axis title and first table column: "Date". */
	date: string;
	/** Category column of the bar charts' tables: "Driver". */
	driver: string;
	/** Value axis title of the contributions chart: "Contribution to the index". */
	contribution: string;

	/** "90% band" (p5–p95). */
	band90: string;
	/** "50% band" (p25–p75). */
	band50: string;
	/** "Median". */
	median: string;
	/** "Mean". */
	mean: string;
	/** Table column for a percentile, given 5, 25, 75 or 95: "5th percentile". */
	percentile(p: number): string;

	/** "Pushes up". */
	pushesUp: string;
	/** "Pushes down". */
	pushesDown: string;
	/** Tornado: metric with the input at its low end, "Low end". */
	lowEnd: string;
	/** Tornado: metric with the input at its high end, "High end". */
	highEnd: string;
	/** Tornado: "Swing". */
	swing: string;
	/** Tornado title naming the dashed line, given the formatted base value: "Scenario as set: 54%". */
	base(value: string): string;
	/** Tornado: the label on the as-set line, given the formatted value: "As set: 54%". */
	baseLine(value: string): string;
	/** Tornado: first column of its table, a driver or an event: "Input". */
	input: string;
	/**
	 * Tornado: what each end means, for a driver's assessment, an event, a driver's weight, and
	 * (`eitherLow`, `eitherHigh`) for the legend where drivers and events share the colours, with
	 * shorter forms for a legend too narrow for them (a phone).
	 */
	tornadoEnds: {
		assessmentLow: string;
		assessmentHigh: string;
		eventOff: string;
		eventOn: string;
		weightLow: string;
		weightHigh: string;
		eitherLow: string;
		eitherHigh: string;
		eitherLowShort: string;
		eitherHighShort: string;
	};

	/** What the outcome depends on: each source's name. */
	sources: Record<UncertaintySource, string>;
	/** Its caption: "Largest source: Unmodelled factors (62%)". */
	largestSource(source: string, share: string): string;
	/** Its value axis: "Share of the uncertainty". */
	uncertaintyShare: string;
	/** Its table's first column: "Source". */
	source: string;

	/** Column header for a value in percent: "Rupture (%)". */
	percentColumn(label: string): string;
	/** Column header for a difference in percentage points: "Swing (percentage points)". */
	pointsColumn(label: string): string;
	/** A share in [0, 1] as the locale writes it: 0.374 → "37%". */
	percent(share: number): string;
	/** A plain number as the locale writes it (index values, contributions): 0.214 → "0.21". */
	number(value: number): string;
	/** A step label such as `2025-Q3` as shown on the axis. */
	time(label: string): string;
}

/** The parts of the horizon index's variance (`Projection.uncertainty`, without the total). */
export type UncertaintySource = 'ranges' | 'events' | 'unmodelled' | 'interaction';

export interface ChartContext {
	rtl: boolean;
	theme: ChartTheme;
	text: ChartText;
	/** In a right-to-left chart, keep time running left to right (the analyst's choice, for audiences that expect it). */
	timeLtr?: boolean;
}

export interface OutcomeStyle {
	id: string;
	label: string;
	color: string;
}

export interface DriverLabel {
	id: string;
	label: string;
}

/** An event's id and its label in the chart's language. */
export type EventLabel = DriverLabel;

export interface Threshold {
	value: number;
	label: string;
}

/** The exact numbers behind a chart, for a "show data" table. */
export interface DataTable {
	caption: string;
	columns: string[];
	rows: (string | number)[][];
}

/**
 * What the chart component, the slides and the PNG export accept. Every builder's config (see the
 * registries' `ScenarioChartConfigs`, `CompareChartConfigs`) is one, without a cast.
 */
export type AnyChartConfig = ChartConfiguration;
