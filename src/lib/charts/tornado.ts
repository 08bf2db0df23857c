// Sensitivity tornado: for each driver and each event, the metric with that input at its low and
// at its high end (an event: probability 0 and 1), everything else as set. Each end is a bar from
// the as-set value, in its own colour, largest swing on top; the as-set value is a line with its
// number, the same number as the key judgment it comes from.

import type { ChartConfiguration } from 'chart.js';
import type { Tornado, TornadoBar } from '$lib/model';
import { font, tooltipOptions } from './base-options';
import { baseLineLabelRoom, baseLinePlugin } from './base-line';
import { percentOf } from './format';
import { fittingLegend } from './fitting-legend';
import { barValueAxis, categoryAxis, driverBarOptions } from './horizontal-axes';
import { chartPalette } from './palette';
import type { ChartContext, DataTable, DriverLabel, EventLabel } from './types';

/** The names the bars are labelled with, in the chart's language. */
export interface TornadoNames {
	drivers: DriverLabel[];
	events: EventLabel[];
}

interface Row {
	kind: TornadoBar['kind'];
	label: string;
	low: number;
	high: number;
	swing: number;
}

interface Scaled {
	/** Probabilities become percentage points; the mean index keeps its own units. */
	isPercent: boolean;
	base: number;
	rows: Row[];
	format: (value: number) => string;
	metric: string;
	/** What the low and the high end mean, for the legend and the table's columns. */
	ends: [string, string];
	/** The same, shorter, for a legend too narrow for `ends`. */
	shortEnds: [string, string];
}

/** The two ends' names: a weight's, an assessment's, or an assessment's and an event's together. */
function endNames(tornado: Tornado, ctx: ChartContext, short = false): [string, string] {
	const e = ctx.text.tornadoEnds;
	if (tornado.input === 'weight') return [e.weightLow, e.weightHigh];
	if (!tornado.bars.some((b) => b.kind === 'event')) return [e.assessmentLow, e.assessmentHigh];
	return short ? [e.eitherLowShort, e.eitherHighShort] : [e.eitherLow, e.eitherHigh];
}

function scaled(tornado: Tornado, names: TornadoNames, ctx: ChartContext, metricLabel?: string): Scaled {
	const isPercent = tornado.metric.kind !== 'mean-index';
	const k = isPercent ? 100 : 1;
	const label = {
		driver: new Map(names.drivers.map((d) => [d.id, d.label])),
		event: new Map(names.events.map((e) => [e.id, e.label]))
	};
	const rows = tornado.bars
		.map((b) => ({
			kind: b.kind,
			label: label[b.kind].get(b.id) ?? b.id,
			low: b.low * k,
			high: b.high * k,
			swing: b.swing * k
		}))
		.sort((a, b) => b.swing - a.swing || a.label.localeCompare(b.label));
	return {
		isPercent,
		base: tornado.base * k,
		rows,
		format: isPercent ? (v) => percentOf(v, ctx) : ctx.text.number,
		metric: metricLabel ?? (isPercent ? ctx.text.probability : ctx.text.cohesionIndex),
		ends: endNames(tornado, ctx),
		shortEnds: endNames(tornado, ctx, true)
	};
}

/** One end of one input, as its tooltip names it: "Probability 1", "Assessment at its low end". */
function endName(row: Row, high: boolean, tornado: Tornado, ctx: ChartContext): string {
	const e = ctx.text.tornadoEnds;
	if (row.kind === 'event') return high ? e.eventOn : e.eventOff;
	if (tornado.input === 'weight') return high ? e.weightHigh : e.weightLow;
	return high ? e.assessmentHigh : e.assessmentLow;
}

/**
 * Each end's bar runs from the base to its value. When both ends lie on the same side of the
 * base, the farther one starts where the nearer one stops, so neither hides the other.
 */
export function endSegments(
	row: Pick<Row, 'low' | 'high'>,
	base: number
): { low: [number, number]; high: [number, number] } {
	const [dl, dh] = [row.low - base, row.high - base];
	if (dl * dh > 0) {
		if (Math.abs(dl) <= Math.abs(dh)) return { low: [base, row.low], high: [row.low, row.high] };
		return { low: [row.high, row.low], high: [base, row.high] };
	}
	return { low: [base, row.low], high: [base, row.high] };
}

/**
 * @param metricLabel what the metric is ("Probability of transactional or deepening alliance
 * by 2027-Q4"); defaults to the generic probability or index title.
 */
export function tornadoChart(
	tornado: Tornado,
	names: TornadoNames,
	ctx: ChartContext,
	metricLabel?: string
): ChartConfiguration<'bar', [number, number][], string> {
	const p = chartPalette(ctx.theme);
	const s = scaled(tornado, names, ctx, metricLabel);
	const segments = s.rows.map((r) => endSegments(r, s.base));
	const ends = [s.base, ...s.rows.flatMap((r) => [r.low, r.high])];
	const x = barValueAxis(ctx, s.metric, s.format);
	// `grouped: false` lays both ends over one bar slot per input, on either side of the base.
	const side = (label: string, color: string, pick: (i: number) => [number, number]) => ({
		label,
		data: s.rows.map((_, i) => pick(i)),
		backgroundColor: color,
		borderColor: color,
		borderWidth: 0,
		grouped: false,
		barPercentage: 0.8
	});
	return {
		type: 'bar',
		data: {
			labels: s.rows.map((r) => r.label),
			datasets: [side(s.ends[0], p.lowEnd, (i) => segments[i].low), side(s.ends[1], p.highEnd, (i) => segments[i].high)]
		},
		plugins: [baseLinePlugin],
		options: {
			...driverBarOptions,
			// Both ends of the hovered input in one tooltip.
			interaction: { mode: 'index', axis: 'y', intersect: false },
			scales: {
				// Not from zero: the bars float around the base, and the spread is what matters.
				x: { ...x, beginAtZero: false, suggestedMin: Math.min(...ends), suggestedMax: Math.max(...ends), grace: '5%' },
				y: categoryAxis(ctx)
			},
			layout: { padding: { top: baseLineLabelRoom(p.fontSize) } },
			plugins: {
				legend: fittingLegend(ctx, s.ends, s.shortEnds),
				baseLine: {
					value: s.base,
					axis: 'x',
					color: p.text,
					width: p.thinLineWidth * 1.5,
					dash: [5, 4],
					label: { text: ctx.text.baseLine(s.format(s.base)), font: { ...font(p), weight: 'bold' } }
				},
				tooltip: {
					...tooltipOptions(ctx),
					callbacks: {
						label: (item) => {
							const r = s.rows[item.dataIndex];
							const high = item.datasetIndex === 1;
							return `${endName(r, high, tornado, ctx)}: ${s.format(high ? r.high : r.low)}`;
						},
						footer: () => ctx.text.base(s.format(s.base))
					}
				}
			}
		}
	};
}

export function tornadoTable(
	tornado: Tornado,
	names: TornadoNames,
	ctx: ChartContext,
	metricLabel?: string
): DataTable {
	const s = scaled(tornado, names, ctx, metricLabel);
	const t = ctx.text;
	const unit = (label: string) => (s.isPercent ? t.percentColumn(label) : label);
	return {
		caption: t.sensitivity(s.metric, s.format(s.base)),
		columns: [t.input, unit(s.ends[0]), unit(s.ends[1]), s.isPercent ? t.pointsColumn(t.swing) : t.swing],
		rows: s.rows.map((r) => [r.label, r.low, r.high, r.swing])
	};
}
