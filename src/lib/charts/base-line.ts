// A line across the plot at one value of an axis: the tornado's base (the metric at the
// scenario's own settings), the contributions' zero. A plugin rather than a dataset, so the line
// spans the whole plot height and bar-chart typing stays simple.

import type { ChartType, FontSpec, Plugin } from 'chart.js';

export interface BaseLineOptions {
	/** Value on the axis, in the axis's units. */
	value: number;
	/** Axis id the value belongs to. */
	axis: string;
	color: string;
	width: number;
	dash: number[];
	/**
	 * Text written above the plot at the line ("As set: 54%"); the chart leaves room for it with
	 * `layout.padding.top` (see `baseLineLabelRoom`).
	 */
	label?: { text: string; font: Partial<FontSpec> };
}

declare module 'chart.js' {
	// Makes `options.plugins.baseLine` type-check; the chart hands it to the hook below.
	// eslint-disable-next-line @typescript-eslint/no-unused-vars -- a merged declaration must repeat Chart.js's type parameter
	interface PluginOptionsByType<TType extends ChartType> {
		baseLine?: BaseLineOptions | false;
	}
}

/** Room above the plot for a line's label of this font size. */
export function baseLineLabelRoom(fontSize: number): number {
	return Math.ceil(fontSize * 1.6);
}

/**
 * Stateless: every value comes from the chart's options, so an in-place options update moves
 * the line without re-registering the plugin.
 */
export const baseLinePlugin: Plugin<'bar', BaseLineOptions> = {
	id: 'baseLine',
	afterDatasetsDraw(chart, _args, options) {
		const scale = chart.scales[options.axis];
		if (!scale || !Number.isFinite(options.value)) return;
		const x = scale.getPixelForValue(options.value);
		const { top, bottom, left, right } = chart.chartArea;
		if (x < left || x > right) return;
		const g = chart.ctx;
		g.save();
		g.strokeStyle = options.color;
		g.lineWidth = options.width;
		g.setLineDash(options.dash);
		g.beginPath();
		g.moveTo(x, top);
		g.lineTo(x, bottom);
		g.stroke();
		if (options.label) {
			const size = options.label.font.size ?? 12;
			g.font = `${options.label.font.weight ?? 'bold'} ${size}px ${options.label.font.family ?? 'sans-serif'}`;
			g.fillStyle = options.color;
			g.textBaseline = 'bottom';
			g.textAlign = 'center';
			// Centred on the line, but kept whole inside the canvas near either edge.
			const half = g.measureText(options.label.text).width / 2;
			const at = Math.min(Math.max(x, half + 2), chart.width - half - 2);
			g.fillText(options.label.text, at, top - size * 0.3);
		}
		g.restore();
	}
};
