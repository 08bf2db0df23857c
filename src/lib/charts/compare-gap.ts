// What drives the difference between one scenario and the first: each input's part of the gap in
// the headline outcome (the outcomes from the middle up at the horizon), in points of probability,
// as horizontal bars, largest part on top; its part in the mean index beside it in the tooltip and
// the table. Inputs are the drivers, the events and the unmodelled factors; those set the same in
// both scenarios have no part and are left out, but counted.

import type { ChartConfiguration } from 'chart.js';
import type { GapAttribution } from '$lib/model';
import { commonOptions, legendOptions, tooltipOptions } from './base-options';
import { baseLinePlugin } from './base-line';
import type { CompareContext } from './compare-series';
import { barValueAxis, categoryAxis } from './horizontal-axes';
import { chartPalette } from './palette';
import { distinctTicks, fixedText, signedTick } from './ticks';
import type { DataTable, DriverLabel } from './types';

type GapItem = GapAttribution['items'][number];
export type GapKind = GapItem['kind'];

const KINDS: readonly GapKind[] = ['driver', 'event', 'unmodelled'];

/** Names of the inputs: drivers and events by id, in the language shown. */
export interface GapLabels {
	drivers: DriverLabel[];
	events: DriverLabel[];
}

export interface GapRow {
	kind: GapKind;
	id: string;
	label: string;
	/** Part of the gap in the headline outcome's probability, in percentage points. */
	points: number;
	/** Part of the gap in the mean index. */
	index: number;
}

/** An input with no part at all: the same setting in both scenarios. */
const identical = (item: GapItem) => item.probability === 0 && item.index === 0;

/** The inputs that have a part of the gap, largest part in points first (then in the index). */
export function gapRows(gap: GapAttribution, labels: GapLabels, ctx: CompareContext): GapRow[] {
	const names = new Map<string, string>([
		...labels.drivers.map((d): [string, string] => [`driver:${d.id}`, d.label]),
		...labels.events.map((e): [string, string] => [`event:${e.id}`, e.label])
	]);
	return gap.items
		.filter((item) => !identical(item))
		.map((item) => ({
			kind: item.kind,
			id: item.id,
			label:
				item.kind === 'unmodelled'
					? ctx.compare.gapKinds.unmodelled
					: (names.get(`${item.kind}:${item.id}`) ?? item.id),
			points: item.probability * 100,
			index: item.index
		}))
		.sort(
			(a, b) =>
				Math.abs(b.points) - Math.abs(a.points) ||
				Math.abs(b.index) - Math.abs(a.index) ||
				a.label.localeCompare(b.label)
		);
}

/** How many inputs are set the same in both scenarios (and so left out of the chart). */
export function identicalCount(gap: GapAttribution): number {
	return gap.items.filter(identical).length;
}

/** "+6.2 pts (index +0.031)": both units of one part, as the tooltip and the slides say it. */
export function gapPartText(row: Pick<GapRow, 'points' | 'index'>, ctx: CompareContext): string {
	const c = ctx.compare;
	return c.bothUnits(c.points(c.pointsNumber(row.points / 100)), c.indexDifference(row.index));
}

/**
 * @param color the compared scenario's series colour: drivers solid, events a lighter tint of it
 * with a solid edge, the unmodelled factors in the neutral muted grey, so the kinds differ in
 * lightness too, and the legend names them.
 */
export function compareGapChart(
	gap: GapAttribution,
	labels: GapLabels,
	metric: string,
	color: string,
	ctx: CompareContext
): ChartConfiguration<'bar', (number | null)[], string> {
	const p = chartPalette(ctx.theme);
	const rows = gapRows(gap, labels, ctx);
	const fills: Record<GapKind, { fill: string; edge: string }> = {
		driver: { fill: color, edge: color },
		event: { fill: `${color}55`, edge: color },
		unmodelled: { fill: `${p.muted}66`, edge: p.muted }
	};
	// One dataset per kind, null where a row is of another kind; stacked, so each row keeps one bar.
	const datasets = KINDS.filter((kind) => rows.some((r) => r.kind === kind)).map((kind) => ({
		label: ctx.compare.gapKinds[kind],
		data: rows.map((r) => (r.kind === kind ? r.points : null)),
		backgroundColor: fills[kind].fill,
		borderColor: fills[kind].edge,
		borderWidth: p.thinLineWidth,
		barPercentage: 0.8,
		// A gap of one or two inputs keeps bars of a reading size instead of filling the card.
		maxBarThickness: 48
	}));
	return {
		type: 'bar',
		data: { labels: rows.map((r) => r.label), datasets },
		plugins: [baseLinePlugin],
		options: {
			...commonOptions,
			indexAxis: 'y',
			interaction: { mode: 'nearest', axis: 'y', intersect: false },
			scales: {
				x: { ...gapAxis(ctx, metric), stacked: true },
				y: { ...categoryAxis(ctx), stacked: true }
			},
			plugins: {
				legend: legendOptions(ctx),
				baseLine: { value: 0, axis: 'x', color: p.text, width: p.thinLineWidth, dash: [] },
				tooltip: {
					...tooltipOptions(ctx),
					callbacks: {
						label: (item) => {
							const row = rows[item.dataIndex];
							return row ? `${item.dataset.label ?? ''}: ${gapPartText(row, ctx)}` : '';
						}
					}
				}
			}
		}
	};
}

/**
 * The points axis: ticks signed, with as many decimals as they need to read differently ("−25"
 * on a wide gap, "−0.04, −0.03" on a gap of hundredths of a point), never "−0".
 */
export function gapAxis(ctx: CompareContext, metric: string) {
	const axis = barValueAxis(ctx, ctx.compare.gapAxis(metric), (v) => signedTick(fixedText(v, 1), v, ctx.rtl));
	return { ...axis, ticks: { ...axis.ticks, callback: distinctTicks((text, v) => signedTick(text, v, ctx.rtl)) } };
}

export interface GapNames {
	first: string;
	other: string;
	/** Step label the gap is measured at, such as `2030-Q4`. */
	time: string;
	/** The headline outcome the points are of: "“Transactional” or better". */
	metric: string;
}

export function compareGapTable(
	gap: GapAttribution,
	labels: GapLabels,
	names: GapNames,
	ctx: CompareContext
): DataTable {
	const c = ctx.compare;
	const rows = gapRows(gap, labels, ctx);
	const points = (share: number) => c.pointsNumber(share);
	return {
		caption: c.gapCaption({
			other: names.other,
			first: names.first,
			time: ctx.text.time(names.time),
			metric: names.metric,
			a: ctx.text.percent(gap.probabilityA),
			b: ctx.text.percent(gap.probabilityB),
			points: c.points(points(gap.probabilityGap)),
			index: c.indexDifference(gap.gap),
			identical: identicalCount(gap)
		}),
		columns: [c.input, c.kindColumn, c.pointsColumn(names.metric), c.indexColumn],
		rows: [
			...rows.map((r) => [r.label, c.gapKinds[r.kind], points(r.points / 100), c.indexDifference(r.index)]),
			// The parts add up to the gaps (the engine's residual is rounding only).
			[c.allInputs, '', points(gap.probabilityGap), c.indexDifference(gap.gap)]
		]
	};
}
