import { describe, expect, it } from 'vitest';
import { parseModel } from '../lib/schema/index';
import { tinyModel, tinyModelFormat1 } from '../lib/schema/test-fixtures';
import { migrateModelText, migrateScenarioText } from './migrate-text';

const tabs = (value: unknown) => `${JSON.stringify(value, null, '\t')}\n`;

describe('migrateModelText', () => {
	it('turns each date into a one-month window where it was, and the format into 2', () => {
		const before = tabs(tinyModelFormat1());
		const { text, dates } = migrateModelText(before);
		expect(dates).toBe(1);
		const changed = text.split('\n').filter((line, i) => line !== before.split('\n')[i]);
		expect(changed).toEqual(['\t"format": 2,', '\t\t\t"window": { "from": "2026-06", "to": "2026-06" }']);
		// Everything else, the date's key position among the event's keys included, is untouched.
		expect(text.replace('"format": 2', '"format": 1').replace(/"window": \{[^}]*\}/, '"date": "2026-06"')).toBe(before);
	});

	it('gives the model that format 1 read, now in format 2', () => {
		const v1 = parseModel(tinyModelFormat1(), 'v1');
		const v2 = parseModel(JSON.parse(migrateModelText(tabs(tinyModelFormat1())).text), 'v2');
		expect(v1.ok && v2.ok && { ...v1.model, format: 2 }).toEqual(v2.ok && v2.model);
	});

	it('keeps any layout: two spaces, all on one line', () => {
		for (const indent of [2, undefined]) {
			const before = JSON.stringify(tinyModelFormat1(), null, indent);
			const expected = before
				.replace(/"format": ?1/, (format) => format.replace('1', '2'))
				.replace(/"date": ?"2026-06"/, '"window": { "from": "2026-06", "to": "2026-06" }');
			expect(migrateModelText(before).text).toBe(expected);
		}
	});

	it('leaves a format-2 text exactly as it is', () => {
		const text = tabs(tinyModel());
		expect(migrateModelText(text)).toEqual({ text, dates: 0 });
	});
});

describe('migrateScenarioText', () => {
	it('changes the format and nothing else, once', () => {
		const before = '{\n  "format": 1,\n  "id": "x",\n  "events": [{ "date": "2026-06" }]\n}\n';
		const once = migrateScenarioText(before).text;
		expect(once).toBe(before.replace('"format": 1', '"format": 2'));
		expect(migrateScenarioText(once).text).toBe(once);
	});
});
