// Axes and options of the horizontal bar charts (drivers down the side, values across).

import type { CartesianScaleOptions, ScaleOptions } from 'chart.js';
import { axisTitle, commonOptions, font } from './base-options';
import { chartPalette } from './palette';
import type { ChartContext } from './types';

const LINE_LENGTH = 30;
/** On a phone the names get less room: shorter lines, more of them. */
const NARROW_LINE_LENGTH = 16;
const NARROW_CHART = 520;

/** Long driver names on two or more lines rather than cut off at the chart's edge. */
export function wrapLabel(label: string, width = LINE_LENGTH): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of label.split(/\s+/)) {
		if (line && line.length + 1 + word.length > width) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines;
}

/**
 * Words on as many lines as a `width` wide axis needs, each measured (`measure`); a word wider
 * than the axis stands on its own line. Chart.js squeezes a title wider than its axis instead.
 */
export function wrapToWidth(text: string, width: number, measure: (text: string) => number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const longer = line ? `${line} ${word}` : word;
		if (line && measure(longer) > width) {
			lines.push(line);
			line = word;
		} else line = longer;
	}
	if (line) lines.push(line);
	return lines;
}

/** Driver names start where the reading starts: left, or right in Arabic. */
export function categoryAxis(ctx: ChartContext): ScaleOptions<'category'> {
	const p = chartPalette(ctx.theme);
	return {
		type: 'category',
		position: ctx.rtl ? 'right' : 'left',
		ticks: {
			color: p.text,
			font: font(p),
			autoSkip: false,
			callback(value) {
				const width = this.chart.width < NARROW_CHART ? NARROW_LINE_LENGTH : LINE_LENGTH;
				return wrapLabel(this.getLabelForValue(Number(value)), width);
			}
		},
		grid: { display: false },
		border: { color: p.muted }
	};
}

/** Values grow away from the driver names, so in Arabic the axis runs right to left. */
export function barValueAxis(
	ctx: ChartContext,
	title: string,
	format: (value: number) => string
): ScaleOptions<'linear'> {
	const p = chartPalette(ctx.theme);
	return {
		type: 'linear',
		position: 'bottom',
		reverse: ctx.rtl,
		title: axisTitle(title, ctx),
		// A long metric ("Chance of … at the end of 2030") on two lines or more on a phone: the
		// axis's width is known once its dimensions are set, before Chart.js measures the title.
		afterSetDimensions(scale) {
			const g = scale.ctx;
			g.save();
			g.font = `${p.fontSize}px ${p.fontFamily}`;
			const lines = wrapToWidth(title, scale.width, (text) => g.measureText(text).width);
			// The canvas lays a title line out left to right: an Arabic line ending in a closing «»
			// would show it at the wrong end; right-to-left marks around the line keep it in place.
			(scale.options as CartesianScaleOptions).title.text = ctx.rtl
				? lines.map((line) => `\u200f${line}\u200f`)
				: lines;
			g.restore();
		},
		// Level labels read better than slanted ones; Chart.js thins them out instead.
		ticks: {
			color: p.text,
			font: font(p),
			maxRotation: 0,
			autoSkip: true,
			autoSkipPadding: p.fontSize,
			callback: (value) => format(Number(value))
		},
		grid: { color: p.grid, lineWidth: p.thinLineWidth },
		border: { color: p.muted }
	};
}

/** Options of a chart with a bar per driver: hovering anywhere on a driver's row shows its bar. */
export const driverBarOptions = {
	...commonOptions,
	indexAxis: 'y',
	interaction: { mode: 'nearest', axis: 'y', intersect: false }
} as const;
