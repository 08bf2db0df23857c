// A comparison as the workbook's tables: About (the model, and each scenario with its settings'
// source, seed and paths), one sheet per compared scenario (its outcome probabilities, rupture risk
// and index bands by step, from the same chart tables as the dashboard), and one per gap to the
// reference (each input's part, in points and in the index, as the Compare page attributes it).

import { gapMetricName, gapRows, scenarioChartData, SCENARIO_CHARTS, type CompareContext } from '$lib/charts';
import type { ComparedScenario } from '$lib/compare/types';
import { isoDate } from '$lib/format';
import type { GapAttribution, Locale, ModelInput } from '$lib/model';
import { m } from '$lib/paraglide/messages';
import { APP_VERSION } from './app-version';
import { sheetNames, TWO_DECIMALS, type Sheet, type SheetCell } from './sheet';

export interface ComparisonExport {
	lang: Locale;
	model: ModelInput;
	/** The reference first, as the Compare page orders them. */
	scenarios: ComparedScenario[];
	/** One per scenario after the first. */
	gaps: GapAttribution[];
	/** The scenarios' names as the page shows them ("My case r3"). */
	labels: string[];
	/** The Compare page's strings, in `lang`. */
	ctx: CompareContext;
	exportedAt?: Date;
}

/** Date, then the outcomes, the rupture risk and the index bands: three chart tables side by side. */
function scenarioSheet(input: ComparisonExport, s: ComparedScenario, n: number): Sheet {
	const data = scenarioChartData(input.model, s.projection, null, input.lang);
	const tables = (['states', 'rupture', 'index'] as const).map((kind) => SCENARIO_CHARTS[kind].table(data, input.ctx));
	return {
		key: `scenario-${n}`,
		name: m.export_sheet_scenario({ n }, { locale: input.lang }),
		caption: input.labels[n - 1] ?? s.ref,
		columns: [tables[0].columns[0], ...tables.flatMap((t) => t.columns.slice(1))],
		rows: tables[0].rows.map((row, i) => [row[0], ...tables.flatMap((t) => t.rows[i].slice(1))]),
		numberFormat: TWO_DECIMALS
	};
}

function gapSheet(input: ComparisonExport, gap: GapAttribution, n: number): Sheet {
	const { ctx, model, lang } = input;
	const c = ctx.compare;
	const metric = gapMetricName(model, gap, lang);
	const labels = {
		drivers: model.drivers.map((d) => ({ id: d.id, label: d.label[lang] })),
		events: model.events.map((e) => ({ id: e.id, label: e.label[lang] }))
	};
	const rows: SheetCell[][] = gapRows(gap, labels, ctx).map((r) => [r.label, c.gapKinds[r.kind], r.points, r.index]);
	rows.push([c.allInputs, null, gap.probabilityGap * 100, gap.gap]);
	return {
		key: `gap-${n}`,
		name: m.export_sheet_gap({ n }, { locale: lang }),
		caption: m.export_about_gap({ other: input.labels[n] ?? '', first: input.labels[0] ?? '' }, { locale: lang }),
		columns: [c.input, c.kindColumn, c.pointsColumn(metric), c.indexColumn],
		rows,
		numberFormat: '0.000'
	};
}

function aboutSheet(input: ComparisonExport, contents: readonly Sheet[]): Sheet {
	const { lang, model } = input;
	const o = { locale: lang };
	const scenarioRows = input.scenarios.flatMap((s, i): SheetCell[][] => [
		[
			i === 0 ? m.export_about_reference({}, o) : m.export_about_compared({ n: i + 1 }, o),
			input.labels[i] ?? s.title[lang]
		],
		[m.export_about_source({}, o), s.ref],
		[m.export_about_seed({}, o), s.projection.seed],
		[m.export_about_samples({}, o), s.projection.samples]
	]);
	return {
		key: 'about',
		name: m.export_sheet_about({}, o),
		caption: m.export_sheet_about({}, o),
		columns: [m.export_col_item({}, o), m.export_col_value({}, o)],
		rows: [
			[m.export_about_question({}, o), model.question[lang]],
			[m.export_about_model({}, o), model.title[lang]],
			[m.export_about_model_id({}, o), model.id],
			...scenarioRows,
			[m.export_about_date({}, o), isoDate(input.exportedAt ?? new Date())],
			[m.export_about_app({}, o), `${m.app_name({}, o)} ${APP_VERSION}`],
			[m.export_about_language({}, o), lang],
			[null, null],
			[m.export_col_sheet({}, o), m.export_col_contents({}, o)],
			...contents.map((s): SheetCell[] => [s.name, s.caption])
		]
	};
}

export function comparisonSheets(input: ComparisonExport): Sheet[] {
	const tables = [
		...input.scenarios.map((s, i) => scenarioSheet(input, s, i + 1)),
		...input.gaps.map((g, i) => gapSheet(input, g, i + 1))
	];
	const names = sheetNames([m.export_sheet_about({}, { locale: input.lang }), ...tables.map((s) => s.name)]);
	const named = tables.map((s, i) => ({ ...s, name: names[i + 1] }));
	return [{ ...aboutSheet(input, named), name: names[0] }, ...named];
}
