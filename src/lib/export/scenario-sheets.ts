// The whole projection of one scenario as the workbook's tables, in one language: where the
// numbers come from, the key judgments, the inputs, then every chart's "show data" table through
// the chart registry, so each sheet holds the numbers its chart shows.

import type { BriefSource } from '$lib/briefing/provenance';
import { scenarioName } from '$lib/briefing/provenance';
import { SCENARIO_CHARTS, scenarioChartData, scenarioChartKinds, type ScenarioChartKind } from '$lib/charts';
import type { ChartContext } from '$lib/charts/types';
import { isoDate, monthText } from '$lib/format';
import { chartText } from '$lib/i18n/chart-text';
import {
	keyJudgments,
	type Locale,
	type ModelInput,
	type Projection,
	type ScenarioInput,
	type Tornado
} from '$lib/model';
import { m } from '$lib/paraglide/messages';
import { APP_VERSION } from './app-version';
import { sheetNames, tableSheet, TWO_DECIMALS, type Sheet, type SheetCell } from './sheet';

export interface ProjectionExport {
	lang: Locale;
	model: ModelInput;
	scenario: ScenarioInput;
	projection: Projection;
	/** Left out of the workbook while it is still being computed. */
	tornado: Tornado | null;
	/** The preset or saved revision the settings come from. */
	source: BriefSource;
	/** Settings differ from that preset or revision. */
	edited: boolean;
	/** Step of the contributions, as the dashboard shows them; the horizon when left out. */
	step?: number;
	/** Defaults to now. */
	exportedAt?: Date;
}

/** Spreadsheets are printed and read on white. */
export function exportContext(lang: Locale): ChartContext {
	return { rtl: lang === 'ar', theme: 'light', text: chartText(lang) };
}

const KIND_SHEET: Record<ScenarioChartKind, (o: { locale: Locale }) => string> = {
	states: (o) => m.export_sheet_states({}, o),
	index: (o) => m.export_sheet_index({}, o),
	rupture: (o) => m.export_sheet_rupture({}, o),
	uncertainty: (o) => m.export_sheet_uncertainty({}, o),
	contributions: (o) => m.export_sheet_contributions({}, o),
	tornado: (o) => m.export_sheet_tornado({}, o)
};

/** Each chart's table, in the dashboard's order. */
export function chartSheets(input: ProjectionExport): Sheet[] {
	const { lang, model, projection, tornado } = input;
	const data = scenarioChartData(model, projection, tornado, lang, input.step);
	const ctx = exportContext(lang);
	return scenarioChartKinds(tornado).map((kind) =>
		tableSheet(kind, KIND_SHEET[kind]({ locale: lang }), SCENARIO_CHARTS[kind].table(data, ctx))
	);
}

function judgmentsSheet({ lang, model, projection }: ProjectionExport): Sheet {
	const o = { locale: lang };
	return {
		key: 'judgments',
		name: m.export_sheet_judgments({}, o),
		caption: m.key_judgments({}, o),
		columns: [m.export_col_statement({}, o), m.export_col_probability({}, o), m.export_col_year({}, o)],
		rows: keyJudgments(model, projection).map((j) => [j.text[lang], j.probability * 100, j.year]),
		numberFormat: TWO_DECIMALS
	};
}

function driversSheet({ lang, model, scenario }: ProjectionExport): Sheet {
	const o = { locale: lang };
	return {
		key: 'drivers',
		name: m.export_sheet_drivers({}, o),
		caption: m.drivers_heading({}, o),
		columns: [
			m.brief_col_driver({}, o),
			m.brief_col_group({}, o),
			m.brief_col_weight({}, o),
			m.brief_col_assessment({}, o),
			m.export_col_low({}, o),
			m.export_col_high({}, o),
			m.brief_col_trend({}, o)
		],
		rows: model.drivers.map((d): SheetCell[] => {
			const s = scenario.drivers[d.id];
			const group = model.groups.find((g) => g.id === d.group)?.label[lang] ?? d.group;
			return [
				d.label[lang],
				group,
				s?.weight ?? null,
				s?.assessment ?? null,
				s?.low ?? null,
				s?.high ?? null,
				s?.trend ?? null
			];
		})
	};
}

function eventsSheet({ lang, model, scenario }: ProjectionExport): Sheet {
	const o = { locale: lang };
	const label = (id: string) => model.events.find((e) => e.id === id)?.label[lang] ?? id;
	return {
		key: 'events',
		name: m.export_sheet_events({}, o),
		caption: m.events_heading({}, o),
		columns: [
			m.brief_col_event({}, o),
			m.export_col_window_from({}, o),
			m.export_col_window_to({}, o),
			m.export_col_requires({}, o),
			m.export_col_probability({}, o)
		],
		rows: model.events.map((e): SheetCell[] => {
			const p = scenario.events[e.id]?.probability;
			return [
				e.label[lang],
				monthText(e.window.from, lang),
				monthText(e.window.to, lang),
				(e.requires ?? []).map(label).join(lang === 'ar' ? '، ' : ', '),
				p === undefined ? null : p * 100
			];
		})
	};
}

/** Where the numbers come from, and what each other sheet holds. */
function aboutSheet(input: ProjectionExport, contents: readonly Sheet[]): Sheet {
	const { lang, model, scenario, projection, source } = input;
	const o = { locale: lang };
	const dynamics = scenario.dynamics ?? model.dynamics;
	const rows: SheetCell[][] = [
		[m.export_about_question({}, o), model.question[lang]],
		[m.export_about_model({}, o), model.title[lang]],
		[m.export_about_model_id({}, o), model.id],
		[m.export_about_scenario({}, o), scenario.title[lang]],
		[m.export_about_source({}, o), scenarioName({ title: scenario.title, source, edited: input.edited }, lang)],
		...(source.kind === 'saved' ? [[m.export_about_revision({}, o), source.revision]] : []),
		[m.export_about_seed({}, o), projection.seed],
		[m.export_about_samples({}, o), projection.samples],
		[m.export_about_horizon({}, o), `${monthText(model.horizon.start, lang)} – ${monthText(model.horizon.end, lang)}`],
		[m.export_about_volatility({}, o), dynamics.volatility],
		[m.export_about_persistence({}, o), dynamics.persistence],
		[m.export_about_date({}, o), isoDate(input.exportedAt ?? new Date())],
		[m.export_about_app({}, o), `${m.app_name({}, o)} ${APP_VERSION}`],
		[m.export_about_language({}, o), lang],
		[null, null],
		[m.export_col_sheet({}, o), m.export_col_contents({}, o)],
		...contents.map((s): SheetCell[] => [s.name, s.caption])
	];
	return {
		key: 'about',
		name: m.export_sheet_about({}, o),
		caption: m.export_sheet_about({}, o),
		columns: [m.export_col_item({}, o), m.export_col_value({}, o)],
		rows
	};
}

/** Every table of the projection, About first, with names Excel accepts. */
export function projectionSheets(input: ProjectionExport): Sheet[] {
	const tables = [judgmentsSheet(input), driversSheet(input), eventsSheet(input), ...chartSheets(input)];
	const names = sheetNames([m.export_sheet_about({}, { locale: input.lang }), ...tables.map((s) => s.name)]);
	const named = tables.map((s, i) => ({ ...s, name: names[i + 1] }));
	return [{ ...aboutSheet(input, named), name: names[0] }, ...named];
}
