// The PowerPoint's "What to watch — and what we saw" slide: the same table as the presentation's.

import type PptxGenJS from 'pptxgenjs';
import { m } from '$lib/paraglide/messages';
import type { BriefingInput } from './pptx';
import { addHeading, addTable } from './pptx-layout';
import { signpostsDescription, signpostsTable } from './signposts-table';

export function signpostsSlide(slide: PptxGenJS.Slide, input: BriefingInput): void {
	const { lang, model, scenario } = input;
	addHeading(slide, m.signpost_slide_title({}, { locale: lang }), signpostsDescription(model, scenario, lang), lang);
	const t = signpostsTable(model, scenario, lang);
	addTable(slide, t.columns, t.rows, lang, { y: 1.5, h: 5, fontSize: 11 });
}
