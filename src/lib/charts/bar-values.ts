// Each bar's value written at its end ("42%"), for charts with few bars whose numbers matter more
// than the axis: what the outcome depends on. Stateless like the base line: the texts come with
// the options, so an in-place update rewrites them.

import type { ChartType, FontSpec, Plugin } from 'chart.js';

export interface BarValuesOptions {
	/** One text per bar of the dataset, in data order. */
	texts: string[];
	/** The dataset whose bars are labelled. */
	dataset: number;
	color: string;
	font: Partial<FontSpec>;
	/** The value axis runs right to left: the texts go on the bars' left. */
	rtl: boolean;
}

declare module 'chart.js' {
	// eslint-disable-next-line @typescript-eslint/no-unused-vars -- a merged declaration must repeat Chart.js's type parameter
	interface PluginOptionsByType<TType extends ChartType> {
		barValues?: BarValuesOptions | false;
	}
}

/** Room at the end of the bars for texts as long as "100%" at this font size. */
export function barValuesRoom(fontSize: number): number {
	return Math.ceil(fontSize * 3.2);
}

export const barValuesPlugin: Plugin<'bar', BarValuesOptions> = {
	id: 'barValues',
	afterDatasetsDraw(chart, _args, options) {
		const meta = chart.getDatasetMeta(options.dataset);
		if (!meta || meta.hidden) return;
		const g = chart.ctx;
		const size = options.font.size ?? 12;
		g.save();
		g.font = `${options.font.weight ?? 'bold'} ${size}px ${options.font.family ?? 'sans-serif'}`;
		g.fillStyle = options.color;
		g.textBaseline = 'middle';
		meta.data.forEach((element, i) => {
			const text = options.texts[i];
			if (!text) return;
			const { x, y, base } = element.getProps(['x', 'y', 'base'], true) as { x: number; y: number; base: number };
			// Past the bar's end on the side values grow to (left in Arabic); a bar below zero (a
			// slightly negative interaction) gets its text past zero instead, clear of the labels.
			const end = options.rtl ? Math.min(x, base) : Math.max(x, base);
			g.textAlign = options.rtl ? 'right' : 'left';
			g.fillText(text, end + (options.rtl ? -1 : 1) * size * 0.4, y);
		});
		g.restore();
	}
};
