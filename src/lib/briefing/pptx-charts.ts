// The dashboard's charts as native PowerPoint charts: the same series and the same numbers
// (percent where the dashboard shows percent), in the app's colours, so an analyst can restyle
// or re-plot them in PowerPoint. Pure: it returns what `slide.addChart` takes.

import { NOTED_CHARTS, noteLines } from '$lib/charts/annotations';
import { contributionRows } from '$lib/charts/contributions';
import { driverLabels, eventLabels } from '$lib/charts/model-styles';
import type { ScenarioChartKind } from '$lib/charts/registry';
import { metricLabel } from '$lib/charts/chart-data';
import { ruptureAxisTop } from '$lib/charts/rupture-risk';
import { numberText, percentText, quarterText } from '$lib/format';
import type { BilingualText, Locale, ModelInput, Projection, ScenarioInput, Tornado, Uncertainty } from '$lib/model';
import { m } from '$lib/paraglide/messages';
import type { PptxChart, PptxChartPart } from './pptx-chart-place';
import { barOptions, FONT, hex, palette, pct, round4, timeOptions, tint } from './pptx-chart-style';

export interface ChartInputs {
	model: ModelInput;
	projection: Projection;
	tornado: Tornado | null;
	lang: Locale;
	/** The scenario's notes on the time charts, when it has any. */
	scenario?: Pick<ScenarioInput, 'annotations'>;
	/** Arabic time axes left to right, the analyst's choice on the dashboard (ChartContext.timeLtr). */
	timeLtr?: boolean;
}

const percentFormat = { valAxisLabelFormatCode: '0"%"', valAxisMinVal: 0 };

const timeLabels = (projection: Projection, lang: Locale) => projection.times.map((t) => quarterText(t, lang));

/** Each kind of the scenario's charts (the registry's kinds) as a native chart; none for a missing tornado. */
const PPTX_CHARTS: { [K in ScenarioChartKind]: (inputs: ChartInputs) => PptxChart | null } = {
	states: ({ model, projection, lang, timeLtr }) => {
		const locale = { locale: lang };
		const labels = timeLabels(projection, lang);
		const outcomes = projection.outcomes.map(
			(id) => model.outcomes.find((o) => o.id === id) ?? { id, label: { en: id, ar: id }, color: palette.muted }
		);
		return {
			type: 'area',
			data: outcomes.map((o) => ({
				name: o.label[lang],
				labels,
				values: (projection.stateProbabilities[o.id] ?? []).map(pct)
			})),
			options: {
				...timeOptions(lang, m.axis_probability({}, locale), timeLtr),
				...percentFormat,
				valAxisMaxVal: 100,
				barGrouping: 'stacked',
				chartColors: outcomes.map((o) => hex(o.color ?? palette.muted))
			}
		};
	},
	rupture: ({ model, projection, lang, timeLtr }) => {
		const locale = { locale: lang };
		const labels = timeLabels(projection, lang);
		return {
			type: 'line',
			data: [{ name: m.chart_rupture({}, locale), labels, values: projection.ruptureRisk.map(pct) }],
			options: {
				...timeOptions(lang, m.axis_probability({}, locale), timeLtr),
				...percentFormat,
				valAxisMaxVal: ruptureAxisTop(projection.ruptureRisk),
				showLegend: false,
				lineSize: 3,
				lineDataSymbolSize: 6,
				chartColors: [hex(model.outcomes[0]?.color ?? palette.muted)]
			}
		};
	},
	index: ({ model, projection, lang, timeLtr }) => fanChart(model, projection, lang, timeLtr),
	contributions: ({ model, projection, lang }) => {
		const locale = { locale: lang };
		const rows = contributionRows(
			projection,
			driverLabels(model, (t) => t[lang]),
			projection.times.length - 1
		);
		return {
			type: 'bar',
			data: [
				{
					name: m.axis_contribution({}, locale),
					labels: rows.map((r) => r.label),
					values: rows.map((r) => round4(r.value))
				}
			],
			// One series coloured by sign (pushes up / pushes down), as the dashboard's two hues.
			options: {
				...barOptions(lang, m.axis_contribution({}, locale)),
				valAxisLabelFormatCode: '+0.00;"−"0.00;0',
				showLegend: false,
				chartColors: [hex(palette.pushesUp)],
				invertedColors: [hex(palette.pushesDown)]
			}
		};
	},
	uncertainty: ({ projection, lang }) => uncertaintyChart(projection.uncertainty, lang),
	tornado: ({ model, tornado, lang }) => (tornado ? tornadoChart(model, tornado, lang) : null)
};

