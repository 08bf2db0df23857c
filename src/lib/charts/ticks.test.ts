import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distinctTicks, fixedText, labelYear, quartersFit, signedTick, tickDecimals, yearStarts } from './ticks';

const MINUS = '\u2212';

describe('value ticks', () => {
	it('writes a step of hundredths with two decimals, so no two ticks read the same', () => {
		const ticks = [-0.04, -0.035, -0.03, -0.025, -0.02, -0.015, -0.01, -0.005, 0].map((value) => ({ value }));
		const write = distinctTicks((text) => text);
		const labels = ticks.map((t, i) => write(t.value, i, ticks));
		expect(labels.slice(0, 3)).toEqual([`${MINUS}0.040`, `${MINUS}0.035`, `${MINUS}0.030`]);
		expect(new Set(labels).size).toBe(labels.length);
		expect(labels.at(-1)).toBe('0.000');
	});

	it('keeps whole numbers whole', () => {
		expect(tickDecimals([-20, -10, 0, 10])).toBe(0);
		expect(tickDecimals([0, 0.5, 1])).toBe(1);
	});

	it('never writes −0', () => {
		expect(fixedText(-0.0001, 2)).toBe('0.00');
		expect(fixedText(-0, 0)).toBe('0');
		expect(signedTick(fixedText(-0.0001, 1), -0.0001, false)).toBe('0.0');
		expect(signedTick('0.04', 0.04, false)).toBe('+0.04');
		expect(signedTick('0.04', 0.04, true)).toBe('\u200E+0.04');
	});

	it('writes any set of round-step ticks as distinct labels (property)', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: -6, max: 2 }),
				fc.integer({ min: -50, max: 50 }),
				fc.integer({ min: 2, max: 12 }),
				(exp, start, count) => {
					const step = [1, 2, 5][((exp % 3) + 3) % 3] * 10 ** Math.floor(exp / 3);
					const ticks = Array.from({ length: count }, (_, i) => ({ value: (start + i) * step }));
					const write = distinctTicks((text) => text);
					const labels = ticks.map((t, i) => write(t.value, i, ticks));
					expect(new Set(labels).size).toBe(labels.length);
					for (const label of labels) expect(label).not.toMatch(new RegExp(`^${MINUS}0(\\.0+)?$`));
				}
			)
		);
	});
});

describe('time ticks', () => {
	const quarters = ['Q3 2025', 'Q4 2025', 'Q1 2026', 'Q2 2026', 'Q3 2026', 'Q4 2026', 'Q1 2027'];

	it('finds each year’s first quarter, and the first label only when it starts a year', () => {
		expect(yearStarts(quarters, false)).toEqual([2, 6]);
		expect(
			yearStarts(
				['الربع الأول 2026', 'الربع الثاني 2026', 'الربع الثالث 2026', 'الربع الرابع 2026', 'الربع الأول 2027'],
				true
			)
		).toEqual([0, 4]);
		expect(labelYear('الربع الرابع 2030')).toBe('2030');
	});

	it('says quarters do not fit when their labels and padding are wider than the axis', () => {
		expect(quartersFit(quarters, 1200, 12, 18)).toBe(true);
		expect(quartersFit(quarters, 300, 12, 18)).toBe(false);
	});
});
