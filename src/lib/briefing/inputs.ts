// The drivers-and-assumptions tables as text, shared by the presentation's slides and the
// PowerPoint file, so both show the same settings written the same way.

import { countText, monthRangeText, monthText, numberText, percentText } from '$lib/format';
import type { Locale, ModelInput, ScenarioInput } from '$lib/model';
import { m } from '$lib/paraglide/messages';

export interface TextTable {
	columns: { header: string; width: number; numeric?: boolean }[];
	rows: string[][];
}

export function driversTable(model: ModelInput, scenario: ScenarioInput, lang: Locale): TextTable {
	const locale = { locale: lang };
	return {
		columns: [
			{ header: m.brief_col_driver({}, locale), width: 4.6 },
			{ header: m.brief_col_weight({}, locale), width: 1, numeric: true },
			{ header: m.brief_col_assessment({}, locale), width: 1.3, numeric: true },
			{ header: m.brief_col_range({}, locale), width: 1.7, numeric: true },
			{ header: m.brief_col_trend({}, locale), width: 1.4, numeric: true }
		],
		rows: model.drivers.map((d) => {
			const s = scenario.drivers[d.id];
			if (!s) return [d.label[lang], '', '', '', ''];
			// The range reads low to high in both languages; the mark keeps "−0.40" intact in Arabic.
			const range = `${numberText(s.low, lang, true)} … ${numberText(s.high, lang, true)}`;
			return [
				d.label[lang],
				numberText(s.weight, lang),
				numberText(s.assessment, lang, true),
				range,
				numberText(s.trend, lang, true)
			];
		})
	};
}

export function eventsTable(model: ModelInput, scenario: ScenarioInput, lang: Locale): TextTable {
	const locale = { locale: lang };
	return {
		columns: [
			{ header: m.brief_col_event({}, locale), width: 4.5 },
			{ header: m.brief_col_date({}, locale), width: 2.5 },
			{ header: m.brief_col_probability({}, locale), width: 1.5, numeric: true }
		],
		rows: model.events.map((e) => [
			e.label[lang],
			monthRangeText(e.window, lang),
			scenario.events[e.id] ? percentText(scenario.events[e.id].probability) : ''
		])
	};
}

export function runSettings(model: ModelInput, scenario: ScenarioInput, lang: Locale): string {
	return m.brief_run_settings(
		{
			seed: scenario.seed,
			samples: countText(scenario.samples),
			start: monthText(model.horizon.start, lang),
			end: monthText(model.horizon.end, lang)
		},
		{ locale: lang }
	);
}
