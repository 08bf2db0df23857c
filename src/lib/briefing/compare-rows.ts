// The comparison deck's tables as text: key judgments side by side (a row per judgment, a column
// per scenario), the headline numbers at the horizon, and the settings that differ from the
// reference scenario.

import { headlineStep, horizonHeadlines, judgmentDifferences, type Headlined } from '$lib/compare/differences';
import { inputGroups, onlyDifferences, UNMODELLED, type InputField } from '$lib/compare/inputs';
import { numberText, percentText, pointsText, quarterText } from '$lib/format';
import type { KeyJudgment, Locale, ModelInput, Projection, ScenarioInput } from '$lib/model';
import { percent } from '$lib/model';
import { m } from '$lib/paraglide/messages';

export interface TextRows {
	columns: string[];
	rows: string[][];
}

function judgmentRow(model: ModelInput, j: KeyJudgment, lang: Locale): string {
	const locale = { locale: lang };
	const outcome = model.outcomes.find((o) => o.id === j.outcome)?.label[lang] ?? j.outcome;
	if (j.kind === 'at-least') return m.brief_judgment_at_least({ outcome, year: j.year }, locale);
	if (j.kind === 'most-likely') return m.brief_judgment_most_likely({ year: j.year }, locale);
	return m.brief_judgment_rupture_by({ outcome, year: j.year }, locale);
}

function judgmentCell(model: ModelInput, j: KeyJudgment | undefined, lang: Locale): string {
	if (!j) return '';
	const locale = { locale: lang };
	const term = j.term.label[lang];
	// The most likely outcome can differ between scenarios, so that cell names it.
	if (j.kind === 'most-likely')
		return m.brief_judgment_cell_outcome(
			{
				outcome: model.outcomes.find((o) => o.id === j.outcome)?.label[lang] ?? j.outcome,
				term,
				percent: percent(j.probability)
			},
			locale
		);
	return m.brief_judgment_cell({ term, percent: percent(j.probability) }, locale);
}

/**
 * Rows follow the reference scenario's judgments; the same model gives every scenario the same ones.
 * Given the projections, each other scenario's cell adds its difference to the reference in
 * percentage points, as the Compare page does ("unlikely (31%) · −13.1 pp").
 */
export function judgmentTable(
	model: ModelInput,
	scenarios: { label: string; judgments: KeyJudgment[]; projection?: Projection }[],
	lang: Locale
): TextRows {
	const reference = scenarios[0]?.judgments ?? [];
	const headlined = scenarios.flatMap((s) =>
		s.projection ? [{ judgments: s.judgments, projection: s.projection }] : []
	);
	const differences = headlined.length === scenarios.length ? judgmentDifferences(headlined) : [];
	const cell = (k: number, i: number) => {
		const text = judgmentCell(model, scenarios[k].judgments[i], lang);
		const difference = differences[k]?.[i];
		if (!text || difference === null || difference === undefined) return text;
		return m.brief_judgment_cell_pp({ cell: text, points: pointsText(difference, lang) }, { locale: lang });
	};
	return {
		columns: [m.brief_judgment_row({}, { locale: lang }), ...scenarios.map((s) => s.label)],
		rows: reference.map((j, i) => [judgmentRow(model, j, lang), ...scenarios.map((_, k) => cell(k, i))])
	};
}

/** The date the headline numbers speak of, "Q4 2030", from the reference's judgments. */
function headlineDate(scenarios: readonly Headlined[], lang: Locale): string {
	const first = scenarios[0];
	return first ? quarterText(first.projection.times[headlineStep(first)] ?? '', lang) : '';
}

/** The headline table's heading: "Headline numbers at Q4 2030". */
export function headlineHeading(scenarios: readonly Headlined[], lang: Locale): string {
	return m.compare_headlines_heading({ date: headlineDate(scenarios, lang) }, { locale: lang });
}

/**
 * The Compare page's headline table: each outcome's probability at the horizon and the rupture
 * risk by then, a column per scenario, each other scenario's cell with its points against the
 * reference ("31% · −13.1 pp"), from the same rows the page shows.
 */
export function headlineTable(
	model: ModelInput,
	scenarios: readonly (Headlined & { label: string })[],
	lang: Locale
): TextRows {
	const locale = { locale: lang };
	const date = headlineDate(scenarios, lang);
	const labels = new Map(model.outcomes.map((o) => [o.id, o.label[lang]]));
	const rows = horizonHeadlines(model, scenarios).map((row) => {
		const outcome = labels.get(row.id) ?? row.id;
		const name = row.kind === 'rupture' ? m.compare_headline_rupture({ outcome }, locale) : outcome;
		return [
			name,
			...row.values.map((value, i) => {
				const difference = row.differences[i];
				const cell = Number.isNaN(value) ? '—' : percentText(value);
				return difference === null || Number.isNaN(difference)
					? cell
					: m.brief_judgment_cell_pp({ cell, points: pointsText(difference, lang) }, locale);
			})
		];
	});
	return { columns: [m.compare_headline_item({ date }, locale), ...scenarios.map((s) => s.label)], rows };
}

const FIELD: Record<InputField, (lang: Locale) => string> = {
	weight: (lang) => m.brief_col_weight({}, { locale: lang }),
	assessment: (lang) => m.brief_col_assessment({}, { locale: lang }),
	low: (lang) => m.tornado_low({}, { locale: lang }),
	high: (lang) => m.tornado_high({}, { locale: lang }),
	trend: (lang) => m.brief_col_trend({}, { locale: lang }),
	probability: (lang) => m.brief_col_probability({}, { locale: lang }),
	volatility: (lang) => m.brief_col_volatility({}, { locale: lang }),
	persistence: (lang) => m.brief_col_persistence({}, { locale: lang })
};

/** Positions on the −1…+1 scale carry their sign; weights and the unmodelled factors do not. */
const UNSIGNED: ReadonlySet<InputField> = new Set(['weight', 'volatility', 'persistence']);

/**
 * Settings that differ from the reference, at most `limit` rows (ten fit a slide when the names wrap
 * to two lines); `more` counts the rest.
 */
export function changeTable(
	model: ModelInput,
	scenarios: { label: string; scenario: ScenarioInput }[],
	lang: Locale,
	limit = 10
): TextRows & { more: number } {
	const names = new Map([...model.drivers, ...model.events].map((d) => [d.id, d.label[lang]]));
	names.set(UNMODELLED, m.brief_unmodelled({}, { locale: lang }));
	const rows = onlyDifferences(
		inputGroups(
			model,
			scenarios.map((s) => s.scenario)
		)
	).flatMap((g) =>
		g.rows.map((r) => [
			`${names.get(g.id) ?? g.id} — ${FIELD[r.field](lang)}`,
			...r.values.map(
				(v, i) =>
					(Number.isNaN(v)
						? '—'
						: r.field === 'probability'
							? percentText(v)
							: numberText(v, lang, !UNSIGNED.has(r.field))) + (r.differs[i] ? ' ◆' : '')
			)
		])
	);
	return {
		columns: [m.brief_col_setting({}, { locale: lang }), ...scenarios.map((s) => s.label)],
		rows: rows.slice(0, limit),
		more: Math.max(0, rows.length - limit)
	};
}
