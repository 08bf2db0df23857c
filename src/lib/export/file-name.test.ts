import { describe, expect, it } from 'vitest';
import { exportFileName, fileStem, versusTitle } from './file-name';

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

	it('cut a long title between words, with an ellipsis', () => {
		const stem = fileStem('Baseline the current course vs Abandonment in Russia’s old pattern vs Deepening alliance');
		expect(stem).toBe('Baseline the current course vs Abandonment in Russia’s old pattern vs Deepening…');
		expect([...stem].length).toBeLessThanOrEqual(81);
	});

	it('name compared scenarios together in the file’s language', () => {
		expect(versusTitle(['Baseline', 'Abandonment', 'Deepening'], 'en')).toBe('Baseline vs Abandonment vs Deepening');
		expect(versusTitle(['الأساسي', 'التخلي'], 'ar')).toBe('الأساسي مقابل التخلي');
		expect(versusTitle(['Only one'], 'en')).toBe('Only one');
	});
});
