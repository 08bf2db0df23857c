// A model's outcomes, drivers and events as the chart builders take them, in one language: the pages pass
// `tr` (the interface language), the decks and the PowerPoint export their slide language.

import type { BilingualText, ModelInput } from '$lib/model';
import type { DriverLabel, EventLabel, OutcomeStyle } from './types';

/** For an outcome the model gives no colour. */
export const FALLBACK_OUTCOME_COLOR = '#777777';

/** The colour of an outcome of the model, by id. */
export function outcomeColor(model: ModelInput, id: string): string {
	return model.outcomes.find((o) => o.id === id)?.color ?? FALLBACK_OUTCOME_COLOR;
}

export function outcomeStyles(model: ModelInput, label: (text: BilingualText) => string): OutcomeStyle[] {
	return model.outcomes.map((o) => ({ id: o.id, label: label(o.label), color: o.color ?? FALLBACK_OUTCOME_COLOR }));
}

export function driverLabels(model: ModelInput, label: (text: BilingualText) => string): DriverLabel[] {
	return model.drivers.map((d) => ({ id: d.id, label: label(d.label) }));
}

export function eventLabels(model: ModelInput, label: (text: BilingualText) => string): EventLabel[] {
	return model.events.map((e) => ({ id: e.id, label: label(e.label) }));
}
