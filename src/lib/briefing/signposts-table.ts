// The "What to watch — and what we saw" slide as text, shared by the presentation and the
// PowerPoint file: each indicator of the model with its driver and shift, its status and its
// latest observation (day, what was seen, source and grade).

import { keepLtr, numberText } from '$lib/format';
import type { Locale, ModelInput, ScenarioInput, SignpostObservation } from '$lib/model';
import { m } from '$lib/paraglide/messages';
import { watchList, type IndicatorStatus } from '$lib/signposts';
import type { TextTable } from './inputs';

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

function latestText(o: SignpostObservation | undefined, lang: Locale): string {
	if (!o) return m.signpost_slide_none({}, { locale: lang });
	const grade = `${o.grade.reliability}${o.grade.credibility}`;
	return `${keepLtr(o.date, lang)} — ${seenText(o, lang)} (${o.source}, ${grade})`;
}

export function signpostsTable(model: ModelInput, scenario: ScenarioInput, lang: Locale): TextTable {
	const locale = { locale: lang };
	const driver = (id: string) => model.drivers.find((d) => d.id === id)?.label[lang] ?? id;
	return {
		columns: [
			{ header: m.signpost_slide_col_indicator({}, locale), width: 3.6 },
			{ header: m.brief_col_driver({}, locale), width: 2.4 },
			{ header: m.signpost_slide_col_status({}, locale), width: 1.3 },
			{ header: m.signpost_slide_col_latest({}, locale), width: 5 }
		],
		rows: watchList(model, scenario.signposts).map((item) => [
			`${item.indicator.label[lang]} (${numberText(item.indicator.shift, lang, true)})`,
			driver(item.indicator.driver),
			statusWord(item.status, lang),
			latestText(item.observations[0], lang)
		])
	};
}

/** The slide's description line: what the table shows and how many indicators have been seen. */
export function signpostsDescription(model: ModelInput, scenario: ScenarioInput, lang: Locale): string {
	const seen = watchList(model, scenario.signposts).filter((item) => item.status !== 'not-seen').length;
	return m.signpost_slide_desc({ seen, total: model.indicators.length }, { locale: lang });
}
