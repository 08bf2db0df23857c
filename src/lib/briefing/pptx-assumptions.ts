// The key assumptions slide in PowerPoint: each sentence at the reading start, the values of the
// settings it stands for beside it, as on /present (assumptions-slide.ts).

import type PptxGenJS from 'pptxgenjs';
import { m } from '$lib/paraglide/messages';
import { assumptionRows, assumptionsTitle, type AssumptionsSlideSpec } from './assumptions-slide';
import type { BriefingInput } from './pptx';
import { addHeading, BODY_W, MARGIN, MUTED, textOptions } from './pptx-layout';

const TOP = 1.5;
const BODY = 4.75;
const TEXT_W = 7.4;
const GAP = 0.3;

export function assumptionsSlide(slide: PptxGenJS.Slide, input: BriefingInput, spec: AssumptionsSlideSpec): void {
	const { lang } = input;
	const rows = assumptionRows(input.model, input.scenario, input.baseline, lang).slice(spec.from, spec.to);
	addHeading(slide, assumptionsTitle(spec, lang), m.assumptions_slide_desc({}, { locale: lang }), lang);
	const rowH = BODY / Math.max(1, rows.length);
	const valuesW = BODY_W - TEXT_W - GAP;
	// Arabic reads from the right: the sentence there, its values to its left.
	const textX = lang === 'ar' ? MARGIN + valuesW + GAP : MARGIN;
	const valuesX = lang === 'ar' ? MARGIN : MARGIN + TEXT_W + GAP;
	rows.forEach((row, i) => {
		const y = TOP + i * rowH;
		slide.addText(row.text, textOptions(lang, { x: textX, y, w: TEXT_W, h: rowH - 0.12, fontSize: 14 }));
		slide.addText(
			row.values.map((text, j) => ({ text, options: { breakLine: j < row.values.length - 1 } })),
			textOptions(lang, { x: valuesX, y, w: valuesW, h: rowH - 0.12, fontSize: 11, color: MUTED })
		);
	});
}
