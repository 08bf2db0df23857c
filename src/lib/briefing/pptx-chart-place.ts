// A native chart placed on a slide, with the analyst's notes drawn over it as shapes. What the
// chart holds (its series and options) comes from pptx-charts.ts and compare-pptx-charts.ts.

import type PptxGenJS from 'pptxgenjs';
import type { NoteLine } from '$lib/charts/annotations';
import { FONT, hex, palette } from './pptx-chart-style';

export type PptxChartType = 'area' | 'line' | 'bar';

/** One chart type's series and options, as `slide.addChart` takes it. */
export interface PptxChartPart {
	type: PptxChartType;
	data: PptxGenJS.OptsChartData[];
	options: PptxGenJS.IChartOpts;
}

/**
 * A native chart: one type, or (`combo`) several types drawn over one another on the same axes —
 * the fan's bands as stacked areas with the median and the thresholds as lines on top. `data`
 * holds every series (of all parts, in order), `options` the chart's own (axes, legend).
 */
export interface PptxChart extends PptxChartPart {
	combo?: PptxChartPart[];
	/** The analyst's notes on a time chart, drawn over it as dashed lines with their text. */
	notes?: NoteLine[];
}

/** The plot area's place in the chart frame (fractions) when notes are drawn over it. */
const NOTED_PLOT = { x: 0.09, y: 0.1, w: 0.82, h: 0.62 };

/**
 * Places a chart on a slide: a combo as pptxgenjs's multi-type chart, otherwise as one type. A
 * time chart's notes become native shapes over it — a dashed line at the note's step and its
 * text above the plot — so the plot area is pinned (NOTED_PLOT) to know where each step falls:
 * at the edges and evenly between them where an area chart spans the axis ('midCat'), at the
 * middle of each slot for line charts; mirrored on a right-to-left axis.
 */
export function addPptxChart(slide: PptxGenJS.Slide, chart: PptxChart, placement: PptxGenJS.IChartOpts): void {
	const notes = chart.notes ?? [];
	// Counted before addChart, which wraps each series' labels in an array of its own.
	const steps = chart.data[0]?.labels?.length ?? 0;
	const options = { ...chart.options, ...placement, ...(notes.length > 0 ? { layout: NOTED_PLOT } : {}) };
	// A multi-type chart takes its options in the data argument's place (pptxgenjs reads `data || options`).
	if (chart.combo) slide.addChart(chart.combo as unknown as PptxGenJS.IChartMulti[], options as unknown as unknown[]);
	else slide.addChart(chart.type, chart.data, options);
	const [x, y, w, h] = [placement.x, placement.y, placement.w, placement.h].map(Number);
	if (notes.length === 0 || steps < 2 || ![x, y, w, h].every(Number.isFinite)) return;
	const midCat = chart.type === 'area';
	const reversed = chart.options.catAxisOrientation === ('maxMin' as string);
	const plot = { x: x + NOTED_PLOT.x * w, y: y + NOTED_PLOT.y * h, w: NOTED_PLOT.w * w, h: NOTED_PLOT.h * h };
	for (const note of notes) {
		const share = midCat ? note.index / (steps - 1) : (note.index + 0.5) / steps;
		const at = plot.x + (reversed ? 1 - share : share) * plot.w;
		slide.addShape('line', {
			x: at,
			y: plot.y - 0.15,
			w: 0,
			h: plot.h + 0.15,
			line: { color: hex(palette.text), width: 1.25, dashType: 'dash' }
		});
		const width = 2.6;
		// Beside the line toward later time, kept inside the plot.
		const later = reversed ? at - width : at;
		const left = Math.min(Math.max(later, plot.x), plot.x + plot.w - width);
		slide.addText(note.text, {
			x: left,
			y: plot.y - 0.42,
			w: width,
			h: 0.3,
			fontFace: FONT,
			fontSize: 11,
			bold: true,
			color: hex(palette.text),
			align: reversed ? 'right' : 'left',
			rtlMode: reversed,
			margin: 2
		});
	}
}
