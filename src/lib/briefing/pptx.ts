// The PowerPoint briefing of one scenario, built in the browser with pptxgenjs: the same slides
// as the presentation (one plan, `deck.ts`), native editable charts, the provenance line on every
// slide, right-to-left slides in Arabic.

import PptxGenJS from 'pptxgenjs';
import { exportFileName } from '$lib/export/file-name';
import { isoDate } from '$lib/format';
import {
	keyJudgments,
	type Locale,
	type ModelInput,
	type Projection,
	type ScenarioInput,
	type Tornado
} from '$lib/model';
import { m } from '$lib/paraglide/messages';
import { scenarioDeck } from './deck';
import { scenarioAssumptions } from '$lib/assumptions';
import { assumptionsSlide } from './pptx-assumptions';
import { provenanceLine, type BriefSource } from './provenance';
import { signpostsSlide } from './pptx-signposts';
import { pptxBlob } from './pptx-file';
import { addFooter } from './pptx-layout';
import {
	chartSlide,
	driversSlide,
	eventsSlide,
	judgmentsSlide,
	sinceSlide,
	sourcesSlide,
	titleSlide
} from './pptx-slides';
import type { SinceRevision } from './since-revision';
import { influenceOrder, paginate, pickSources } from './sources';

export interface BriefingInput {
	lang: Locale;
	model: ModelInput;
	scenario: ScenarioInput;
	projection: Projection;
	tornado: Tornado | null;
	/** The preset or saved revision the settings come from. */
	source: BriefSource;
	/** Settings differ from that preset or revision. */
	edited: boolean;
	/** The note saved with that revision, for "what changed" and the speaker notes. */
	revisionNote?: string | null;
	/** Defaults to now. */
	exportedAt?: Date;
	/** A saved revision's briefing: what changed since an earlier revision (a slide of its own). */
	since?: SinceRevision | null;
	/** Arabic charts' time axes left to right, as the analyst chose on the dashboard. */
	timeLtr?: boolean;
	/** The model's baseline preset: the key assumptions slide says where a tied value differs from it. */
	baseline?: ScenarioInput | null;
}

export function buildBriefingPptx(input: BriefingInput): PptxGenJS {
	const { lang, model, scenario, projection, tornado } = input;
	const pres = new PptxGenJS();
	pres.layout = 'LAYOUT_WIDE';
	pres.rtlMode = lang === 'ar';
	pres.title = `${model.title[lang]} — ${scenario.title[lang]}`;
	pres.subject = model.question[lang];
	pres.company = m.app_name({}, { locale: lang });
	pres.theme = { headFontFace: 'Arial', bodyFontFace: 'Arial' };

	const provenance = provenanceLine(
		{
			title: scenario.title,
			source: input.source,
			edited: input.edited,
			model: model.title,
			seed: scenario.seed,
			samples: scenario.samples,
			date: isoDate(input.exportedAt ?? new Date())
		},
		lang
	);
	const plan = scenarioDeck({
		judgments: keyJudgments(model, projection).length,
		tornado,
		sources: paginate(pickSources(model, influenceOrder(projection, tornado))),
		assumptions: scenarioAssumptions(model, scenario).length,
		since: input.since?.from,
		signposts: model.indicators.length > 0
	});
	plan.forEach((spec, i) => {
		const slide = pres.addSlide();
		slide.background = { color: 'FFFFFF' };
		switch (spec.kind) {
			case 'title':
				titleSlide(slide, input, provenance);
				break;
			case 'judgments':
				judgmentsSlide(slide, input);
				break;
			case 'since':
				if (input.since) sinceSlide(slide, input, input.since);
				break;
			case 'chart':
				chartSlide(slide, spec.chart, input);
				break;
			case 'drivers':
				driversSlide(slide, input);
				break;
			case 'events':
				eventsSlide(slide, input);
				break;
			case 'signposts':
				signpostsSlide(slide, input);
				break;
			case 'assumptions':
				assumptionsSlide(slide, input, spec);
				break;
			case 'sources':
				sourcesSlide(slide, input, spec.picks, spec.page, spec.pages);
				break;
		}
		// The title slide states its provenance in full; the rest carry it in the footer.
		addFooter(slide, provenance, i + 1, plan.length, lang);
	});
	return pres;
}

export function exportBriefingPptx(input: BriefingInput): Promise<Blob> {
	return pptxBlob(buildBriefingPptx(input));
}

/** "briefing" in the slide language: the part of a deck's file name that says what it is. */
export function briefingPart(lang: Locale): string {
	return m.brief_file_part({}, { locale: lang });
}

/** Named after the scenario's title (and revision) in the slide language: "My case r3 - briefing - 2026-12-01.pptx". */
export function briefingFileName(
	input: Pick<BriefingInput, 'scenario' | 'source' | 'lang' | 'exportedAt'>,
	ext: 'pptx' | 'pdf' = 'pptx'
): string {
	const title = input.scenario.title[input.lang];
	const named = input.source.kind === 'saved' ? `${title} r${input.source.revision}` : title;
	return exportFileName(named, isoDate(input.exportedAt ?? new Date()), ext, briefingPart(input.lang));
}