/**
 * What the outcome depends on: the four shares of the horizon index's variance as one series of
 * bars with their percents written on them; the analyst's inputs (ranges, events) in one hue,
 * the unmodelled factors in grey, the interaction (what the three leave over) pale.
 */
function uncertaintyChart(uncertainty: Uncertainty, lang: Locale): PptxChart {
	const locale = { locale: lang };
	const sources = [
		{ name: m.source_ranges({}, locale), share: uncertainty.ranges, color: hex(palette.inputs) },
		{ name: m.source_events({}, locale), share: uncertainty.events, color: hex(palette.inputs) },
		{ name: m.source_unmodelled({}, locale), share: uncertainty.unmodelled, color: hex(palette.unmodelled) },
		{ name: m.source_interaction({}, locale), share: uncertainty.interaction, color: tint(palette.muted, 0.35) }
	];
	const colors = sources.map((s) => s.color);
	return {
		type: 'bar',
		data: [
			{
				name: m.axis_uncertainty_share({}, locale),
				labels: sources.map((s) => s.name),
				values: sources.map((s) => pct(s.share))
			}
		],
		options: {
			...barOptions(lang, m.axis_uncertainty_share({}, locale)),
			...percentFormat,
			// Shares of one whole: the axis is the whole, so two scenarios' slides compare.
			// From 0 unless the interaction is visibly below it (it is what the sources leave over, often ±0%).
			valAxisMinVal: uncertainty.interaction < -0.005 ? Math.floor(pct(uncertainty.interaction) / 5) * 5 : 0,
			valAxisMaxVal: 100,
			showLegend: false,
			showValue: true,
			dataLabelFormatCode: '0"%"',
			dataLabelPosition: 'outEnd',
			dataLabelFontFace: FONT,
			dataLabelFontSize: 14,
			dataLabelFontBold: true,
			dataLabelColor: hex(palette.text),
			barGapWidthPct: 50,
			// One colour per bar (a single series takes a list); a negative interaction keeps its own.
			chartColors: colors,
			invertedColors: colors
		}
	};
}

export function pptxChart(chart: ScenarioChartKind, inputs: ChartInputs): PptxChart | null {
	const spec = PPTX_CHARTS[chart](inputs);
	if (!spec || !NOTED_CHARTS.has(chart)) return spec;
	const notes = noteLines(inputs.scenario?.annotations, inputs.projection.times);
	return notes.length > 0 ? { ...spec, notes } : spec;
}

/**
 * The cohesion index's fan as the dashboard draws it: the 90% and 50% bands as bands (stacked
 * areas on a transparent base at the 5th percentile: p5→p25 and p75→p95 pale, p25→p75 darker,
 * one hue), the median a solid line over them, each outcome threshold a dashed grey line.
 * Legend entries of the base and the upper pale band have no name, so each band is named once.
 */
