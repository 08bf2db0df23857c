import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countText, indexDifferenceText, keepLtr, numberText, percentText, pointsText, tableNumber } from './numbers';

const LRM = '\u200E';

describe('numberText', () => {
	it('writes two decimals with a true minus, and a plus only when asked', () => {
		expect(numberText(0.214, 'en')).toBe('0.21');
		expect(numberText(-0.08, 'en')).toBe('\u22120.08');
		expect(numberText(0.7, 'en', true)).toBe('+0.70');
		expect(numberText(-0.04, 'en', true)).toBe('\u22120.04');
	});

	it('leaves values that round to zero unsigned', () => {
		expect(numberText(0, 'en', true)).toBe('0.00');
		expect(numberText(-0.001, 'en', true)).toBe('0.00');
		expect(numberText(0.004, 'ar', true)).toBe('0.00');
	});

	it('puts a left-to-right mark before a leading sign in Arabic only', () => {
		expect(numberText(0.7, 'ar', true)).toBe(`${LRM}+0.70`);
		expect(numberText(-0.4, 'ar')).toBe(`${LRM}\u22120.40`);
		expect(numberText(0.4, 'ar')).toBe('0.40');
	});

	it('writes the same digits in both languages, signed or not', () => {
		fc.assert(
			fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.boolean(), (value, signed) => {
				expect(numberText(value, 'ar', signed).replace(LRM, '')).toBe(numberText(value, 'en', signed));
				const digits = (text: string) => text.replace(/^[+\u2212]/, '');
				expect(digits(numberText(value, 'en', true))).toBe(digits(numberText(value, 'en')));
			})
		);
	});
});

describe('tableNumber', () => {
	it('keeps up to two decimals, no trailing zeros', () => {
		expect(tableNumber(37.5, 'en')).toBe('37.5');
		// Defect 4: a tiny negative read "−0" in a chart's table.
		expect(tableNumber(-0.001, 'en')).toBe('0');
		expect(tableNumber(-0.001, 'ar')).toBe('0');
		expect(tableNumber(12.3456, 'en')).toBe('12.35');
		expect(tableNumber(40, 'en')).toBe('40');
		expect(tableNumber(-0.2, 'ar')).toBe(`${LRM}\u22120.2`);
	});
});

describe('percentText and countText', () => {
	it('rounds a share to whole percent, 0% and 100% included', () => {
		expect(percentText(0.374)).toBe('37%');
		expect(percentText(0)).toBe('0%');
		expect(percentText(1)).toBe('100%');
	});

	it('groups counts with Latin digits', () => {
		expect(countText(10000)).toBe('10,000');
		expect(countText(800)).toBe('800');
	});

	it('marks text as left to right in Arabic only', () => {
		expect(keepLtr('2026-03-01', 'ar')).toBe(`${LRM}2026-03-01`);
		expect(keepLtr('2026-03-01', 'en')).toBe('2026-03-01');
	});
});

describe('differences', () => {
	it('writes a difference of probabilities in points with one decimal and its sign', () => {
		expect(pointsText(0.0624, 'en')).toBe('+6.2');
		expect(pointsText(-0.0008, 'en')).toBe('\u22120.1');
		expect(pointsText(0.0004, 'en')).toBe('0.0');
		expect(pointsText(-0.12, 'ar')).toBe('\u200E\u221212.0');
	});

	it('writes a part of an index gap with three decimals and its sign', () => {
		expect(indexDifferenceText(0.0314, 'en')).toBe('+0.031');
		expect(indexDifferenceText(-0.2, 'en')).toBe('\u22120.200');
		expect(indexDifferenceText(0, 'ar')).toBe('0.000');
	});
});
