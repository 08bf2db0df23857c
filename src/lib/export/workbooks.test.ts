import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { flagship, type Fixture } from '$lib/briefing/test-fixture';
import { SCENARIO_CHARTS, scenarioChartData } from '$lib/charts';
import { keyJudgments } from '$lib/model';
import { m } from '$lib/paraglide/messages';
import { exportContext, projectionSheets, type ProjectionExport } from './scenario-sheets';
import { comparisonWorkbook, comparisonWorkbookName, projectionWorkbook, projectionWorkbookName } from './workbooks';

let fx: Fixture;
beforeAll(async () => {
	fx = await flagship(600);
});

const exportedAt = new Date('2026-12-01T10:00:00Z');
const input = (lang: 'en' | 'ar'): ProjectionExport => ({
	lang,
	model: fx.model,
	scenario: fx.scenario,
	projection: fx.projection,
	tornado: fx.tornado,
	source: { kind: 'saved', id: 'abc', revision: 3 },
	edited: false,
	exportedAt
});

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
	const book = new ExcelJS.Workbook();
	await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
	return book;
}

const rowValues = (ws: ExcelJS.Worksheet, n: number) => (ws.getRow(n).values as unknown[]).slice(1);

describe('the projection workbook', () => {
	it('has About, the judgments, the inputs and one sheet per chart, each table read back as written', async () => {
		const sheets = projectionSheets(input('en'));
		const book = await readBack(await projectionWorkbook(input('en')));
		expect(book.worksheets.map((w) => w.name)).toEqual([
			'About',
			'Key judgments',
			'Drivers',
			'Events',
			'Outcomes by step',
			'Index bands',
			'Rupture risk',
			'Depends on',
			'Contributions',
			'Sensitivity'
		]);
		for (const sheet of sheets) {
			const ws = book.getWorksheet(sheet.name);
			if (!ws) throw new Error(`no sheet ${sheet.name}`);
			expect(rowValues(ws, 1)).toEqual(sheet.columns);
			expect(ws.rowCount).toBe(sheet.rows.length + 1);
			for (const [i, row] of sheet.rows.entries()) {
				const back = rowValues(ws, i + 2);
				row.forEach((cell, c) => {
					if (typeof cell === 'number') expect(back[c] as number).toBeCloseTo(cell, 9);
					else expect(back[c] ?? null).toEqual(cell);
				});
			}
		}
	});

	it('carries the numbers of the charts and of the key judgments', async () => {
		const book = await readBack(await projectionWorkbook(input('en')));
		const states = book.getWorksheet('Outcomes by step')!;
		const data = scenarioChartData(fx.model, fx.projection, fx.tornado, 'en');
		const table = SCENARIO_CHARTS.states.table(data, exportContext('en'));
		expect(states.getCell('A2').value).toBe(table.rows[0][0]);
		const last = fx.projection.times.length - 1;
		const first = fx.projection.outcomes[0];
		expect(states.getCell(last + 2, 2).value as number).toBeCloseTo(
			fx.projection.stateProbabilities[first][last] * 100,
			9
		);
		const judgments = book.getWorksheet('Key judgments')!;
		const j = keyJudgments(fx.model, fx.projection)[0];
		expect(judgments.getCell('A2').value).toBe(j.text.en);
		expect(judgments.getCell('B2').value as number).toBeCloseTo(j.probability * 100, 9);
		const about = book.getWorksheet('About')!;
		const facts = new Map(
			about
				.getSheetValues()
				.slice(2)
				.map((r) => [(r as unknown[])[1], (r as unknown[])[2]])
		);
		expect(facts.get('Seed')).toBe(fx.projection.seed);
		expect(facts.get('Simulated paths')).toBe(600);
		expect(facts.get('Revision')).toBe(3);
		expect(facts.get('Scenario')).toBe(fx.scenario.title.en);
		expect(facts.get('Exported on')).toBe('2026-12-01');
		expect(String(facts.get('Application'))).toMatch(/^Scenario Desk \d+\.\d+\.\d+/);
	});

	it('is written in Arabic, right to left, when asked for Arabic', async () => {
		const book = await readBack(await projectionWorkbook(input('ar')));
		expect(book.worksheets[0].name).toBe(m.export_sheet_about({}, { locale: 'ar' }));
		const states = book.getWorksheet(m.export_sheet_states({}, { locale: 'ar' }))!;
		expect(states.views[0]?.rightToLeft).toBe(true);
		expect(states.getCell('A1').value).toBe(m.table_time({}, { locale: 'ar' }));
		expect(String(states.getCell('A2').value)).toMatch(/\p{Script=Arabic}/u);
		const drivers = book.getWorksheet(m.export_sheet_drivers({}, { locale: 'ar' }))!;
		expect(drivers.getCell('A2').value).toBe(fx.model.drivers[0].label.ar);
	});

	it('leaves the tornado out while there is none, and is named after the scenario and the day', () => {
		const names = projectionSheets({ ...input('en'), tornado: null }).map((s) => s.name);
		expect(names).not.toContain('Sensitivity');
		expect(names).toContain('Depends on');
		expect(projectionWorkbookName(input('en'))).toBe(
			`${fx.scenario.title.en.replace(/:/g, ' ').replace(/\s+/g, ' ')} - 2026-12-01.xlsx`
		);
	});
});

describe('the comparison workbook', () => {
	it('has a sheet per compared scenario and one per gap, read back with the engine’s numbers', async () => {
		const { gapAttribution, simulate } = await import('$lib/model');
		const { compareContext } = await import('$lib/charts/compare-fixture');
		const other = { ...fx.scenario, id: 'other', drivers: { ...fx.scenario.drivers } };
		const id = fx.model.drivers[0].id;
		other.drivers[id] = {
			...other.drivers[id],
			assessment: Math.max(other.drivers[id].low, other.drivers[id].assessment - 0.3)
		};
		const projections = [fx.projection, simulate(fx.model, other)];
		const scenarios = [fx.scenario, other].map((scenario, i) => ({
			ref: `preset:${fx.model.id}/${scenario.id}`,
			title: scenario.title,
			revision: null,
			scenario,
			projection: projections[i],
			judgments: keyJudgments(fx.model, projections[i])
		}));
		const gap = gapAttribution(fx.model, fx.scenario, other, { samples: 300 });
		const input = {
			lang: 'en' as const,
			model: fx.model,
			scenarios,
			gaps: [gap],
			labels: ['Base', 'Other'],
			ctx: compareContext(),
			exportedAt
		};
		const book = await readBack(await comparisonWorkbook(input));
		expect(book.worksheets.map((w) => w.name)).toEqual(['About', 'Scenario 1', 'Scenario 2', 'Gap 1']);
		const second = book.getWorksheet('Scenario 2')!;
		const last = fx.projection.times.length + 1;
		const outcome = fx.projection.outcomes[0];
		expect(second.getCell(last, 2).value as number).toBeCloseTo(
			projections[1].stateProbabilities[outcome].at(-1)! * 100,
			9
		);
		const gapSheet = book.getWorksheet('Gap 1')!;
		const total = gapSheet.getRow(gapSheet.rowCount).values as unknown[];
		expect(total[3] as number).toBeCloseTo(gap.probabilityGap * 100, 9);
		expect(total[4] as number).toBeCloseTo(gap.gap, 9);
		expect(comparisonWorkbookName(input)).toBe('Base vs Other - 2026-12-01.xlsx');
	});
});
