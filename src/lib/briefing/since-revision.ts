// "What changed since revision N" in a saved scenario's briefing: the history page's output
// changes (computed once, on the server, by revisionOutputChanges) and its settings diff
// (changedRows), written as two text tables in the slide's language. The presentation's slide and
// the PowerPoint's both read these tables, so they carry the same words and numbers as each other
// and as the history page.

import type { OutputChanges } from '$lib/compare/output-changes';
import { settingText } from '$lib/components/compare/setting-text';
import { isolatedPoints } from '$lib/components/compare/compare-text';
import { percentText, quarterText } from '$lib/format';
import { settingLabel } from '$lib/i18n/setting-label';
import type { Locale, ModelInput, SettingRow } from '$lib/model';
import { m } from '$lib/paraglide/messages';
import type { TextTable } from './inputs';

/** Two revisions of the saved scenario a briefing shows: `to` is the one on the slides. */
export interface SinceRevision {
	from: number;
	to: number;
	outputs: OutputChanges;
	/** The settings that differ between the two (the history's diff). */
	inputs: SettingRow[];
}

/** How many settings a slide lists; the rest are counted ("… and 3 more"). */
export const SINCE_INPUT_ROWS = 4;

export interface SinceTables {
	title: string;
	description: string;
	outputs: TextTable;
	inputs: TextTable;
	/** Settings changed beyond those listed. */
	more: number;
}

export function sinceTables(model: ModelInput, since: SinceRevision, lang: Locale): SinceTables {
	const locale = { locale: lang };
	const { outputs } = since;
	const date = quarterText(outputs.time, lang);
	const outcome = (id: string) => model.outcomes.find((o) => o.id === id)?.label[lang] ?? id;
	const pp = (change: number | null) =>
		change === null ? '—' : m.compare_pp({ value: isolatedPoints(change, lang) }, locale);
	const revision = (n: number) => m.brief_since_revision({ revision: n }, locale);
	const judgments = outputs.judgments.map((row) => {
		const before = row.from ? percentText(row.from.probability) : '—';
		// "Most likely" may name another outcome in the earlier revision: say which.
		const was =
			row.from && row.from.outcome !== row.to.outcome
				? m.brief_since_was({ value: before, outcome: outcome(row.from.outcome) }, locale)
				: before;
		return [row.to.text[lang], was, percentText(row.to.probability), pp(row.change)];
	});
	const headlines = outputs.headlines.map((row) => [
		row.kind === 'outcome'
			? `${outcome(row.id)} · ${date}`
			: m.compare_headline_rupture({ outcome: outcome(row.id) }, locale),
		percentText(row.values[0]),
		percentText(row.values[1]),
		pp(row.differences[1])
	]);
	const listed = since.inputs.slice(0, SINCE_INPUT_ROWS);
	return {
		title: m.brief_since_title({ revision: since.from }, locale),
		description: m.brief_since_desc({ from: since.from, to: since.to, date }, locale),
		outputs: {
			columns: [
				{ header: m.history_outputs_item({}, locale), width: 6.4 },
				{ header: revision(since.from), width: 1.5, numeric: true },
				{ header: revision(since.to), width: 1.5, numeric: true },
				{ header: m.history_outputs_change({}, locale), width: 1.5, numeric: true }
			],
			rows: [...judgments, ...headlines]
		},
		inputs: {
			columns: [
				{ header: m.conflict_setting({}, locale), width: 6.4 },
				{ header: revision(since.from), width: 1.5, numeric: true },
				{ header: revision(since.to), width: 1.5, numeric: true }
			],
			rows: listed.map((row) => [
				settingLabel(model, row, lang),
				settingText(row.field, row.values[0], lang),
				settingText(row.field, row.values[1], lang)
			])
		},
		more: since.inputs.length - listed.length
	};
}

/** The line under the settings table: how many more changed, or that none did. */
export function sinceInputsNote(tables: SinceTables, lang: Locale): string | null {
	if (tables.inputs.rows.length === 0) return m.brief_since_no_inputs({}, { locale: lang });
	return tables.more > 0 ? m.brief_since_more({ count: tables.more }, { locale: lang }) : null;
}
