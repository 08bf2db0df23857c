// A scenario's summary may quote its own settings only through templates: `{event:ID}` is
// replaced by the scenario's probability of event ID as a whole percent. A saved scenario whose
// settings differ from the preset it came from then shows its own numbers, never the preset's.

// numbers.ts itself, not format/index: the schema's checks load this in Node without the app's
// message bundle (the CLI, Playwright's tests), and format/time.ts imports it.
import { percentText } from '../format/numbers';
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

/** A number in Latin or Arabic-Indic digits, with its decimals and a percent sign if any. */
const LITERAL_NUMBER = /[0-9\u0660-\u0669]+(?:[.,\u066B][0-9\u0660-\u0669]+)*(?:\s?[%\u066A])?/g;

/**
 * Numbers a text writes itself, outside its templates ("35%", "0.4", "2030"): a summary that
 * quotes a setting that way goes stale as soon as the setting moves, so validate warns of each.
 */
export function literalNumbers(text: string): string[] {
	return [...text.replace(EVENT_TEMPLATE, ' ').matchAll(LITERAL_NUMBER)].map((match) => match[0]);
}
