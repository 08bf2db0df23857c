// Names the briefing's slides and charts show, in a language given explicitly (a PowerPoint file
// or a PDF is written in the slide language, whatever the page around the button is in).

import { quarterText } from '$lib/format';
import { yearEndSteps, timeSteps, type Locale, type ModelInput, type Tornado } from '$lib/model';
import { m } from '$lib/paraglide/messages';
import type { ScenarioChart } from './deck';

export function horizonYear(model: ModelInput): number | undefined {
	return yearEndSteps(timeSteps(model.horizon)).at(-1)?.year;
}

/** What the tornado measures: "Chance of “A” or “B” at the end of 2030", or the generic name. */
export function metricLabel(model: ModelInput, tornado: Tornado, lang: Locale): string {
	const locale = { locale: lang };
	if (tornado.metric.kind === 'mean-index') return m.chart_index({}, locale);
	if (tornado.metric.kind === 'rupture') return m.chart_rupture({}, locale);
	const names = tornado.metric.outcomes.map((id) => model.outcomes.find((o) => o.id === id)?.label[lang] ?? id);
	const year = String(horizonYear(model) ?? '');
	return names.length === 2
		? m.metric_best_two({ a: names[0], b: names[1], year }, locale)
		: m.axis_probability({}, locale);
}

export function chartTitle(chart: ScenarioChart, lang: Locale, horizonStep: string): string {
	const locale = { locale: lang };
	switch (chart) {
		case 'states':
			return m.chart_states({}, locale);
		case 'index':
			return m.chart_index({}, locale);
		case 'rupture':
			return m.chart_rupture({}, locale);
		case 'contributions':
			return m.brief_chart_contributions_horizon({ date: quarterText(horizonStep, lang) }, locale);
		case 'tornado':
			return m.chart_tornado({}, locale);
	}
}

export function chartDescription(chart: ScenarioChart, lang: Locale): string {
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
