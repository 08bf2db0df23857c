// The analyst's notes on the time charts ("Treaty anniversary gala" at 2026-06): a dashed
// vertical line at the step the month falls in, with the note written beside its top. A plugin
// rather than a dataset, like the base line, so stacked charts and their tooltips stay as they are.

import type { ChartConfiguration, ChartType, Plugin } from 'chart.js';
import { quarterOfMonth } from '$lib/format';
import type { ChartAnnotation } from '$lib/model';
import { font } from './base-options';
import { chartPalette } from './palette';
import type { ChartContext } from './types';

export interface NoteLine {
	/** Index of the step on the time axis. */
	index: number;
	text: string;
}

export interface NoteLinesOptions {
	notes: NoteLine[];
	color: string;
	font: { family?: string; size?: number };
	/** Text runs away from the line toward later time: right, or left on a reversed axis. */
	rtl: boolean;
}

declare module 'chart.js' {
	// eslint-disable-next-line @typescript-eslint/no-unused-vars -- a merged declaration must repeat Chart.js's type parameter
	interface PluginOptionsByType<TType extends ChartType> {
		noteLines?: NoteLinesOptions | false;
	}
}

/** Each note at the index of the step its month falls in; notes outside the horizon are left out. */
export function noteLines(annotations: readonly ChartAnnotation[] | undefined, times: readonly string[]): NoteLine[] {
	return (annotations ?? []).flatMap((a) => {
		const index = times.indexOf(quarterOfMonth(a.date));
		return index >= 0 ? [{ index, text: a.text }] : [];
	});
}

/** The first and last month of a horizon of quarterly steps, for a month picker's min and max. */
export function horizonMonths(times: readonly string[]): { min: string; max: string } | null {
	const month = (step: string | undefined, last: boolean) => {
		const match = /^(\d{4})-Q([1-4])$/.exec(step ?? '');
		if (!match) return null;
		const m = (Number(match[2]) - 1) * 3 + (last ? 3 : 1);
		return `${match[1]}-${String(m).padStart(2, '0')}`;
	};
	const min = month(times[0], false);
	const max = month(times.at(-1), true);
	return min && max ? { min, max } : null;
}

/** Room above the plot for the notes' text. */
const noteRoom = (size: number) => Math.ceil(size * 1.8);

export const noteLinesPlugin: Plugin<ChartType, NoteLinesOptions> = {
	id: 'noteLines',
	afterDatasetsDraw(chart, _args, options) {
		const scale = chart.scales.x;
		if (!scale || !options.notes?.length) return;
		const { top, bottom, left, right } = chart.chartArea;
		const g = chart.ctx;
		const size = options.font.size ?? 12;
		g.save();
		g.font = `600 ${size}px ${options.font.family ?? 'sans-serif'}`;
		g.fillStyle = options.color;
		g.strokeStyle = options.color;
		g.lineWidth = 1.5;
		g.textBaseline = 'bottom';
		options.notes.forEach((note) => {
			const x = scale.getPixelForValue(note.index);
			if (x < left - 1 || x > right + 1) return;
			g.setLineDash([4, 3]);
			g.beginPath();
			g.moveTo(x, top - size * 0.2);
			g.lineTo(x, bottom);
			g.stroke();
			// Beside the line toward later time, unless that runs off the plot; notes close together stagger.
			const width = g.measureText(note.text).width;
			const after = options.rtl ? x - width - 4 >= 0 : x + width + 4 <= chart.width;
			g.textAlign = options.rtl === after ? 'right' : 'left';
			const offset = options.rtl === after ? -4 : 4;
			g.fillText(note.text, x + offset, top - size * 0.3);
		});
		g.restore();
	}
};

/** A time chart with the scenario's notes drawn on it (unchanged when it has none in its horizon). */
export function withNotes<T extends ChartConfiguration>(
	config: T,
	annotations: readonly ChartAnnotation[] | undefined,
	times: readonly string[],
	ctx: ChartContext
): T {
	const notes = noteLines(annotations, times);
	if (notes.length === 0) return config;
	const p = chartPalette(ctx.theme);
	const options = config.options ?? {};
	const padding = (options.layout?.padding ?? {}) as Record<string, number>;
	const reversed = Boolean((options.scales?.x as { reverse?: boolean } | undefined)?.reverse);
	return {
		...config,
		plugins: [...(config.plugins ?? []), noteLinesPlugin],
		options: {
			...options,
			layout: { ...options.layout, padding: { ...padding, top: (padding.top ?? 0) + noteRoom(p.fontSize) } },
			plugins: {
				...options.plugins,
				noteLines: { notes, color: p.text, font: font(p), rtl: reversed }
			}
		}
	};
}

/** The charts over time, which carry the analyst's notes (the registry's kinds). */
export const NOTED_CHARTS: ReadonlySet<string> = new Set(['states', 'index', 'rupture']);

/** A chart of the registry with the notes drawn on it if it is a chart over time. */
export function notedChart<T extends ChartConfiguration>(
	kind: string,
	config: T,
	annotations: readonly ChartAnnotation[] | undefined,
	times: readonly string[],
	ctx: ChartContext
): T {
	return NOTED_CHARTS.has(kind) ? withNotes(config, annotations, times, ctx) : config;
}
