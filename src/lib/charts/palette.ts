// Theme colours, type sizes and line widths for the charts. Outcome colours are not here: they
// belong to the model and arrive with each OutcomeStyle.

import type { ChartTheme } from './types';

export interface ChartPalette {
	background: string;
	/** Body text: ticks, legend, tooltips (≥ 4.5:1 on the background). */
	text: string;
	/** Secondary text and reference lines (≥ 4.5:1 too, since it labels things). */
	muted: string;
	grid: string;
	/** Index fan: one hue, the outer band lighter than the inner, the median solid. */
	band: { outer: string; inner: string; median: string };
	/** Contributions: two hues that also differ in lightness, so they survive greyscale. */
	pushesUp: string;
	pushesDown: string;
	/** Tornado: the metric with an input at its low end (lighter) and at its high end (darker hue). */
	lowEnd: string;
	highEnd: string;
	/**
	 * What the outcome depends on: the analyst's inputs (ranges, events) in one hue, the unmodelled
	 * factors in a neutral one; the interaction, a leftover rather than a source, is drawn in outline.
	 */
	inputs: string;
	unmodelled: string;
	fontFamily: string;
	fontSize: number;
	titleSize: number;
	smallSize: number;
	lineWidth: number;
	thinLineWidth: number;
	pointRadius: number;
}

/** One family covering Latin and Arabic, so mixed labels share metrics. */
export const FONT_FAMILY = '"Noto Sans", "Noto Sans Arabic", system-ui, sans-serif';

/** Type and strokes of the screen themes, light and dark alike. */
const screenType = {
	fontFamily: FONT_FAMILY,
	fontSize: 12,
	titleSize: 13,
	smallSize: 11,
	lineWidth: 2,
	thinLineWidth: 1,
	pointRadius: 2
};

const light: ChartPalette = {
	background: '#ffffff',
	text: '#1F2328',
	muted: '#57606A',
	grid: '#D8DEE4',
	band: { outer: 'rgba(59, 75, 160, 0.16)', inner: 'rgba(59, 75, 160, 0.38)', median: '#3B4BA0' },
	pushesUp: '#0072B2',
	pushesDown: '#8C3B00',
	lowEnd: '#B0508F',
	highEnd: '#1F3D8C',
	inputs: '#3B4BA0',
	unmodelled: '#707780',
	...screenType
};

const dark: ChartPalette = {
	background: '#14181f',
	text: '#E6EDF3',
	muted: '#A3ADB8',
	grid: '#2E3642',
	band: { outer: 'rgba(154, 168, 240, 0.18)', inner: 'rgba(154, 168, 240, 0.42)', median: '#9AA8F0' },
	// The light theme's dark vermillion vanishes on a dark background; these keep ≥ 3:1 and the
	// lightness gap (light blue over darker vermillion).
	pushesUp: '#7FB8E6',
	pushesDown: '#C2581A',
	// On dark the ends swap which is lighter, as the contributions' do; both still ≥ 3:1.
	lowEnd: '#F0B3DA',
	highEnd: '#5470D8',
	inputs: '#9AA8F0',
	unmodelled: '#737B85',
	...screenType
};

// Read from the back of a room: same colours as light, bigger type, heavier strokes.
const projector: ChartPalette = {
	...light,
	text: '#000000',
	grid: '#C4CCD4',
	fontSize: 18,
	titleSize: 20,
	smallSize: 15,
	lineWidth: 4,
	thinLineWidth: 2,
	pointRadius: 4
};

const palettes: Record<ChartTheme, ChartPalette> = { light, dark, projector };

export function chartPalette(theme: ChartTheme): ChartPalette {
	return palettes[theme];
}

function channel(hex: string, offset: number): number {
	const c = parseInt(hex.slice(offset, offset + 2), 16) / 255;
	return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of `#RRGGBB`. */
export function luminance(hex: string): number {
	return 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
}

/** WCAG contrast ratio between two `#RRGGBB` colours. */
export function contrastRatio(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi + 0.05) / (lo + 0.05);
}
