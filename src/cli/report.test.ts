import { describe, expect, it } from 'vitest';
import { simulate } from '../lib/model/index';
import { tinyModel, tinyScenario } from '../lib/schema/test-fixtures';
import { dependsOnLine, formatReport, formatTable, reportSteps } from './report';

describe('reportSteps', () => {
	it('takes the first step and the last step of each year', () => {
		// 2025-07 … 2027-12: steps 2025-Q3, Q4, 2026-Q1 … Q4, 2027-Q1 … Q4.
		expect(reportSteps(tinyModel())).toEqual([0, 1, 5, 9]);
	});

	it('does not repeat a first step that closes its year', () => {
		expect(reportSteps({ ...tinyModel(), horizon: { start: '2025-10', end: '2026-12' } })).toEqual([0, 4]);
	});
});

describe('formatTable', () => {
	it('left-aligns the first column, right-aligns the others', () => {
		expect(
			formatTable(
				['Step', 'Long name', 'B'],
				[
					['2025-Q3', '5%', '<1%'],
					['2030-Q4', '100%', '7%']
				]
			)
		).toEqual(['Step     Long name    B', '2025-Q3         5%  <1%', '2030-Q4       100%   7%']);
	});

	it('gives Arabic vowel marks no width', () => {
		const [header, row] = formatTable(['x', 'مرجّح'], [['y', '1%']]);
		expect(header).toBe('x  مرجّح');
		expect(row).toBe('y    1%');
	});
});

describe('formatReport', () => {
	const model = tinyModel();
	const scenario = tinyScenario();
	const projection = simulate(model, scenario, { samples: 400 });

	it('prints the judgments with numbers and one row per reported step', () => {
		const text = formatReport(model, scenario, projection, 'en');
		expect(text).toContain('Tiny model — Baseline');
		expect(text).toContain('seed 7, 400 samples');
		expect(text).toMatch(/ {2}• .+\((?:\d+%|<1%|>99%)\)/);
		const rows = text.split('\n').filter((line) => /^ {2}\d{4}-Q\d/.test(line));
		expect(rows.map((row) => row.trim().slice(0, 7))).toEqual(['2025-Q3', '2025-Q4', '2026-Q4', '2027-Q4']);
		const header = text.split('\n').find((line) => line.includes('Step'));
		expect(header?.trim().split(/ {2,}/)).toEqual(['Step', 'Rupture', 'Cooling', 'Alliance', 'Rupture by then']);
	});

	it('speaks Arabic with --lang ar', () => {
		const text = formatReport(model, scenario, projection, 'ar');
		expect(text).toContain('الأحكام الرئيسية');
		expect(text).toContain('نص Rupture');
		expect(text).not.toContain('Key judgments');
	});
});

describe('dependsOnLine', () => {
	const uncertainty = { variance: 0.03, ranges: 0.412, events: 0.298, unmodelled: 0.274, interaction: 0.016 };

	it('gives each source’s share of the horizon’s uncertainty as a whole percent', () => {
		expect(dependsOnLine(uncertainty, 'en')).toBe(
			'What the outcome depends on: ranges 41%, events 30%, unmodelled factors 27%, interaction 2%'
		);
		expect(dependsOnLine(uncertainty, 'ar')).toBe(
			'علامَ تتوقف النتيجة: النطاقات 41%، الأحداث 30%، العوامل غير المنمذجة 27%، التفاعل 2%'
		);
	});

	it('writes a negative interaction with a true minus, and a rounded −0 as 0%', () => {
		expect(dependsOnLine({ ...uncertainty, interaction: -0.021 }, 'en')).toMatch(/interaction −2%$/);
		expect(dependsOnLine({ ...uncertainty, interaction: -0.004 }, 'en')).toMatch(/interaction 0%$/);
	});

	it('is a line of the text report, in the report’s language, from the projection’s decomposition', () => {
		const [model, scenario] = [tinyModel(), tinyScenario()];
		const projection = simulate(model, scenario, { samples: 400 });
		expect(projection.uncertainty.variance).toBeGreaterThan(0);
		expect(formatReport(model, scenario, projection, 'en')).toContain(
			`\n${dependsOnLine(projection.uncertainty, 'en')}\n`
		);
		expect(formatReport(model, scenario, projection, 'ar')).toContain(
			`\n${dependsOnLine(projection.uncertainty, 'ar')}\n`
		);
	});
});
