// What goes on each kind of PowerPoint slide. The footer and numbering are added by the caller.

import type PptxGenJS from 'pptxgenjs';
import { metricLabel, scenarioChartData } from '$lib/charts/chart-data';
import { outcomeColor } from '$lib/charts/model-styles';
import { SCENARIO_CHARTS, type ScenarioChartKind } from '$lib/charts/registry';
import { keyJudgments } from '$lib/model';
import { m } from '$lib/paraglide/messages';
import { driversTable, eventsTable, runSettings, type TextTable } from './inputs';
import type { BriefingInput } from './pptx';
import { addPptxChart } from './pptx-chart-place';
import { addConfidenceLine, JUDGMENTS_BODY_H } from './pptx-confidence';
import { pptxChart, tornadoBase } from './pptx-charts';
import {
	addHeading,
	addNote,
	addTable,
	addTitle,
	BODY_TOP,
	BODY_W,
	MARGIN,
	MUTED,
	SLIDE_W,
	textOptions
} from './pptx-layout';
import { sinceInputsNote, sinceTables, type SinceRevision } from './since-revision';
import { sourcesTitle, type SourcePick } from './sources';
import { titleNarrative } from './title-narrative';
import { uncertaintyReading } from './uncertainty-reading';

export function titleSlide(slide: PptxGenJS.Slide, input: BriefingInput, provenance: string): void {
	const { lang, model, scenario } = input;
	slide.addText(
		m.brief_title_kicker({}, { locale: lang }),
		textOptions(lang, { x: MARGIN, y: 0.9, w: BODY_W, h: 0.4, fontSize: 14, color: MUTED, bold: true })
	);
	slide.addText(
		model.question[lang],
		textOptions(lang, { x: MARGIN, y: 1.4, w: BODY_W, h: 1.5, fontSize: 34, bold: true })
	);
	slide.addText(scenario.title[lang], textOptions(lang, { x: MARGIN, y: 3.0, w: BODY_W, h: 0.7, fontSize: 24 }));
	const narrative = titleNarrative(input, lang);
	slide.addText(
		narrative.summary,
		textOptions(lang, { x: MARGIN, y: 3.75, w: BODY_W, h: 1.5, fontSize: 14, color: MUTED })
	);
	if (narrative.summaryNotice)
		slide.addText(
			narrative.summaryNotice,
			textOptions(lang, {
				x: MARGIN,
				y: 5.3,
				w: BODY_W,
				h: 0.35,
				fontSize: 12,
				color: '6B3D00',
				fill: { color: 'FFF4E0' }
			})
		);
	if (narrative.whatChanged)
		slide.addText(narrative.whatChanged, textOptions(lang, { x: MARGIN, y: 5.68, w: BODY_W, h: 0.35, fontSize: 12 }));
	slide.addText(provenance, textOptions(lang, { x: MARGIN, y: 6.05, w: BODY_W, h: 0.45, fontSize: 12 }));
	if (narrative.speakerNotes) slide.addNotes(narrative.speakerNotes);
}

/** Each judgment beside a bar in its outcome's colour, as on the dashboard. */
export function judgmentsSlide(slide: PptxGenJS.Slide, input: BriefingInput): void {
	const { lang, model, projection } = input;
	addTitle(slide, m.brief_judgments_title({}, { locale: lang }), lang);
	const judgments = keyJudgments(model, projection);
	const rowH = Math.min(1.15, JUDGMENTS_BODY_H / Math.max(1, judgments.length));
	judgments.forEach((j, i) => {
		const y = BODY_TOP + 0.1 + i * rowH;
		const color = outcomeColor(model, j.outcome).slice(1);
		slide.addShape('rect', {
			x: lang === 'ar' ? SLIDE_W - MARGIN - 0.1 : MARGIN,
			y,
			w: 0.1,
			h: rowH - 0.2,
			fill: { color },
			line: { color, width: 0 }
		});
		slide.addText(
			j.text[lang],
			textOptions(lang, { x: MARGIN + 0.3, y, w: BODY_W - 0.3, h: rowH - 0.2, fontSize: 20, valign: 'middle' })
		);
	});
	addConfidenceLine(slide, input);
	addNote(slide, m.key_judgments_note({}, { locale: lang }), lang);
}

