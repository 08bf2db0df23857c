// The comparison's charts as native PowerPoint charts, with the Compare page's numbers: the
// outcome probabilities over time (each outcome its colour, each scenario its dash), where the
// scenarios end up at the horizon, the index medians and the rupture risk overlaid, and each
// scenario's gap to the reference in points. Pure: `addPptxChart` places what these return.

import type PptxGenJS from 'pptxgenjs';
import type { CompareChartKind } from '$lib/charts/compare-registry';
import { SERIES_COLORS } from '$lib/charts/compare-series';
import { quarterText } from '$lib/format';
import type { GapAttribution, Locale, ModelInput, Projection } from '$lib/model';
import { m } from '$lib/paraglide/messages';
import type { PptxChart, PptxChartPart } from './pptx-chart-place';
import { barOptions, hex, palette, pct, round4, timeOptions, tint } from './pptx-chart-style';

/** One compared scenario as its charts need it, named in the slide language. */
export interface ChartedScenario {
	label: string;
	projection: Projection;
}

type Dash = NonNullable<PptxGenJS.IChartOpts['lineDash']>;
/** The app's scenario dashes ([], [8, 4], [2, 3], [12, 4, 3, 4]) as PowerPoint's preset dashes. */
export const SCENARIO_DASHES: readonly Dash[] = ['solid', 'dash', 'sysDot', 'lgDashDot'];
const dashOf = (i: number): Dash => SCENARIO_DASHES[i % SCENARIO_DASHES.length];
/** A scenario's colour where the chart has no outcome colour to show: the app's light series colours. */
export const scenarioColor = (i: number): string => hex(SERIES_COLORS.light[i % SERIES_COLORS.light.length]);

const percentAxis = { valAxisLabelFormatCode: '0"%"', valAxisMinVal: 0 };

function times(series: ChartedScenario[], lang: Locale): string[] {
	return (series[0]?.projection.times ?? []).map((t) => quarterText(t, lang));
}

/** Outcomes best first, as the judgments read and the Compare page's chart lists them. */
function bestFirst(model: ModelInput, projection: Projection | undefined) {
	return (projection?.outcomes ?? [])
		.map((id) => model.outcomes.find((o) => o.id === id) ?? { id, label: { en: id, ar: id }, color: palette.muted })
		.reverse();
}

/** One line part per scenario (its dash), over shared time axes: a native multi-type chart. */
function perScenarioLines(parts: PptxChartPart[], options: PptxGenJS.IChartOpts): PptxChart {
	return { type: 'line', data: parts.flatMap((p) => p.data), combo: parts, options };
}

export function compareOutcomesPptx(model: ModelInput, series: ChartedScenario[], lang: Locale): PptxChart {
	const labels = times(series, lang);
	const outcomes = bestFirst(model, series[0]?.projection);
	const parts = series.map((s, i): PptxChartPart => ({
		type: 'line',
		data: outcomes.map((o) => ({
			name: m.compare_series_column({ scenario: s.label, column: o.label[lang] }, { locale: lang }),
			labels,
			values: (s.projection.stateProbabilities[o.id] ?? []).map(pct)
		})),
		options: {
			lineDash: dashOf(i),
			lineSize: 2,
			lineDataSymbol: 'none',
			chartColors: outcomes.map((o) => hex(o.color ?? palette.muted))
		}
	}));
	return perScenarioLines(parts, {
		...timeOptions(lang, m.axis_probability({}, { locale: lang })),
		...percentAxis,
		valAxisMaxVal: 100
	});
}

/** Where each scenario ends up at `step`: a group of bars per scenario, a bar per outcome in its colour. */
export function compareStatesPptx(model: ModelInput, series: ChartedScenario[], step: number, lang: Locale): PptxChart {
	const outcomes = bestFirst(model, series[0]?.projection);
	return {
		type: 'bar',
		data: outcomes.map((o) => ({
			name: o.label[lang],
			labels: series.map((s) => s.label),
			values: series.map((s) => pct(s.projection.stateProbabilities[o.id]?.[step] ?? 0))
		})),
		options: {
			...barOptions(lang, m.axis_probability({}, { locale: lang })),
			...percentAxis,
			valAxisMaxVal: 100,
			barGrouping: 'clustered',
			chartColors: outcomes.map((o) => hex(o.color ?? palette.muted))
		}
	};
}

