// Format 1 → 2 as a text edit: `"format": 1` becomes 2 and, in a model, each event's
// `"date": D` becomes `"window": { "from": D, "to": D }` where the date was. Nothing else in the
// file changes, so its layout, key order and indentation stay the author's (and Prettier's).

import { applyEdits, itemsOf, jsonSpans, memberOf, type Edit, type JsonSpan } from './json-spans';

export interface MigratedText {
	/** The file's text as format 2; the same text when it was not format 1. */
	text: string;
	/** How many event dates became windows. */
	dates: number;
}

function formatEdit(text: string, root: JsonSpan): Edit | undefined {
	const format = memberOf(root, 'format')?.value;
	if (!format || JSON.parse(text.slice(format.start, format.end)) !== 1) return undefined;
	return { start: format.start, end: format.end, text: '2' };
}

function dateEdits(text: string, root: JsonSpan): Edit[] {
	return itemsOf(memberOf(root, 'events')?.value).flatMap((event) => {
		const date = memberOf(event, 'date');
		if (!date) return [];
		// The date's own JSON text, escapes and all, is what both ends of the window say.
		const month = text.slice(date.value.start, date.value.end);
		return [{ start: date.start, end: date.value.end, text: `"window": { "from": ${month}, "to": ${month} }` }];
	});
}

/** A model.json text as format 2 (unchanged unless it says `"format": 1`). */
export function migrateModelText(text: string): MigratedText {
	const root = jsonSpans(text);
	const format = formatEdit(text, root);
	if (!format) return { text, dates: 0 };
	const dates = dateEdits(text, root);
	return { text: applyEdits(text, [format, ...dates]), dates: dates.length };
}

/** A scenario file's text as format 2: only its `format` changes. */
export function migrateScenarioText(text: string): MigratedText {
	const format = formatEdit(text, jsonSpans(text));
	return { text: format ? applyEdits(text, [format]) : text, dates: 0 };
}
