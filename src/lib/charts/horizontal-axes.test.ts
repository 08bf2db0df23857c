import { describe, expect, it } from 'vitest';
import { barValueAxis, categoryAxis, wrapLabel, wrapToWidth } from './horizontal-axes';
import { context } from './test-fixture';

describe('categoryAxis', () => {
	const label = 'The analyst’s ranges on the drivers';
	const tick = (width: number) => {
		const callback = categoryAxis(context()).ticks?.callback as unknown as (this: unknown, value: number) => string[];
		return callback.call({ chart: { width }, getLabelForValue: () => label }, 0);
	};

	it('wraps long names on two lines, and on shorter lines in a phone-sized chart', () => {
		expect(tick(900)).toEqual(['The analyst’s ranges on the', 'drivers']);
		expect(tick(360)).toEqual(['The analyst’s', 'ranges on the', 'drivers']);
		expect(tick(360).join(' ')).toBe(label);
	});

	it('never splits a word', () => {
		expect(wrapLabel('Pyongyang’s caution about sending people abroad', 16)).toEqual([
			'Pyongyang’s',
			'caution about',
			'sending people',
			'abroad'
		]);
	});
});

describe('barValueAxis title', () => {
	const title = 'Chance of “Transactional partnership” or “Deepening alliance” at the end of 2030';
	const measure = (text: string) => text.length * 7;

	it('wraps a title wider than its axis on as many lines as it needs, never splitting a word', () => {
		expect(wrapToWidth(title, 2000, measure)).toEqual([title]);
		const lines = wrapToWidth(title, 300, measure);
		expect(lines.length).toBeGreaterThan(1);
		expect(lines.every((line) => measure(line) <= 300)).toBe(true);
		expect(lines.join(' ')).toBe(title);
		expect(wrapToWidth('Unsplittablewordlongerthanaxis', 50, measure)).toEqual(['Unsplittablewordlongerthanaxis']);
	});

	it('sets the wrapped title once the axis knows its width', () => {
		const axis = barValueAxis(context(), title, String);
		const scale = {
			width: 300,
			ctx: { font: '', save() {}, restore() {}, measureText: (text: string) => ({ width: measure(text) }) },
			options: { title: { text: title as string | string[] } }
		};
		(axis.afterSetDimensions as unknown as (s: typeof scale) => void)(scale);
		expect(scale.options.title.text).toEqual(wrapToWidth(title, 300, measure));
		scale.width = 2000;
		(axis.afterSetDimensions as unknown as (s: typeof scale) => void)(scale);
		expect(scale.options.title.text).toEqual([title]);
	});

	it('keeps each Arabic line right to left, so a closing » at a line’s end stays there', () => {
		const arabic = 'احتمال «شراكة نفعية» أو «تحالف متعمّق» بنهاية 2030';
		const axis = barValueAxis({ ...context(), rtl: true }, arabic, String);
		const scale = {
			width: 300,
			ctx: { font: '', save() {}, restore() {}, measureText: (text: string) => ({ width: measure(text) }) },
			options: { title: { text: arabic as string | string[] } }
		};
		(axis.afterSetDimensions as unknown as (s: typeof scale) => void)(scale);
		const lines = scale.options.title.text as string[];
		expect(lines.length).toBeGreaterThan(1);
		expect(lines.every((line) => line.startsWith('\u200f') && line.endsWith('\u200f'))).toBe(true);
		expect(lines.map((line) => line.replace(/\u200f/g, '')).join(' ')).toBe(arabic);
	});
});
