// What goes on each kind of the comparison's PowerPoint slides. The footer (provenance and
// number) is added by the caller, as for the scenario's deck.

import type PptxGenJS from 'pptxgenjs';
import { COMPARE_CHARTS, GAP_CHART, gapMetricName } from '$lib/charts/compare-registry';
import type { CompareChartKind } from '$lib/charts/compare-registry';
import { m } from '$lib/paraglide/messages';
import { changeTable, headlineHeading, headlineTable, judgmentTable } from './compare-rows';
import { confidenceRow } from './confidence-line';
import { comparedName } from './compare-names';
import type { ComparePptxInput, CompareSlideData } from './compare-pptx';
import { compareChartPptx, compareGapPptx, gapParts, scenarioColor, SCENARIO_DASHES } from './compare-pptx-charts';
import { addPptxChart } from './pptx-chart-place';
import { addHeading, addNote, addTable, addTitle, BODY_W, MARGIN, MUTED, SLIDE_W, textOptions } from './pptx-layout';

/** The question and the compared scenarios; the provenance is the footer's, as on every slide. */
export function compareTitleSlide(slide: PptxGenJS.Slide, input: ComparePptxInput): void {
	const { lang } = input;
	const { model, scenarios } = input.data;
	const locale = { locale: lang };
	slide.addText(
		m.brief_compare_kicker({}, locale),
		textOptions(lang, { x: MARGIN, y: 0.9, w: BODY_W, h: 0.4, fontSize: 14, color: MUTED, bold: true })
	);
	slide.addText(
		model.question[lang],
		textOptions(lang, { x: MARGIN, y: 1.4, w: BODY_W, h: 1.5, fontSize: 32, bold: true })
	);
	// Each scenario beside a sample of its line (colour and dash), the reference marked; the
	// sample leads the name, on the right in Arabic.
	const rtl = lang === 'ar';
	scenarios.forEach((s, i) => {
		const y = 3.1 + i * 0.6;
		const sampleW = 0.8;
		slide.addShape('line', {
			x: rtl ? SLIDE_W - MARGIN - sampleW : MARGIN,
			y: y + 0.25,
			w: sampleW,
			h: 0,
			line: { color: scenarioColor(i), width: 3, dashType: SCENARIO_DASHES[i % SCENARIO_DASHES.length] }
		});
		const name = comparedName(s, lang);
		const text = i === 0 ? `${name} — ${m.brief_compare_reference({}, locale)}` : name;
		slide.addText(
			text,
			textOptions(lang, {
				x: rtl ? MARGIN : MARGIN + sampleW + 0.2,
				y,
				w: BODY_W - sampleW - 0.2,
				h: 0.5,
				fontSize: 20,
				bold: i === 0
			})
		);
	});
}

/** A row per judgment, a column per scenario, each other scenario's cell with its points against the reference. */
export function compareJudgmentsSlide(slide: PptxGenJS.Slide, input: ComparePptxInput, d: CompareSlideData): void {
	const { lang } = input;
	const { model, scenarios } = input.data;
	addTitle(slide, m.brief_judgments_compare_title({}, { locale: lang }), lang);
	const t = judgmentTable(
		model,
		scenarios.map((s, i) => ({ label: d.labels[i], judgments: s.judgments, projection: s.projection })),
		lang
	);
	const first = 1.6;
	addTable(
		slide,
		t.columns.map((header, i) => ({ header, width: i === 0 ? first : 1 })),
		t.rows,
		lang,
		{ y: 1.3, h: 4.8, fontSize: scenarios.length > 3 ? 13 : 15 }
	);
	addNote(slide, m.key_judgments_note({}, { locale: lang }), lang);
}

/** The Compare page's headline table: each outcome and the rupture risk at the horizon, points against the reference. */
export function compareHeadlinesSlide(slide: PptxGenJS.Slide, input: ComparePptxInput, d: CompareSlideData): void {
	const { lang } = input;
	const { model, scenarios } = input.data;
	const labelled = scenarios.map((s, i) => ({ ...s, label: d.labels[i] }));
	addTitle(slide, headlineHeading(scenarios, lang), lang);
	const t = headlineTable(model, labelled, lang);
	addTable(
		slide,
		t.columns.map((header, i) => ({ header, width: i === 0 ? 1.6 : 1, numeric: i > 0 })),
		[...t.rows, confidenceRow(model, scenarios, lang)],
		lang,
		{ y: 1.3, h: 4.8, fontSize: scenarios.length > 3 ? 13 : 15 }
	);
	addNote(slide, m.compare_headlines_desc({}, { locale: lang }), lang);
}

export function compareChartSlide(
	slide: PptxGenJS.Slide,
	kind: CompareChartKind,
	input: ComparePptxInput,
	d: CompareSlideData
): void {
	const { lang } = input;
	const entry = COMPARE_CHARTS[kind];
	const title = entry.title(d.charts, lang);
	// The index's bands are drawn as their edges here (compareIndexPptx), and the subtitle says so.
	const description =
		kind === 'index' ? m.compare_pptx_index_desc({}, { locale: lang }) : entry.description(d.charts, lang);
	addHeading(slide, title, description, lang);
	addPptxChart(slide, compareChartPptx(kind, input.data.model, d.series, d.charts.step, lang), {
		x: MARGIN,
		y: 1.5,
		w: BODY_W,
		h: 5.3,
		altText: `${title}. ${description}`
	});
}

/** What drives the gap of scenario `other` to the reference: each input's part in points. */
export function compareGapSlide(
	slide: PptxGenJS.Slide,
	other: number,
	input: ComparePptxInput,
	d: CompareSlideData
): void {
	const { lang } = input;
	const { model } = input.data;
	const gap = input.data.gaps[other - 1];
	if (!gap) return;
	const metric = gapMetricName(model, gap, lang);
	const names = {
		first: d.labels[0] ?? '',
		other: d.labels[other] ?? '',
		time: d.series[0]?.projection.times[gap.step] ?? '',
		metric
	};
	const color = scenarioColor(other);
	const chart = { gap, labels: { drivers: [], events: [] }, color: `#${color}`, names };
	const title = GAP_CHART.slideTitle(chart, lang);
	const description = GAP_CHART.description(chart, lang);
	addHeading(slide, title, description, lang);
	const parts = gapParts(model, gap, lang);
	if (parts.length === 0) return;
	addPptxChart(slide, compareGapPptx(parts, metric, color, lang), {
		x: MARGIN,
		y: 1.5,
		w: BODY_W,
		h: 5.3,
		altText: `${title}. ${description}`
	});
}

/** The settings that differ from the reference, the differing values marked. */
export function compareChangesSlide(slide: PptxGenJS.Slide, input: ComparePptxInput, d: CompareSlideData): void {
	const { lang } = input;
	const locale = { locale: lang };
	const t = changeTable(
		input.data.model,
		input.data.scenarios.map((s, i) => ({ label: d.labels[i], scenario: s.scenario })),
		lang
	);
	addTitle(slide, m.brief_changes_title({}, locale), lang);
	if (t.rows.length === 0) {
		slide.addText(m.brief_changes_none({}, locale), textOptions(lang, { x: MARGIN, y: 1.5, w: BODY_W, h: 0.6 }));
		return;
	}
	addTable(
		slide,
		t.columns.map((header, i) => ({ header, width: i === 0 ? 2 : 1, numeric: i > 0 })),
		t.rows,
		lang,
		{ y: 1.3, h: 4.8, fontSize: 12 }
	);
	if (t.more > 0) addNote(slide, m.brief_changes_more({ count: t.more }, locale), lang);
}
