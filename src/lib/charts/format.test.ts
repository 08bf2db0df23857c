import { describe, expect, it } from 'vitest';
import { signed } from './format';
import { context } from './test-fixture';

describe('signed', () => {
	it('always writes the sign, with a true minus', () => {
		expect(signed(0.21, context())).toBe('+0.21');
		expect(signed(-0.08, context())).toBe('\u22120.08');
	});

	it('writes zero, and values that round to zero, unsigned', () => {
		expect(signed(0, context())).toBe('0.00');
		expect(signed(-0.001, context())).toBe('0.00');
	});

	it('keeps the sign before the digits in right-to-left text', () => {
		expect(signed(-0.08, context(true))).toBe('\u200E\u22120.08');
	});
});
