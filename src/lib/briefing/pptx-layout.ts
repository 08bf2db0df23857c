// Layout of the PowerPoint slides: widescreen 13.33 × 7.5 in, a title at the top, the provenance
// line and slide number at the foot of every slide. Right-to-left decks mirror it: text aligned
// right with paragraph rtl, tables with their first column on the right.

import type PptxGenJS from 'pptxgenjs';
import { chartPalette } from '$lib/charts/palette';
import { FONT } from './pptx-chart-style';
import type { Locale } from '$lib/model';

export const SLIDE_W = 13.333;
export const SLIDE_H = 7.5;
export const MARGIN = 0.5;
export const BODY_TOP = 1.25;
export const BODY_H = SLIDE_H - BODY_TOP - 0.75;
export const BODY_W = SLIDE_W - 2 * MARGIN;

const palette = chartPalette('light');
export const TEXT = palette.text.slice(1);
export const MUTED = palette.muted.slice(1);
const RULE = palette.grid.slice(1);

export function textOptions(lang: Locale, extra: PptxGenJS.TextPropsOptions = {}): PptxGenJS.TextPropsOptions {
	return {
		fontFace: FONT,
		color: TEXT,
		fontSize: 16,
		align: lang === 'ar' ? 'right' : 'left',
		rtlMode: lang === 'ar',
		lang: lang === 'ar' ? 'ar-SA' : 'en-US',
		valign: 'top',
		margin: 0,
		fit: 'shrink',
		...extra
	};
}

export function addTitle(slide: PptxGenJS.Slide, title: string, lang: Locale): void {
	slide.addText(
		title,
		textOptions(lang, { x: MARGIN, y: 0.4, w: BODY_W, h: 0.7, fontSize: 26, bold: true, valign: 'middle' })
	);
}

/** The slide's title with a line below it that says what the slide shows. */
export function addHeading(slide: PptxGenJS.Slide, title: string, description: string, lang: Locale): void {
	addTitle(slide, title, lang);
	slide.addText(description, textOptions(lang, { x: MARGIN, y: 1.05, w: BODY_W, h: 0.35, fontSize: 12, color: MUTED }));
}

/** A small note across the foot of the body, above the footer. */
export function addNote(slide: PptxGenJS.Slide, note: string, lang: Locale): void {
	slide.addText(note, textOptions(lang, { x: MARGIN, y: 6.3, w: BODY_W, h: 0.35, fontSize: 11, color: MUTED }));
}

/** Provenance at the reading start of the foot, slide number at its end. */
export function addFooter(slide: PptxGenJS.Slide, provenance: string, n: number, total: number, lang: Locale): void {
	const y = SLIDE_H - 0.55;
	slide.addShape('line', { x: MARGIN, y: y - 0.08, w: BODY_W, h: 0, line: { color: RULE, width: 0.75 } });
	const numberW = 0.9;
	const start = lang === 'ar' ? MARGIN + numberW : MARGIN;
	slide.addText(
		provenance,
		textOptions(lang, { x: start, y, w: BODY_W - numberW, h: 0.35, fontSize: 9, color: MUTED })
	);
	// The mark keeps "3 / 11" from reading "11 / 3" in a right-to-left paragraph.
	slide.addText(
		`\u200E${n} / ${total}`,
		textOptions(lang, {
			x: lang === 'ar' ? MARGIN : SLIDE_W - MARGIN - numberW,
			y,
			w: numberW,
			h: 0.35,
			fontSize: 9,
			color: MUTED,
			align: lang === 'ar' ? 'left' : 'right'
		})
	);
}

export interface TableColumn {
	header: string;
	/** Share of the table's width. */
	width: number;
	numeric?: boolean;
}

/**
 * A table; in Arabic its columns run right to left (PowerPoint tables have no direction of their
 * own in pptxgenjs), and numbers stay right-aligned in both directions as the app's tables do.
 */
export function addTable(
	slide: PptxGenJS.Slide,
	columns: TableColumn[],
	rows: string[][],
	lang: Locale,
	box: { y: number; h: number; fontSize?: number }
): void {
	const order = lang === 'ar' ? [...columns.keys()].reverse() : [...columns.keys()];
	const fontSize = box.fontSize ?? 13;
	const cell = (text: string, i: number, header: boolean): PptxGenJS.TableCell => ({
		text,
		// `rtlMode` is honoured in cells (pptxgenjs reads it for every text body) but missing from
		// the cell type; the assertion only widens what the type admits.
		options: {
			bold: header,
			align: columns[i].numeric ? 'right' : lang === 'ar' ? 'right' : 'left',
			rtlMode: lang === 'ar',
			lang: lang === 'ar' ? 'ar-SA' : 'en-US',
			color: TEXT,
			fill: header ? { color: 'EEF0F3' } : { color: 'FFFFFF' },
			border: [
				{ type: 'none' },
				{ type: 'none' },
				{ type: 'solid', color: RULE, pt: header ? 1.5 : 0.75 },
				{ type: 'none' }
			]
		} as PptxGenJS.TableCellProps
	});
	const total = columns.reduce((sum, c) => sum + c.width, 0);
	slide.addTable(
		[
			order.map((i) => cell(columns[i].header, i, true)),
			...rows.map((row) => order.map((i) => cell(row[i] ?? '', i, false)))
		],
		{
			x: MARGIN,
			y: box.y,
			w: BODY_W,
			colW: order.map((i) => (columns[i].width / total) * BODY_W),
			fontFace: FONT,
			fontSize,
			margin: [0.04, 0.08, 0.04, 0.08],
			lang: lang === 'ar' ? 'ar-SA' : 'en-US'
		}
	);
}
