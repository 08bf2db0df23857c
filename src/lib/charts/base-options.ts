// Option pieces every chart shares: fonts, colours, right-to-left handling, axes.

import type { FontSpec, Scale, ScaleOptions } from 'chart.js';
import { percentOf } from './format';
import { chartPalette, type ChartPalette } from './palette';
import { labelYear, quartersFit, yearStarts } from './ticks';
import type { ChartContext } from './types';

export function font(p: ChartPalette, size: number = p.fontSize): Partial<FontSpec> {
	return { family: p.fontFamily, size };
}

/** Chart.js lays legend and tooltip text out by these, not by the page's `dir`. */
export function direction(ctx: ChartContext): { rtl: boolean; textDirection: 'rtl' | 'ltr' } {
	return { rtl: ctx.rtl, textDirection: ctx.rtl ? 'rtl' : 'ltr' };
}

export function legendOptions(ctx: ChartContext) {
	const p = chartPalette(ctx.theme);
	return {
		display: true,
		position: 'bottom' as const,
		...direction(ctx),
		labels: { color: p.text, font: font(p), boxWidth: p.fontSize * 2, boxHeight: p.fontSize }
	};
}

/** Legend entries drawn as line samples (dashes and all), for charts whose series are lines. */
export function lineSampleLegend(ctx: ChartContext) {
	const legend = legendOptions(ctx);
	return {
		...legend,
		labels: { ...legend.labels, usePointStyle: true, pointStyleWidth: chartPalette(ctx.theme).fontSize * 2.5 }
	};
}

export function tooltipOptions(ctx: ChartContext) {
	const p = chartPalette(ctx.theme);
	return {
		...direction(ctx),
		titleFont: font(p),
		bodyFont: font(p),
		footerFont: font(p, p.smallSize),
		padding: p.fontSize / 2,
		boxPadding: p.fontSize / 3
	};
}

/** The tooltip of a chart in percent: each series' name and its value at the hovered point. */
export function percentTooltip(ctx: ChartContext) {
	return {
		...tooltipOptions(ctx),
		callbacks: {
			label: (item: { dataset: { label?: string }; parsed: { y: number | null } }) =>
				`${item.dataset.label ?? ''}: ${percentOf(item.parsed.y ?? 0, ctx)}`
		}
	};
}

/** Shared by every chart: sized by its parent box, drawn at once (sliders move the data). */
export const commonOptions = {
	responsive: true,
	maintainAspectRatio: false,
	animation: false
} as const;

export function axisTitle(text: string, ctx: ChartContext) {
	const p = chartPalette(ctx.theme);
	return { display: true, text, color: p.text, font: font(p) };
}

/**
 * Chart.js leaves room for the last time label only on the right; with the axis reversed that
 * label sits at the left edge and would be clipped.
 */
export function timeLayout(ctx: ChartContext) {
	const p = chartPalette(ctx.theme);
	return { padding: timeReversed(ctx) ? { left: p.fontSize * 2.5 } : {} };
}

/** Options of every chart over time: the common ones, room for the last label, and a tooltip for all series at a date. */
export function timeChartOptions(ctx: ChartContext) {
	return { ...commonOptions, layout: timeLayout(ctx), interaction: { mode: 'index' as const, intersect: false } };
}

/**
 * Time runs with the reading direction: right to left in Arabic (unless the analyst keeps time
 * left to right, `ctx.timeLtr`). Labels never touch: when the quarters would not all fit, the
 * axis is labelled by year at each year's first quarter, and Chart.js thins those with room
 * between them.
 */
export function timeAxis(ctx: ChartContext): ScaleOptions<'category'> {
	const p = chartPalette(ctx.theme);
	const padding = p.fontSize * 1.5;
	const labels = (scale: Scale) => (scale.chart.data.labels ?? []).map(String);
	const yearly = (scale: Scale) => !quartersFit(labels(scale), scale.maxWidth || scale.width, p.fontSize, padding);
	return {
		type: 'category',
		reverse: timeReversed(ctx),
		afterBuildTicks(scale) {
			if (!yearly(scale)) return;
			const all = labels(scale);
			const starts = new Set(yearStarts(all, all.length >= 4 && labelYear(all[3]) === labelYear(all[0])));
			scale.ticks = scale.ticks.filter((tick) => starts.has(tick.value));
		},
		ticks: {
			color: p.text,
			font: font(p),
			maxRotation: 0,
			autoSkip: true,
			autoSkipPadding: padding,
			callback(value) {
				const label = this.getLabelForValue(Number(value));
				return yearly(this) ? (labelYear(label) ?? label) : label;
			}
		},
		grid: { color: p.grid, lineWidth: p.thinLineWidth },
		border: { color: p.muted }
	};
}

/** Time axes run right to left in Arabic, unless the analyst chose left to right for the audience. */
export function timeReversed(ctx: ChartContext): boolean {
	return ctx.rtl && !ctx.timeLtr;
}

/** The value axis of a time chart sits where time starts: left, or right in Arabic. */
export function valueAxis(ctx: ChartContext, title: string, format: (value: number) => string): ScaleOptions<'linear'> {
	const p = chartPalette(ctx.theme);
	return {
		type: 'linear',
		position: timeReversed(ctx) ? 'right' : 'left',
		title: axisTitle(title, ctx),
		ticks: { color: p.text, font: font(p), callback: (value) => format(Number(value)) },
		grid: { color: p.grid, lineWidth: p.thinLineWidth },
		border: { color: p.muted }
	};
}

export function percentAxis(ctx: ChartContext, title: string): ScaleOptions<'linear'> {
	return { ...valueAxis(ctx, title, (v) => percentOf(v, ctx)), min: 0, max: 100 };
}
