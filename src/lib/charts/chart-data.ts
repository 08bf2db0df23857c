// A model's projection as the scenario's charts take it, in one language: the pages pass the
// interface language, the decks and the PowerPoint export their slide language.

import {
	timeSteps,
	yearEndSteps,
	type BilingualText,
	type Locale,
	type ModelInput,
	type Projection,
	type Tornado
} from '$lib/model';
import { m } from '$lib/paraglide/messages';
import { driverLabels, eventLabels, outcomeStyles } from './model-styles';
import type { ScenarioChartData } from './registry';

/** What the tornado measures: "Chance of “A” or “B” at the end of 2030", or the generic name. */
export function metricLabel(model: ModelInput, tornado: Tornado, locale: Locale): string {
	if (tornado.metric.kind === 'mean-index') return m.chart_index({}, { locale });
	if (tornado.metric.kind === 'rupture') return m.chart_rupture({}, { locale });
	const names = tornado.metric.outcomes.map((id) => model.outcomes.find((o) => o.id === id)?.label[locale] ?? id);
	const year = String(yearEndSteps(timeSteps(model.horizon)).at(-1)?.year ?? '');
	return names.length === 2
		? m.metric_best_two({ a: names[0], b: names[1], year }, { locale })
		: m.axis_probability({}, { locale });
}

/**
 * @param step the contributions' step; the horizon when left out, as the slides show it.
 */
export function scenarioChartData(
	model: ModelInput,
	projection: Projection,
	tornado: Tornado | null,
	locale: Locale,
	step = projection.times.length - 1
): ScenarioChartData {
	const label = (text: BilingualText) => text[locale];
	return {
		projection,
		tornado,
		outcomes: outcomeStyles(model, label),
		drivers: driverLabels(model, label),
		events: eventLabels(model, label),
		// A threshold is where its outcome begins: the one above it.
		thresholds: model.thresholds.map((value, i) => ({
			value,
			label: m.threshold_label({ outcome: model.outcomes[i + 1]?.label[locale] ?? '' }, { locale })
		})),
		step,
		metricLabel: tornado ? metricLabel(model, tornado, locale) : undefined
	};
}
