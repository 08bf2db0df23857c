// The briefing's key assumptions (issue 14, point 4): each assumption's sentence with the values
// of the settings it stands for in this scenario (and the baseline's where they differ), in the
// slide language, five to a slide. Shared by the presentation and the PowerPoint file.

import { scenarioAssumptions, tiedValues, tiedValueText, type AssumptionOrigin } from '$lib/assumptions';
import type { Locale, ModelInput, ScenarioInput } from '$lib/model';
import { m } from '$lib/paraglide/messages';
import type { SlideSpec } from './deck';

/** Five sentences with their values still read at projector size; more go to the next slide. */
export const ASSUMPTIONS_PER_SLIDE = 5;

export type AssumptionsSlideSpec = Extract<SlideSpec, { kind: 'assumptions' }>;

export function assumptionSlides(count: number): SlideSpec[] {
	const pages = Math.ceil(count / ASSUMPTIONS_PER_SLIDE);
	return Array.from({ length: pages }, (_, i) => ({
		kind: 'assumptions',
		page: i + 1,
		pages,
		from: i * ASSUMPTIONS_PER_SLIDE,
		to: Math.min(count, (i + 1) * ASSUMPTIONS_PER_SLIDE)
	}));
}

export interface AssumptionRow {
	id: string;
	origin: AssumptionOrigin;
	text: string;
	/** "Ceasefire in Ukraine: probability: 95% (baseline 59%)", one per tie. */
	values: string[];
}

export function assumptionRows(
	model: ModelInput,
	scenario: ScenarioInput,
	baseline: ScenarioInput | null | undefined,
	lang: Locale
): AssumptionRow[] {
	return scenarioAssumptions(model, scenario).map(({ assumption, origin }) => ({
		id: assumption.id,
		origin,
		text: assumption.text[lang],
		values: tiedValues(assumption, model, scenario, baseline ?? null).map((v) => tiedValueText(v, model, lang))
	}));
}

export function assumptionsTitle(spec: Pick<AssumptionsSlideSpec, 'page' | 'pages'>, lang: Locale): string {
	const locale = { locale: lang };
	return spec.pages > 1
		? m.assumptions_slide_page({ page: spec.page, pages: spec.pages }, locale)
		: m.assumptions_slide_title({}, locale);
}