export function chartSlide(slide: PptxGenJS.Slide, chart: ScenarioChartKind, input: BriefingInput): void {
	const { lang, model, projection, tornado } = input;
	const entry = SCENARIO_CHARTS[chart];
	const data = scenarioChartData(model, projection, tornado, lang);
	// A native chart has no title of its own, so the tornado's slide title names its metric and base.
	const title =
		chart === 'tornado' && tornado
			? m.brief_tornado_title(
					{ metric: metricLabel(model, tornado, lang), base: tornadoBase(tornado, lang) },
					{ locale: lang }
				)
			: (entry.slideTitle ?? entry.title)(data, lang);
	const description = entry.description(data, lang);
	addHeading(slide, title, description, lang);
	const spec = pptxChart(chart, input);
	if (!spec) return;
	// What the outcome depends on says in one line what its shares mean, above the chart.
	const reading = chart === 'uncertainty' ? uncertaintyReading(projection.uncertainty, lang) : undefined;
	if (reading)
		slide.addText(reading, textOptions(lang, { x: MARGIN, y: 1.45, w: BODY_W, h: 0.85, fontSize: 16, bold: true }));
	const top = reading ? 2.35 : 1.5;
	addPptxChart(slide, spec, {
		x: MARGIN,
		y: top,
		w: BODY_W,
		h: 6.8 - top,
		altText: `${title}. ${description}${reading ? ` ${reading}` : ''}`
	});
}

/** What changed since an earlier revision: the outputs with both numbers and pp, then the main settings. */
export function sinceSlide(slide: PptxGenJS.Slide, input: BriefingInput, since: SinceRevision): void {
	const { lang } = input;
	const tables = sinceTables(input.model, since, lang);
	addHeading(slide, tables.title, tables.description, lang);
	addTable(slide, tables.outputs.columns, tables.outputs.rows, lang, { y: 1.45, h: 3.3, fontSize: 10 });
	slide.addText(
		m.brief_since_inputs({}, { locale: lang }),
		textOptions(lang, { x: MARGIN, y: 4.85, w: BODY_W, h: 0.3, fontSize: 12, bold: true })
	);
	if (tables.inputs.rows.length > 0)
		addTable(slide, tables.inputs.columns, tables.inputs.rows, lang, { y: 5.15, h: 1.2, fontSize: 10 });
	const note = sinceInputsNote(tables, lang);
	if (note)
		slide.addText(
			note,
			textOptions(lang, {
				x: MARGIN,
				y: tables.inputs.rows.length > 0 ? 6.42 : 5.15,
				w: BODY_W,
				h: 0.3,
				fontSize: 11,
				color: MUTED
			})
		);
}

function table(slide: PptxGenJS.Slide, t: TextTable, input: BriefingInput, y: number, fontSize: number): void {
	addTable(slide, t.columns, t.rows, input.lang, { y, h: 5, fontSize });
}

export function driversSlide(slide: PptxGenJS.Slide, input: BriefingInput): void {
	const { lang } = input;
	addHeading(slide, m.brief_drivers_title({}, { locale: lang }), m.brief_drivers_desc({}, { locale: lang }), lang);
	table(slide, driversTable(input.model, input.scenario, lang), input, 1.5, 12);
}

export function eventsSlide(slide: PptxGenJS.Slide, input: BriefingInput): void {
	const { lang } = input;
	addHeading(slide, m.brief_events_title({}, { locale: lang }), m.brief_events_desc({}, { locale: lang }), lang);
	table(slide, eventsTable(input.model, input.scenario, lang), input, 1.5, 14);
	slide.addText(
		runSettings(input.model, input.scenario, lang),
		textOptions(lang, { x: MARGIN, y: 5.9, w: BODY_W, h: 0.4, fontSize: 14 })
	);
}

/** Quotes in the slide language, each with the driver it backs and its attribution. */
export function sourcesSlide(
	slide: PptxGenJS.Slide,
	input: Pick<BriefingInput, 'lang' | 'model'>,
	picks: SourcePick[],
	page: number,
	pages: number
): void {
	const { lang, model } = input;
	const locale = { locale: lang };
	addTitle(slide, sourcesTitle(page, pages, lang), lang);
	const boxH = 4.9 / Math.max(1, picks.length);
	picks.forEach((pick, i) => {
		const item = model.evidence.find((e) => e.id === pick.evidence);
		const driver = model.drivers.find((d) => d.id === pick.driver);
		if (!item || !driver) return;
		slide.addText(
			[
				{
					text: m.brief_source_for({ driver: driver.label[lang] }, locale),
					options: { bold: true, fontSize: 12, color: MUTED, breakLine: true }
				},
				{ text: `“${item.quote[lang]}”`, options: { italic: true, fontSize: 14, breakLine: true } },
				{ text: `— ${item.attribution[lang]}`, options: { fontSize: 12 } }
			],
			textOptions(lang, { x: MARGIN, y: BODY_TOP + i * boxH, w: BODY_W, h: boxH - 0.1 })
		);
	});
	addNote(slide, m.brief_sources_note({ count: model.evidence.length }, locale), lang);
}
