// The PowerPoint briefing of a comparison, built in the browser with pptxgenjs like the one of a
// single scenario: the comparison deck's slides (one plan, `compareDeck`), native editable charts
// with the Compare page's numbers, the provenance line (titles and revision numbers, never the
// stored ids) on every slide, right-to-left slides in Arabic.

import PptxGenJS from 'pptxgenjs';
import { outcomeStyles } from '$lib/charts/model-styles';
import type { CompareChartData } from '$lib/charts/compare-registry';
import type { CompareData } from '$lib/compare/types';
import { exportFileName, versusTitle } from '$lib/export/file-name';
import { isoDate } from '$lib/format';
import type { Locale } from '$lib/model';
import { m } from '$lib/paraglide/messages';
import { briefingPart } from './pptx';
import { compareDeck } from './deck';
import { comparedLabel } from './compare-names';
import type { ChartedScenario } from './compare-pptx-charts';
import {
	compareChangesSlide,
	compareChartSlide,
	compareGapSlide,
	compareHeadlinesSlide,
	compareJudgmentsSlide,
	compareTitleSlide
} from './compare-pptx-slides';
import { compareProvenanceLine } from './provenance';
import { pptxBlob } from './pptx-file';
import { addFooter } from './pptx-layout';
import { sourcesSlide } from './pptx-slides';
import { gapOrder, paginate, pickSources } from './sources';

export interface ComparePptxInput {
	lang: Locale;
	/** The comparison as the Compare page has it, the reference first. */
	data: Pick<CompareData, 'model' | 'scenarios' | 'gaps'>;
	/** Defaults to now. */
	exportedAt?: Date;
}

/** What several slides share, worked out once in the slide language. */
export interface CompareSlideData {
	labels: string[];
	series: ChartedScenario[];
	/** The overlaid charts' input, at the horizon as the deck shows them. */
	charts: CompareChartData;
}

export function buildComparePptx(input: ComparePptxInput): PptxGenJS {
	const { lang } = input;
	const { model, scenarios, gaps } = input.data;
	const pres = new PptxGenJS();
	pres.layout = 'LAYOUT_WIDE';
	pres.rtlMode = lang === 'ar';
	const labels = scenarios.map((s) => comparedLabel(s, lang));
	pres.title = `${model.title[lang]} — ${labels.join(' · ')}`;
	pres.subject = model.question[lang];
	pres.company = m.app_name({}, { locale: lang });
	pres.theme = { headFontFace: 'Arial', bodyFontFace: 'Arial' };

	const series = scenarios.map((s, i) => ({ label: labels[i], projection: s.projection }));
	const d: CompareSlideData = {
		labels,
		series,
		charts: {
			series,
			outcomes: outcomeStyles(model, (t) => t[lang]),
			step: (scenarios[0]?.projection.times.length ?? 1) - 1
		}
	};
	const provenance = compareProvenanceLine(
		model.title,
		scenarios.map((s, i) => ({ name: labels[i], seed: s.scenario.seed, samples: s.projection.samples })),
		isoDate(input.exportedAt ?? new Date()),
		lang
	);
	const plan = compareDeck({
		judgments: scenarios[0]?.judgments.length ?? 0,
		scenarios: scenarios.length,
		sources: paginate(pickSources(model, gapOrder(gaps[0], model)))
	});
	plan.forEach((spec, i) => {
		const slide = pres.addSlide();
		slide.background = { color: 'FFFFFF' };
		if (spec.kind === 'title') compareTitleSlide(slide, input);
		else if (spec.kind === 'judgments') compareJudgmentsSlide(slide, input, d);
		else if (spec.kind === 'headlines') compareHeadlinesSlide(slide, input, d);
		else if (spec.kind === 'compare-chart') compareChartSlide(slide, spec.chart, input, d);
		else if (spec.kind === 'gap') compareGapSlide(slide, spec.other, input, d);
		else if (spec.kind === 'changes') compareChangesSlide(slide, input, d);
		else if (spec.kind === 'sources') sourcesSlide(slide, { lang, model }, spec.picks, spec.page, spec.pages);
		addFooter(slide, provenance, i + 1, plan.length, lang);
	});
	return pres;
}

export function exportComparePptx(input: ComparePptxInput): Promise<Blob> {
	return pptxBlob(buildComparePptx(input));
}

/** Named after the compared scenarios in the slide language: "Baseline vs Abandonment - briefing - 2026-12-01.pptx". */
export function comparePptxFileName(input: ComparePptxInput): string {
	const labels = input.data.scenarios.map((s) => comparedLabel(s, input.lang));
	return exportFileName(
		versusTitle(labels, input.lang),
		isoDate(input.exportedAt ?? new Date()),
		'pptx',
		briefingPart(input.lang)
	);
}
