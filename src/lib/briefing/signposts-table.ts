// The "What to watch — and what we saw" slide's content, shared by the presentation and the
// PowerPoint file: each indicator of the model with its driver and shift, its status and its
// latest observation (day, what was seen, source and grade). Seen indicators come first, the
// latest seen first; then those not seen, in the model's order.

import { numberText } from '$lib/format';
import type { Locale, ModelInput, ScenarioInput, SignpostObservation } from '$lib/model';
import { m } from '$lib/paraglide/messages';
import { watchList, type IndicatorStatus } from '$lib/signposts';
import type { TextTable } from './inputs';

export interface SignpostRow {
	id: string;
	label: string;
	driver: string;
	/** Signed, "+0.15" (the caller keeps it left to right in Arabic). */
	shift: string;
	status: IndicatorStatus;
	statusText: string;
	latest: { date: string; seen: string; source: string; grade: string } | null;
}

function statusWord(status: IndicatorStatus, lang: Locale): string {
	const locale = { locale: lang };
	if (status === 'observed') return m.signpost_status_observed({}, locale);
	if (status === 'emerging') return m.signpost_status_emerging({}, locale);
	return m.signpost_status_not_seen({}, locale);
}

/** What was seen in the slide's language, or in the other when the analyst wrote only that one. */
function seenText(o: SignpostObservation, lang: Locale): string {
	return o.seen[lang].trim() || o.seen[lang === 'en' ? 'ar' : 'en'].trim();
}

export function signpostRows(model: ModelInput, scenario: ScenarioInput, lang: Locale): SignpostRow[] {
	const driver = (id: string) => model.drivers.find((d) => d.id === id)?.label[lang] ?? id;
	const items = watchList(model, scenario.signposts);
	const seen = items.filter((item) => item.observations.length > 0);
	seen.sort((a, b) => b.observations[0].date.localeCompare(a.observations[0].date));
	return [...seen, ...items.filter((item) => item.observations.length === 0)].map((item) => {
		const o = item.observations[0];
		return {
			id: item.indicator.id,
			label: item.indicator.label[lang],
			driver: driver(item.indicator.driver),
			shift: numberText(item.indicator.shift, 'en', true),
			status: item.status,
			statusText: statusWord(item.status, lang),
			latest: o
				? {
						date: o.date,
						seen: seenText(o, lang),
						source: o.source,
						grade: `${o.grade.reliability}${o.grade.credibility}`
					}
				: null
		};
	});
}

/** Left to right inside an Arabic cell (an isolate, LRI or FSI … PDI). */
function isolate(text: string, lang: Locale, strong: 'ltr' | 'auto' = 'ltr'): string {
	return lang === 'ar' ? `${strong === 'ltr' ? '\u2066' : '\u2068'}${text}\u2069` : text;
}

/** The same rows as text, for PowerPoint's table. */
export function signpostsTable(model: ModelInput, scenario: ScenarioInput, lang: Locale): TextTable {
	const locale = { locale: lang };
	return {
		columns: [
			{ header: m.signpost_slide_col_indicator({}, locale), width: 3.6 },
			{ header: m.brief_col_driver({}, locale), width: 2.4 },
			{ header: m.signpost_slide_col_status({}, locale), width: 1.3 },
			{ header: m.signpost_slide_col_latest({}, locale), width: 5 }
		],
		rows: signpostRows(model, scenario, lang).map((row) => [
			`${row.label} (${isolate(row.shift, lang)})`,
			row.driver,
			row.statusText,
			row.latest
				? `${isolate(row.latest.date, lang)} — ${row.latest.seen} (${isolate(row.latest.source, lang, 'auto')}, ${isolate(row.latest.grade, lang)})`
				: m.signpost_slide_none({}, locale)
		])
	};
}

/** The slide's description line: what the table shows and how many indicators have been seen. */
export function signpostsDescription(model: ModelInput, scenario: ScenarioInput, lang: Locale): string {
	const seen = watchList(model, scenario.signposts).filter((item) => item.status !== 'not-seen').length;
	return m.signpost_slide_desc({ seen, total: model.indicators.length }, { locale: lang });
}
