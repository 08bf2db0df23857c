import { describe, expect, it } from 'vitest';
import { sinceRevisionNumber } from './saved-since';

describe('sinceRevisionNumber', () => {
	it('takes the revision the presenter names when it comes before the one shown', () => {
		expect(sinceRevisionNumber('1', 3)).toBe(1);
		expect(sinceRevisionNumber('2', 3)).toBe(2);
	});

	it('falls back to the revision just before for a missing, later, equal or unreadable one', () => {
		for (const value of [null, '3', '4', '0', '-1', '1.5', 'x', '']) expect(sinceRevisionNumber(value, 3)).toBe(2);
	});
});
