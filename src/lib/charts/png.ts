// PNG export. Chart.js has no vector output, so charts leave as bitmaps at 2–3× resolution on
// a white background, with where the numbers came from printed under the plot.
// Browser-only: it needs a canvas and the document's fonts.

import { Chart, type ChartConfiguration, type Plugin } from 'chart.js';
import { chartPalette } from './palette';
import { plainCopy } from './plain-copy';
import { registerCharts } from './register';

export interface PngOptions {
	/** Size in CSS pixels; the bitmap is `scale` times larger. */
	width: number;
	height: number;
	scale: 2 | 3;
	/** Provenance lines (model, scenario, seed, samples, date), printed below the plot. */
	footer: string[];
}

// The export always has a white ground, so it uses the light theme's neutrals whatever the
// screen's theme is: the caller should build the config with theme 'light' or 'projector'.
const FOOTER_COLOR = chartPalette('light').muted;
const FOOTER_SIZE = 11;
const FOOTER_LINE = 15;
const MARGIN = 8;

const whiteBackground: Plugin = {
	id: 'exportBackground',
	beforeDraw(chart) {
		const g = chart.ctx;
		g.save();
		g.fillStyle = '#ffffff';
		g.fillRect(0, 0, chart.width, chart.height);
		g.restore();
	}
};

function footerPlugin(lines: string[], rtl: boolean, family: string): Plugin {
	return {
		id: 'exportFooter',
		afterDraw(chart) {
			const g = chart.ctx;
			g.save();
			g.fillStyle = FOOTER_COLOR;
			g.font = `${FOOTER_SIZE}px ${family}`;
			g.direction = rtl ? 'rtl' : 'ltr';
			g.textAlign = 'start';
			g.textBaseline = 'alphabetic';
			const x = rtl ? chart.width - MARGIN : MARGIN;
			lines.forEach((line, i) => {
				g.fillText(line, x, chart.height - MARGIN - (lines.length - 1 - i) * FOOTER_LINE);
			});
			g.restore();
		}
	};
}

function isRtl(config: ChartConfiguration): boolean {
	return config.options?.plugins?.legend?.rtl === true;
}

function toBlob(canvas: HTMLCanvasElement): Promise<Blob> {
	return new Promise((resolve, reject) => {
		canvas.toBlob(
			(blob) => (blob ? resolve(blob) : reject(new Error('The browser could not encode the chart as PNG.'))),
			'image/png'
		);
	});
}

export async function renderChartPng(
	config: ChartConfiguration,
	{ width, height, scale, footer }: PngOptions
): Promise<Blob> {
	registerCharts();
	// Arabic glyphs measured with a fallback font would overlap once the real one arrives.
	await document.fonts.ready;
	const rtl = isRtl(config);
	const canvas = document.createElement('canvas');
	canvas.width = width;
	canvas.height = height;
	canvas.dir = rtl ? 'rtl' : 'ltr';
	// Attached (but out of sight) so the canvas resolves the page's fonts and text direction.
	canvas.style.cssText = `position:fixed;inset-inline-start:-10000px;top:0;width:${width}px;height:${height}px`;
	document.body.append(canvas);
	const copy = plainCopy(config);
	const options = copy.options ?? {};
	const padding = options.layout?.padding;
	const base = typeof padding === 'number' ? padding : 0;
	const chart = new Chart(canvas, {
		...copy,
		options: {
			...options,
			responsive: false,
			maintainAspectRatio: false,
			animation: false,
			devicePixelRatio: scale,
			layout: {
				...options.layout,
				padding: {
					top: base + MARGIN,
					left: base + MARGIN,
					right: base + MARGIN,
					bottom: base + MARGIN + footer.length * FOOTER_LINE
				}
			}
		},
		plugins: [...(copy.plugins ?? []), whiteBackground, footerPlugin(footer, rtl, chartPalette('light').fontFamily)]
	});
	try {
		return await toBlob(canvas);
	} finally {
		chart.destroy();
		canvas.remove();
	}
}

export function downloadBlob(blob: Blob, filename: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	a.rel = 'noopener';
	document.body.append(a);
	a.click();
	a.remove();
	// Revoking at once can cancel the download in some browsers; a tick later is enough.
	setTimeout(() => URL.revokeObjectURL(url), 0);
}
