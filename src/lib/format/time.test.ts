import { describe, expect, it } from 'vitest';
import { dateTimeText, isoDate, monthRangeText, monthText, quarterOfMonth, quarterText } from './time';

describe('quarterText', () => {
	it('writes a step as the axes do, in either language', () => {
		expect(quarterText('2025-Q3', 'en')).toBe('Q3 2025');
		expect(quarterText('2030-Q4', 'ar')).toBe('الربع الرابع 2030');
		expect(quarterText('2025-Q1', 'ar')).toBe('الربع الأول 2025');
	});

	it('leaves anything that is not a step as it is', () => {
		expect(quarterText('', 'en')).toBe('');
		expect(quarterText('2025-07', 'ar')).toBe('2025-07');
	});

	it('finds the step a month falls in', () => {
		expect(quarterOfMonth('2026-06')).toBe('2026-Q2');
		expect(quarterOfMonth('2026-07')).toBe('2026-Q3');
		expect(quarterOfMonth('2026-12')).toBe('2026-Q4');
	});
});

describe('dates', () => {
	it('names a month with Latin digits in both languages', () => {
		expect(monthText('2026-06', 'en')).toBe('June 2026');
		expect(monthText('2026-06', 'ar')).toMatch(/^\S+ 2026$/);
		expect(monthText('June', 'en')).toBe('June');
	});

	it('writes an event window as a range of months, one month when it is one', () => {
		expect(monthRangeText({ from: '2026-06', to: '2027-12' }, 'en')).toBe('June 2026 – December 2027');
		expect(monthRangeText({ from: '2026-01', to: '2026-06' }, 'en')).toBe('January – June 2026');
		expect(monthRangeText({ from: '2026-06', to: '2026-06' }, 'en')).toBe('June 2026');
		expect(monthRangeText({ from: '2026-06', to: '2027-12' }, 'ar')).toMatch(/^\S+ 2026 – \S+ 2027$/);
		expect(monthRangeText({ from: 'soon', to: 'later' }, 'en')).toBe('soon – later');
	});

	it('gives the UTC day of an instant', () => {
		expect(isoDate(new Date('2026-03-01T23:30:00-05:00'))).toBe('2026-03-02');
	});

	it('writes a stored time in UTC, saying so', () => {
		expect(dateTimeText('2026-03-01T12:05:00Z', 'en')).toBe('1 Mar 2026, 12:05 UTC');
		expect(dateTimeText('2026-03-01T12:05:00Z', 'ar')).toMatch(/2026.*12:05.* UTC$/);
		expect(dateTimeText('not a date', 'en')).toBe('not a date');
	});
});
