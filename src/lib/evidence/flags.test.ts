import { describe, expect, it } from 'vitest';
import { driverBalance } from './balance';
import { driverFlags, HEAVY_COUNT } from './flags';
import { item, modelWith } from './test-evidence';

const balanceOf = (...items: ReturnType<typeof item>[]) => driverBalance(modelWith(items), 'a');

describe('driverFlags', () => {
	it('flags a driver with no evidence, and one whose items share a single source', () => {
		expect(driverFlags(balanceOf(), 0, [])).toEqual(['no-evidence']);
		const oneSource = balanceOf(
			item('x', { a: 'raises' }, 'C2', 'The author'),
			item('y', { a: 'raises' }, 'C3', 'The author')
		);
		expect(driverFlags(oneSource, 0.3, [])).toEqual(['single-source']);
		const two = balanceOf(
			item('x', { a: 'raises' }, 'C2', 'The author'),
			item('y', { a: 'raises' }, 'B2', 'A minister')
		);
		expect(driverFlags(two, 0.3, [])).toEqual([]);
	});

	it('flags an assessment on one side of 0 when the evidence leans clearly to the other', () => {
		const up = balanceOf(item('x', { a: 'raises' }, 'B2', 'One'), item('y', { a: 'raises' }, 'B2', 'Two'));
		expect(driverFlags(up, -0.3, [])).toEqual(['against-evidence']);
		expect(driverFlags(up, 0.3, [])).toEqual([]);
		expect(driverFlags(up, -0.05, [])).toEqual([]); // too near 0 to take a side
		const mixed = balanceOf(item('x', { a: 'raises' }, 'B2', 'One'), item('y', { a: 'lowers' }, 'B2', 'Two'));
		expect(driverFlags(mixed, -0.8, [])).toEqual([]);
	});

	it('flags a heavy driver resting on low-grade evidence only, not a light one or a well-graded one', () => {
		const low = balanceOf(item('x', { a: 'raises' }, 'F2', 'Reports'), item('y', { a: 'raises' }, 'C4', 'The author'));
		expect(driverFlags(low, 0.3, ['a'])).toEqual(['heavy-low-grade']);
		expect(driverFlags(low, 0.3, ['b', 'c'])).toEqual([]);
		const past = ['b', 'c', 'd', 'e'].slice(0, HEAVY_COUNT).concat('a');
		expect(driverFlags(low, 0.3, past)).toEqual([]);
		const medium = balanceOf(
			item('x', { a: 'raises' }, 'F2', 'Reports'),
			item('y', { a: 'raises' }, 'C3', 'The author')
		);
		expect(driverFlags(medium, 0.3, ['a'])).toEqual([]);
		expect(driverFlags(balanceOf(), 0.3, ['a'])).toEqual(['no-evidence', 'heavy-low-grade']);
	});
});
