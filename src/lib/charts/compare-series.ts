// What the comparison charts share: one style per compared scenario, and their extra strings.
//
// Scenario colours must never be mistaken for an outcome's (rupture #D55E00, cooling #E69F00,
// transactional #56B4E9, deepening alliance #009E73 keep their meaning everywhere), and must not
// be the only difference: each scenario also has its own dash pattern and point marker.

import type { Chart, LegendItem, PointStyle } from 'chart.js';
import { lineSampleLegend } from './base-options';
import { timeLabels } from './format';
import { chartPalette } from './palette';
import type { Projection } from '$lib/model';
import type { ChartContext, ChartTheme } from './types';

/** One compared scenario as the charts see it. */
export interface CompareSeries {
	label: string;
	projection: Projection;
}

export interface CompareText {
	/** Table column for one scenario's value: "Baseline — median". */
	seriesColumn(scenario: string, column: string): string;
	/** Caption of the grouped bars: "Outcome probabilities at Q4 2030". */
	statesAt(time: string): string;
	/** First column of the grouped bars' table: "Scenario". */
	scenario: string;
	/** Gap attribution: the kinds of input, as the legend and the table name them. */
	gapKinds: { driver: string; event: string; unmodelled: string };
	/** First column of the gap table: "Input". */
	input: string;
	/** Its kind column: "Kind". */
	kindColumn: string;
	/** Column of the parts in points of the headline outcome, given its name. */
	pointsColumn(metric: string): string;
	/** Column of the parts in the mean index: "Mean index". */
	indexColumn: string;
	/** The sum row: "All inputs". */
	allInputs: string;
	/** A difference of probabilities in points, signed, one decimal (`pointsText`): "+6.2". */
	pointsNumber(difference: number): string;
	/** That number with its unit: "+6.2 pts". */
	points(value: string): string;
	/** A part of the index gap, signed, three decimals: "+0.031". */
	indexDifference(difference: number): string;
	/** One part in both units: "+6.2 pts (index +0.031)". */
	bothUnits(points: string, index: string): string;
	/** Value axis of the gap chart, given the headline outcome's name. */
	gapAxis(metric: string): string;
	/** Caption of a gap table, every value already formatted. */
	gapCaption(parts: GapCaptionParts): string;
}

export interface GapCaptionParts {
	other: string;
	first: string;
	time: string;
	metric: string;
	/** The headline outcome's probability in the first and in the other scenario. */
	a: string;
	b: string;
	/** The gaps: in points with the unit, and in the mean index. */
	points: string;
	index: string;
	/** Inputs set the same in both. */
	identical: number;
}

export interface CompareContext extends ChartContext {
	compare: CompareText;
}

export interface SeriesStyle {
	color: string;
	/** Translucent fill of the scenario's p25–p75 band. */
	band: string;
	dash: number[];
	point: PointStyle;
}

/** Okabe–Ito blue and reddish purple, a neutral and a violet: none of them an outcome's hue. */
export const SERIES_COLORS: Record<'light' | 'dark', readonly string[]> = {
	light: ['#0072B2', '#CC79A7', '#444444', '#7A5195'],
	// Dark grey and deep violet fade into a dark background; a light grey and a lighter violet
	// keep ≥ 3:1 (WCAG 1.4.11) there.
	dark: ['#0072B2', '#CC79A7', '#BBBBBB', '#A886CF']
};

const DASHES: readonly number[][] = [[], [8, 4], [2, 3], [12, 4, 3, 4]];
const POINTS: readonly PointStyle[] = ['circle', 'rect', 'triangle', 'rectRot'];

function translucent(hex: string, alpha: number): string {
	const channel = (offset: number) => parseInt(hex.slice(offset, offset + 2), 16);
	return `rgba(${channel(1)}, ${channel(3)}, ${channel(5)}, ${alpha})`;
}

/** The dates of the compared scenarios, which share one model and so one timeline. */
export function seriesTimeLabels(series: readonly CompareSeries[], ctx: ChartContext): string[] {
	return timeLabels(series[0]?.projection.times ?? [], ctx);
}

/** Style of the scenario in slot `index` (0-based; the page shows at most four). */
export function compareSeriesStyle(index: number, theme: ChartTheme): SeriesStyle {
	const colors = SERIES_COLORS[theme === 'dark' ? 'dark' : 'light'];
	const slot = ((index % colors.length) + colors.length) % colors.length;
	const color = colors[slot];
	return {
		color,
		band: translucent(color, theme === 'dark' ? 0.22 : 0.14),
		dash: [...DASHES[slot]],
		point: POINTS[slot]
	};
}

/**
 * Legend entries for the first `count` datasets, one per scenario, as dashed line samples.
 * Chart.js's own entries take the style of a point when `usePointStyle` is on, which drops
 * the line's dash, and the dash is what tells scenarios apart without colour.
 */
function seriesLegendLabels(labels: readonly string[], ctx: ChartContext): (chart: Chart) => LegendItem[] {
	const p = chartPalette(ctx.theme);
	return (chart) =>
		labels.map((text, i) => {
			const style = compareSeriesStyle(i, ctx.theme);
			return {
				text,
				datasetIndex: i,
				fillStyle: style.color,
				strokeStyle: style.color,
				fontColor: p.text,
				lineWidth: p.lineWidth,
				lineDash: style.dash,
				pointStyle: 'line',
				hidden: !chart.isDatasetVisible(i)
			};
		});
}

/** The legend of a comparison chart: one dashed line sample per scenario (its first datasets). */
export function seriesLegend(labels: readonly string[], ctx: ChartContext) {
	const legend = lineSampleLegend(ctx);
	return { ...legend, labels: { ...legend.labels, generateLabels: seriesLegendLabels(labels, ctx) } };
}
