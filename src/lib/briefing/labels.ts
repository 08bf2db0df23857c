// Names the briefing's slides and charts show, in a language given explicitly (a PowerPoint file
// or a PDF is written in the slide language, whatever the page around the button is in).

import { yearEndSteps, timeSteps, type ModelInput, type Tornado } from '$lib/model';
import { m } from '$lib/paraglide/messages';
import type { ScenarioChart } from './deck';
import type { Lang } from './provenance';

/** `2025-Q3` → "Q3 2025" / "الربع 3 2025", as the dashboard's axes write it. */
export function timeText(step: string, lang: Lang): string {
	const match = /^(\d{4})-Q(\d)$/.exec(step);
	return match ? m.quarter_label({ quarter: match[2], year: match[1] }, { locale: lang }) : step;
}

export function horizonYear(model: ModelInput): number | undefined {
	return yearEndSteps(timeSteps(model.horizon)).at(-1)?.year;
}

/** What the tornado measures: "Chance of “A” or “B” at the end of 2030", or the generic name. */
export function metricLabel(model: ModelInput, tornado: Tornado, lang: Lang): string {
	const locale = { locale: lang };
	if (tornado.metric.kind === 'mean-index') return m.chart_index({}, locale);
	if (tornado.metric.kind === 'rupture') return m.chart_rupture({}, locale);
	const names = tornado.metric.outcomes.map((id) => model.outcomes.find((o) => o.id === id)?.label[lang] ?? id);
	const year = String(horizonYear(model) ?? '');
	return names.length === 2
		? m.metric_best_two({ a: names[0], b: names[1], year }, locale)
		: m.axis_probability({}, locale);
}

export function chartTitle(chart: ScenarioChart, lang: Lang, horizonStep: string): string {
	const locale = { locale: lang };
	switch (chart) {
		case 'states':
			return m.chart_states({}, locale);
		case 'index':
			return m.chart_index({}, locale);
		case 'rupture':
			return m.chart_rupture({}, locale);
		case 'contributions':
			return m.brief_chart_contributions_horizon({ date: timeText(horizonStep, lang) }, locale);
		case 'tornado':
			return m.chart_tornado({}, locale);
	}
}

export function chartDescription(chart: ScenarioChart, lang: Lang): string {
	const locale = { locale: lang };
	switch (chart) {
		case 'states':
			return m.chart_states_desc({}, locale);
		case 'index':
			return m.chart_index_desc({}, locale);
		case 'rupture':
			return m.chart_rupture_desc({}, locale);
		case 'contributions':
			return m.chart_contributions_desc({}, locale);
		case 'tornado':
			return m.chart_tornado_desc({}, locale);
	}
}

/** Whole percent for judgments and tables, with the app's Latin digits. */
export function percentText(share: number): string {
	return `${Math.round(share * 100)}%`;
}

/** Two decimals, a true minus; a left-to-right mark keeps the sign in front in Arabic text. */
export function numberText(value: number, lang: Lang, signed = false): string {
	const text = new Intl.NumberFormat('en-US', {
		minimumFractionDigits: 2,
		maximumFractionDigits: 2,
		signDisplay: signed ? 'exceptZero' : 'auto'
	})
		.format(value)
		.replace('-', '−');
	return lang === 'ar' && /^[+−]/.test(text) ? `\u200E${text}` : text;
}
