// The look PowerPoint charts share: the app's light palette and type, axes that run with the
// reading direction, and the number formats. Pure option objects for pptxgenjs.

import type PptxGenJS from 'pptxgenjs';
import { chartPalette } from '$lib/charts/palette';
import type { Locale } from '$lib/model';

export const FONT = 'Arial';
export const palette = chartPalette('light');
export const hex = (color: string) => color.replace('#', '').toUpperCase();

/** A colour mixed with white, for the fan's bands (PowerPoint lines take no alpha per series). */
export function tint(color: string, share: number): string {
	const mix = (offset: number) => Math.round(255 - (255 - parseInt(color.slice(offset, offset + 2), 16)) * share);
	return [1, 3, 5]
		.map((o) => mix(o).toString(16).padStart(2, '0'))
		.join('')
		.toUpperCase();
}

/** Percent with two decimals, as the dashboard's data tables give them; keeps float dust out of the file. */
export function pct(share: number): number {
	return Math.round(share * 10000) / 100;
}

export const round4 = (value: number) => Math.round(value * 10000) / 10000;

/**
 * pptxgenjs types `…AxisOrientation` as 'minMax' only, but writes the value through to
 * `<c:orientation>`, where OOXML also allows 'maxMin' (reversed): right-to-left time axes and
 * top-down driver lists need it.
 */
function orientation(reversed: boolean): 'minMax' {
	return (reversed ? 'maxMin' : 'minMax') as string as 'minMax';
}

/**
 * Where the value axis crosses a top-down driver list: at its last category, the bottom. Typed
 * as a number or 'autoZero' only, but written through to `<c:crosses>`, which allows 'max'.
 */
const AT_LAST_CATEGORY = 'max' as string as 'autoZero';

export function base(lang: Locale, valueTitle: string): PptxGenJS.IChartOpts {
	return {
		lang: lang === 'ar' ? 'ar-SA' : 'en-US',
		showLegend: true,
		legendPos: 'b',
		legendFontFace: FONT,
		legendFontSize: 12,
		catAxisLabelFontFace: FONT,
		catAxisLabelFontSize: 12,
		catAxisLabelColor: hex(palette.text),
		valAxisLabelFontFace: FONT,
		valAxisLabelFontSize: 12,
		valAxisLabelColor: hex(palette.text),
		showValAxisTitle: true,
		valAxisTitle: valueTitle,
		valAxisTitleFontFace: FONT,
		valAxisTitleFontSize: 12,
		valGridLine: { color: hex(palette.grid), size: 0.75, style: 'solid' },
		catGridLine: { style: 'none' }
	};
}

/**
 * Time runs with the reading direction: right to left in Arabic, value axis on the right — unless
 * the analyst chose to keep time left to right in Arabic charts (`timeLtr`), as on the dashboard.
 */
export function timeOptions(lang: Locale, valueTitle: string, timeLtr = false): PptxGenJS.IChartOpts {
	return {
		...base(lang, valueTitle),
		catAxisOrientation: orientation(lang === 'ar' && !timeLtr),
		catAxisLabelFrequency: '4'
	};
}

/** Drivers listed top-down, names where reading starts; values grow away from them. */
export function barOptions(lang: Locale, valueTitle: string): PptxGenJS.IChartOpts {
	return {
		...base(lang, valueTitle),
		barDir: 'bar',
		catAxisOrientation: orientation(true),
		valAxisOrientation: orientation(lang === 'ar'),
		catAxisLabelPos: 'low',
		catAxisCrossesAt: AT_LAST_CATEGORY
	};
}
