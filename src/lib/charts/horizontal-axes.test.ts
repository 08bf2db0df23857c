import { describe, expect, it } from 'vitest';
import { categoryAxis, wrapLabel } from './horizontal-axes';
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
