// A scenario's summary may quote its own settings only through templates: `{event:ID}` is
// replaced by the scenario's probability of event ID as a whole percent. A saved scenario whose
// settings differ from the preset it came from then shows its own numbers, never the preset's.

import { percentText } from '../format/index';
import type { BilingualText, Locale, ScenarioInput } from '../model/index';

/** `{event:ID}`; the id part is whatever stands before the brace, so a misspelt id is still found. */
const EVENT_TEMPLATE = /\{event:([^{}]*)\}/g;

/** The event ids that a text's templates name, in order, with repeats. */
export function templateEventIds(text: string): string[] {
	return [...text.matchAll(EVENT_TEMPLATE)].map((match) => match[1]);
}

/**
 * The summary in `locale` with each `{event:ID}` filled in from the scenario's settings ("35%");
 * a template naming an event the scenario does not set stays as written (validate refuses it).
 */
export function fillSummary(summary: BilingualText, scenario: Pick<ScenarioInput, 'events'>, locale: Locale): string {
	return summary[locale].replace(EVENT_TEMPLATE, (template, id: string) => {
		const setting = Object.hasOwn(scenario.events, id) ? scenario.events[id] : undefined;
		return setting ? percentText(setting.probability) : template;
	});
}
