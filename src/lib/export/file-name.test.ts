import { describe, expect, it } from 'vitest';
import { exportFileName, fileStem } from './file-name';

describe('export file names', () => {
	it('name the scenario, the part and the day', () => {
		expect(exportFileName('Baseline: the current course', '2026-12-01', 'csv', 'states')).toBe(
			'Baseline the current course - states - 2026-12-01.csv'
		);
		expect(exportFileName('My case', '2026-12-01', 'xlsx')).toBe('My case - 2026-12-01.xlsx');
	});

	it('keep Arabic titles and drop direction marks and path separators', () => {
		expect(fileStem('\u200fخط الأساس: المسار الحالي')).toBe('خط الأساس المسار الحالي');
		expect(fileStem('a/b\\c')).toBe('a b c');
		expect(fileStem('../..')).toBe('scenario');
		expect(fileStem('')).toBe('scenario');
	});
});
