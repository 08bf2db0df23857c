// Axes of the horizontal bar charts (drivers down the side, values across).

import type { ScaleOptions } from 'chart.js';
import { axisTitle, font } from './base-options';
import { chartPalette } from './palette';
import type { ChartContext } from './types';

/** Driver names start where the reading starts: left, or right in Arabic. */
export function categoryAxis(ctx: ChartContext): ScaleOptions<'category'> {
	const p = chartPalette(ctx.theme);
	return {
		type: 'category',
		position: ctx.rtl ? 'right' : 'left',
		ticks: { color: p.text, font: font(p), autoSkip: false },
		grid: { display: false },
		border: { color: p.muted }
	};
}

/** Values grow away from the driver names, so in Arabic the axis runs right to left. */
export function barValueAxis(ctx: ChartContext, title: string, format: (value: number) => string): ScaleOptions<'linear'> {
	const p = chartPalette(ctx.theme);
	return {
		type: 'linear',
		position: 'bottom',
		reverse: ctx.rtl,
		title: axisTitle(title, ctx),
		ticks: { color: p.text, font: font(p), callback: (value) => format(Number(value)) },
		// Zero is the line the bars grow from: draw it in text colour, the rest as faint grid.
		grid: { color: (c) => (c.tick?.value === 0 ? p.text : p.grid), lineWidth: p.thinLineWidth },
		border: { color: p.muted }
	};
}