/** One line per scenario, its colour and dash: the index's median or the rupture risk. */
function scenarioLines(
	series: ChartedScenario[],
	values: (p: Projection) => number[],
	lang: Locale,
	options: PptxGenJS.IChartOpts
): PptxChart {
	const labels = times(series, lang);
	const parts = series.map((s, i): PptxChartPart => ({
		type: 'line',
		data: [{ name: s.label, labels, values: values(s.projection) }],
		options: { lineDash: dashOf(i), lineSize: 3, lineDataSymbol: 'none', chartColors: [scenarioColor(i)] }
	}));
	return perScenarioLines(parts, options);
}

/**
 * The index: each scenario's median as a line, the edges of its 50% band (25th and 75th
 * percentiles) as thin lines in a pale tint of its colour, all in its dash. Overlaid bands of
 * several scenarios would hide one another in PowerPoint, which has no translucent areas per series.
 */
function compareIndexPptx(series: ChartedScenario[], lang: Locale): PptxChart {
	const locale = { locale: lang };
	const labels = times(series, lang);
	const parts = series.map((s, i): PptxChartPart => {
		const { p25, p50, p75 } = s.projection.index;
		const named = (column: string, values: number[]) => ({
			name: m.compare_series_column({ scenario: s.label, column }, locale),
			labels,
			values: values.map(round4)
		});
		const color = scenarioColor(i);
		const pale = tint(`#${color}`, 0.45);
		return {
			type: 'line',
			data: [
				{ name: s.label, labels, values: p50.map(round4) },
				named(m.compare_pptx_p25({}, locale), p25),
				named(m.compare_pptx_p75({}, locale), p75)
			],
			options: { lineDash: dashOf(i), lineSize: 1.5, lineDataSymbol: 'none', chartColors: [color, pale, pale] }
		};
	});
	const values = series.flatMap((s) => [...s.projection.index.p25, ...s.projection.index.p75]);
	return perScenarioLines(parts, {
		...timeOptions(lang, m.chart_index({}, locale)),
		valAxisLabelFormatCode: '0.00',
		valAxisMinVal: Math.floor(Math.min(...values) * 10 - 0.5) / 10,
		valAxisMaxVal: Math.ceil(Math.max(...values) * 10 + 0.5) / 10
	});
}

export function compareChartPptx(
	kind: CompareChartKind,
	model: ModelInput,
	series: ChartedScenario[],
	step: number,
	lang: Locale
): PptxChart {
	const locale = { locale: lang };
	switch (kind) {
		case 'outcomes':
			return compareOutcomesPptx(model, series, lang);
		case 'states':
			return compareStatesPptx(model, series, step, lang);
		case 'index':
			return compareIndexPptx(series, lang);
		case 'rupture':
			return scenarioLines(series, (p) => p.ruptureRisk.map(pct), lang, {
				...timeOptions(lang, m.axis_probability({}, locale)),
				...percentAxis
			});
	}
}

/** A gap's parts, as the Compare page lists them: inputs set alike left out, largest part first. */
export interface GapPart {
	label: string;
	/** Part of the gap in the headline outcome's probability, in percentage points. */
	points: number;
}

export function gapParts(model: ModelInput, gap: GapAttribution, lang: Locale): GapPart[] {
	const names = new Map<string, string>([
		...model.drivers.map((d): [string, string] => [`driver:${d.id}`, d.label[lang]]),
		...model.events.map((e): [string, string] => [`event:${e.id}`, e.label[lang]])
	]);
	return gap.items
		.filter((item) => item.probability !== 0 || item.index !== 0)
		.map((item) => ({
			label:
				item.kind === 'unmodelled'
					? m.compare_gap_kind_unmodelled({}, { locale: lang })
					: (names.get(`${item.kind}:${item.id}`) ?? item.id),
			points: item.probability * 100
		}))
		.sort((a, b) => Math.abs(b.points) - Math.abs(a.points));
}

/** Each input's part of one scenario's gap to the reference, in points, as bars in that scenario's colour. */
export function compareGapPptx(parts: GapPart[], metric: string, color: string, lang: Locale): PptxChart {
	return {
		type: 'bar',
		data: [
			{
				name: m.compare_gap_axis({ metric }, { locale: lang }),
				labels: parts.map((p) => p.label),
				values: parts.map((p) => Math.round(p.points * 100) / 100)
			}
		],
		options: {
			...barOptions(lang, m.compare_gap_axis({ metric }, { locale: lang })),
			valAxisLabelFormatCode: '+0.0;"−"0.0;0',
			showLegend: false,
			showValue: true,
			dataLabelFormatCode: '+0.0;"−"0.0;0',
			dataLabelFontSize: 12,
			chartColors: [color],
			invertedColors: [color]
		}
	};
}