function fanChart(model: ModelInput, projection: Projection, lang: Locale, timeLtr?: boolean): PptxChart {
	const locale = { locale: lang };
	const labels = timeLabels(projection, lang);
	const { p5, p25, p50, p75, p95 } = projection.index;
	const between = (upper: number[], lower: number[]) => upper.map((v, i) => round4(v - (lower[i] ?? 0)));
	const series = (name: string, values: number[]) => ({ name, labels, values });
	const median = palette.band.median;
	// The dashboard's opacities on white: the outer band 16%, the inner band over it 48%.
	const outer = tint(median, 0.16);
	const bands: PptxChartPart = {
		type: 'area',
		data: [
			series('', p5.map(round4)),
			series(m.band_90({}, locale), between(p25, p5)),
			series(m.band_50({}, locale), between(p75, p25)),
			series('', between(p95, p75))
		],
		options: { barGrouping: 'stacked', chartColors: ['transparent', outer, tint(median, 0.48), outer] }
	};
	const medianLine: PptxChartPart = {
		type: 'line',
		data: [series(m.band_median({}, locale), p50.map(round4))],
		options: { lineDataSymbol: 'none', lineSize: 3, chartColors: [hex(median)] }
	};
	const thresholds: PptxChartPart = {
		type: 'line',
		data: model.thresholds.map((value, i) =>
			series(
				m.threshold_label({ outcome: model.outcomes[i + 1]?.label[lang] ?? '' }, locale),
				labels.map(() => value)
			)
		),
		options: { lineDataSymbol: 'none', lineSize: 1.5, lineDash: 'dash', chartColors: [hex(palette.muted)] }
	};
	const combo = thresholds.data.length > 0 ? [bands, medianLine, thresholds] : [bands, medianLine];
	const values = [...p5, ...p95, ...model.thresholds];
	return {
		type: 'area',
		data: combo.flatMap((part) => part.data),
		combo,
		options: {
			...timeOptions(lang, m.chart_index({}, locale), timeLtr),
			valAxisLabelFormatCode: '0.00',
			// The index's own range, a round step beyond the data, as the dashboard's axis.
			valAxisMinVal: Math.floor(Math.min(...values) * 10 - 0.5) / 10,
			valAxisMaxVal: Math.ceil(Math.max(...values) * 10 + 0.5) / 10
		}
	};
}

/**
 * The tornado as the dashboard draws it: per input (drivers and events, an event by its label),
 * largest swing on top, a bar from the as-set value to its low end and one to its high end, in
 * the dashboard's two colours. The bars start where the category axis crosses the value axis, so
 * that axis is put at the as-set value (`crossesAt`) and drawn as the dashed "as set" line; the
 * value axis's title names it with its number. Both bars of an input lie on one slot (overlap
 * 100%); when both ends fall on the same side, the high end's bar is drawn over the low end's.
 */
function tornadoChart(model: ModelInput, tornado: Tornado, lang: Locale): PptxChart {
	const locale = { locale: lang };
	const isPercent = tornado.metric.kind !== 'mean-index';
	const value = (v: number) => (isPercent ? pct(v) : round4(v));
	const label = (text: BilingualText) => text[lang];
	const labels = {
		driver: new Map(driverLabels(model, label).map((d) => [d.id, d.label])),
		event: new Map(eventLabels(model, label).map((e) => [e.id, e.label]))
	};
	const bars = [...tornado.bars].sort((a, b) => b.swing - a.swing || a.id.localeCompare(b.id));
	const names = bars.map((b) => labels[b.kind].get(b.id) ?? b.id);
	const ends = [value(tornado.base), ...bars.flatMap((b) => [value(b.low), value(b.high)])];
	// Axis ends one round step beyond the data: 5 points of percent, 0.05 of the index.
	const step = isPercent ? 5 : 0.05;
	const metric = metricLabel(model, tornado, lang);
	const asSet = m.tornado_base_line({ value: tornadoBase(tornado, lang) }, locale);
	return {
		type: 'bar',
		data: [
			{ name: m.tornado_legend_low({}, locale), labels: names, values: bars.map((b) => value(b.low)) },
			{ name: m.tornado_legend_high({}, locale), labels: names, values: bars.map((b) => value(b.high)) }
		],
		options: {
			...barOptions(lang, `${metric} · ${asSet}`),
			valAxisLabelFormatCode: isPercent ? '0"%"' : '0.00',
			// Not from zero: the spread around the scenario's own value is what matters.
			valAxisMinVal: Math.floor(Math.min(...ends) / step - 1) * step,
			valAxisMaxVal: Math.ceil(Math.max(...ends) / step + 1) * step,
			valAxisCrossesAt: value(tornado.base),
			catAxisLineColor: hex(palette.text),
			catAxisLineSize: 1.5,
			catAxisLineStyle: 'dash',
			barGrouping: 'clustered',
			barOverlapPct: 100,
			barGapWidthPct: 60,
			chartColors: [hex(palette.lowEnd), hex(palette.highEnd)]
		}
	};
}

/** The tornado's base value as the slide title states it. */
export function tornadoBase(tornado: Tornado, lang: Locale): string {
	return tornado.metric.kind === 'mean-index' ? numberText(tornado.base, lang) : percentText(tornado.base);
}
