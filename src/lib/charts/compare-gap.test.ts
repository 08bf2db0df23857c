import type { TooltipItem } from 'chart.js';
import { describe, expect, it } from 'vitest';
import { baseLinePlugin } from './base-line';
import { compareContext, gap } from './compare-fixture';
import { compareGapChart, compareGapTable, gapRows } from './compare-gap';
import { drivers, nonPlainPaths, scaleOf } from './test-fixture';

describe('compareGapChart', () => {
	const config = compareGapChart(gap, drivers, '#CC79A7', compareContext());
	const [value, weight] = config.data.datasets;

	it('sorts drivers by the size of their share of the gap', () => {
		expect(config.data.labels).toEqual(['Military cooperation', 'Trade', 'Sanctions pressure']);
		expect(gapRows(gap, drivers).map((r) => r.total)).toEqual([-0.12, -0.05, -0.03]);
	});

	it('stacks the part from the value and the part from the weight', () => {
		expect([value.label, weight.label]).toEqual(['From value', 'From weight']);
		expect(value.data).toEqual([-0.12, -0.06, 0.01]);
		expect(weight.data).toEqual([0, 0.01, -0.04]);
		expect(scaleOf(config, 'x').stacked).toBe(true);
		expect(scaleOf(config, 'y').stacked).toBe(true);
		expect(config.options?.indexAxis).toBe('y');
	});

	it('draws both parts in the scenario’s colour, the weight part lighter', () => {
		expect(value.backgroundColor).toBe('#CC79A7');
		expect(weight.backgroundColor).toBe('#CC79A755');
		expect(weight.borderColor).toBe('#CC79A7');
	});

	it('draws the zero line and writes signs, with the driver’s total in the tooltip', () => {
		expect(config.plugins).toContain(baseLinePlugin);
		expect(scaleOf(config, 'x').ticks.callback(-0.1)).toBe('\u22120.10');
		const tooltip = config.options?.plugins?.tooltip as unknown as {
			callbacks: { footer: (items: TooltipItem<'bar'>[]) => string };
		};
		expect(tooltip.callbacks.footer([{ dataIndex: 1 } as TooltipItem<'bar'>])).toBe('Total: \u22120.05');
	});

	it('mirrors in Arabic and is plain data', () => {
		const rtl = compareGapChart(gap, drivers, '#CC79A7', compareContext(true));
		expect(scaleOf(rtl, 'y').position).toBe('right');
		expect(scaleOf(rtl, 'x').reverse).toBe(true);
		expect(nonPlainPaths(config)).toEqual([]);
	});
});

describe('compareGapTable', () => {
	it('lists every driver’s parts, their sums, and the gap and residual in the caption', () => {
		const table = compareGapTable(
			gap,
			drivers,
			{ first: 'Baseline', other: 'Abandonment', time: '2026-Q1' },
			compareContext()
		);
		expect(table.caption).toBe('Abandonment against Baseline at 2026 Q1: gap \u22120.20, residual 0.00');
		expect(table.columns).toEqual(['Driver', 'From weight', 'From value', 'Total']);
		expect(table.rows.slice(0, 3)).toEqual([
			['Military cooperation', 0, -0.12, -0.12],
			['Trade', 0.01, -0.06, -0.05],
			['Sanctions pressure', -0.04, 0.01, -0.03]
		]);
		const [label, w, v, total] = table.rows[3] as [string, number, number, number];
		expect(label).toBe('All drivers');
		expect([w, v, total].map((x) => Math.round(x * 100) / 100)).toEqual([-0.03, -0.17, -0.2]);
	});
});
