// The confidence line under the key judgments of a PowerPoint briefing (confidence-line.ts).

import type PptxGenJS from 'pptxgenjs';
import { confidenceLine } from './confidence-line';
import type { BriefingInput } from './pptx';
import { BODY_W, MARGIN, textOptions } from './pptx-layout';

/** Where the judgments' rows end, so that the line sits under them and above the note. */
export const JUDGMENTS_BODY_H = 4.2;

export function addConfidenceLine(slide: PptxGenJS.Slide, input: BriefingInput): void {
	const { lang, model, scenario, tornado } = input;
	slide.addText(
		confidenceLine(model, scenario, tornado, lang),
		textOptions(lang, { x: MARGIN, y: 5.6, w: BODY_W, h: 0.65, fontSize: 14, italic: true })
	);
}
