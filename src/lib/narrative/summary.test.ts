import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fillSummary, literalNumbers, templateEventIds } from './summary';

const summary = {
	en: 'A ceasefire ({event:ceasefire}) and then a deal ({event:us-deal}); a ceasefire again: {event:ceasefire}.',
	ar: 'وقف لإطلاق النار ({event:ceasefire}) ثم صفقة ({event:us-deal}).'
};
const scenario = { events: { ceasefire: { probability: 0.354 }, 'us-deal': { probability: 0.25 } } };

describe('fillSummary', () => {
	it('writes each event’s probability as the app writes percents, in both languages', () => {
		expect(fillSummary(summary, scenario, 'en')).toBe(
			'A ceasefire (35%) and then a deal (25%); a ceasefire again: 35%.'
		);
		expect(fillSummary(summary, scenario, 'ar')).toBe('وقف لإطلاق النار (35%) ثم صفقة (25%).');
	});

	it('follows the scenario’s own settings, not the text’s author', () => {
		const changed = { events: { ...scenario.events, ceasefire: { probability: 0.8 } } };
		expect(fillSummary(summary, changed, 'en')).toContain('A ceasefire (80%)');
	});

	it('leaves a template naming an unknown event as written, and text without templates alone', () => {
		expect(fillSummary({ en: 'x {event:coup} {event:constructor}', ar: 'ص' }, scenario, 'en')).toBe(
			'x {event:coup} {event:constructor}'
		);
		expect(fillSummary({ en: 'Since 2025, {not a template}', ar: 'ص' }, scenario, 'en')).toBe(
			'Since 2025, {not a template}'
		);
	});

	it('fills every template with a whole percent from 0% to 100%', () => {
		fc.assert(
			fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (p) => {
				const text = fillSummary({ en: '{event:e}', ar: '{event:e}' }, { events: { e: { probability: p } } }, 'en');
				expect(text).toMatch(/^\d{1,3}%$/);
				expect(Math.abs(Number.parseInt(text, 10) - p * 100)).toBeLessThanOrEqual(0.5);
			})
		);
	});
});

describe('templateEventIds', () => {
	it('lists the ids in order, misspelt ones included', () => {
		expect(templateEventIds(summary.en)).toEqual(['ceasefire', 'us-deal', 'ceasefire']);
		expect(templateEventIds('{event:Cease Fire} {event:}')).toEqual(['Cease Fire', '']);
	});
});

describe('literalNumbers', () => {
	it('finds percentages, decimals and whole numbers, in either script, but not inside templates', () => {
		expect(literalNumbers('a ceasefire (35%) or a deal (25 %), weight 0.4, by 2030')).toEqual([
			'35%',
			'25 %',
			'0.4',
			'2030'
		]);
		expect(literalNumbers('وقف لإطلاق النار (٣٥٪) أو (35%) عام ٢٠٣٠ و٠٫٤')).toEqual(['٣٥٪', '35%', '٢٠٣٠', '٠٫٤']);
		expect(literalNumbers('{event:un-2397} ({event:ceasefire}) within the horizon')).toEqual([]);
	});
});
