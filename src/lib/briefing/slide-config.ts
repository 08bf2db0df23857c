// Adjustments of the dashboard's chart configs for slides, where type is projector-sized and
// the chart fills a 16:9 slide rather than a card.

import type { ChartConfiguration } from 'chart.js';

/**
 * Driver names on one line. The dashboard's bar charts wrap long names onto two lines, which in
 * projector type no longer fit between twelve bars on a slide; one line fits, the plot is wide.
 */
export function singleLineCategories(config: ChartConfiguration): ChartConfiguration {
	const y = config.options?.scales?.y;
	if (!y || y.type !== 'category') return config;
	return {
		...config,
		options: {
			...config.options,
			scales: {
				...config.options?.scales,
				y: {
					...y,
					ticks: {
						...y.ticks,
						callback(value) {
							return this.getLabelForValue(Number(value));
						}
					}
				}
			}
		}
	};
}

/**
 * Fewer, well-spaced date labels: "الربع الثالث 2025" at projector size would otherwise run into
 * its neighbours. Centred under their dates: 'inner' alignment shifted the first label onto the
 * second ("Q3 2025Q1 2026"); the time axis now labels years where quarters do not fit.
 */
export function roomyTimeTicks(config: ChartConfiguration): ChartConfiguration {
	const x = config.options?.scales?.x;
	if (!x || x.type !== 'category') return config;
	return {
		...config,
		options: {
			...config.options,
			scales: { ...config.options?.scales, x: { ...x, ticks: { ...x.ticks, autoSkipPadding: 28 } } }
		}
	};
}

/** Every adjustment a slide's chart gets. */
export function forSlide(config: ChartConfiguration): ChartConfiguration {
	return roomyTimeTicks(singleLineCategories(config));
}
