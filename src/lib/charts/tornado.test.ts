import type { TooltipItem } from 'chart.js';
import { describe, expect, it } from 'vitest';
import { baseLinePlugin } from './base-line';
import { context, drivers, nonPlainPaths, scaleOf, tornado } from './test-fixture';
import { tornadoChart, tornadoTable } from './tornado';

describe('tornadoChart', () => {
	const config = tornadoChart(tornado, drivers, context());
	const data = config.data.datasets[0].data;

	it('sorts drivers by swing, largest first', () => {
		expect(config.data.labels).toEqual(['Military cooperation', 'Sanctions pressure', 'Trade']);
	});

	it('floats each bar from the lower to the higher end, in percentage points', () => {
		expect(data.map(([a, b]) => [Math.round(a * 1e9) / 1e9, Math.round(b * 1e9) / 1e9])).toEqual([
			[40, 70],
			[47, 62],
			[50, 58]
		]);
		for (const [a, b] of data) expect(a).toBeLessThanOrEqual(b);
	});

	it('marks the base with a dashed line and names it in the title and tooltip', () => {
		expect(config.plugins).toContain(baseLinePlugin);
		const baseLine = config.options?.plugins?.baseLine;
		expect(baseLine && baseLine.value).toBeCloseTo(55, 9);
		expect(baseLine).toMatchObject({ axis: 'x' });
		expect(config.options?.plugins?.title).toMatchObject({ display: true, text: 'Scenario as set: 55%' });
		const tooltip = config.options?.plugins?.tooltip as unknown as {
			callbacks: { label: (item: TooltipItem<'bar'>) => string[]; footer: () => string };
		};
		expect(tooltip.callbacks.label({ dataIndex: 1 } as TooltipItem<'bar'>)).toEqual(['Low end: 62%', 'High end: 47%']);
		expect(tooltip.callbacks.footer()).toBe('Scenario as set: 55%');
	});

	it('keeps a mean-index metric in index units', () => {
		const index = tornadoChart({ ...tornado, metric: { kind: 'mean-index' }, base: 0.1 }, drivers, context());
		expect(index.data.datasets[0].data[0]).toEqual([0.4, 0.7]);
		expect(index.options?.plugins?.baseLine).toMatchObject({ value: 0.1 });
		expect(scaleOf(index, 'x').ticks.callback(0.25)).toBe('0.25');
	});

	it('puts drivers on the right and reverses the value axis in Arabic', () => {
		expect(scaleOf(config, 'y').position).toBe('left');
		const rtl = tornadoChart(tornado, drivers, context(true));
		expect(scaleOf(rtl, 'y').position).toBe('right');
		expect(scaleOf(rtl, 'x').reverse).toBe(true);
		expect(rtl.options?.plugins?.tooltip).toMatchObject({ rtl: true, textDirection: 'rtl' });
	});

	it('is plain data with animations off', () => {
		expect(config.options?.animation).toBe(false);
		expect(nonPlainPaths(config)).toEqual([]);
	});
});

describe('tornadoTable', () => {
	it('holds both ends and the swing per driver, in the chart’s order and units', () => {
		const config = tornadoChart(tornado, drivers, context(), 'P(transactional or better)');
		const table = tornadoTable(tornado, drivers, context(), 'P(transactional or better)');
		expect(table.caption).toBe('Sensitivity of P(transactional or better) (base 55%)');
		expect(table.columns).toEqual(['Driver', 'Low end (%)', 'High end (%)', 'Swing (percentage points)']);
		expect(table.rows.map((r) => r[0])).toEqual(config.data.labels);
		table.rows.forEach((row, i) => {
			const [lo, hi] = config.data.datasets[0].data[i];
			expect([Math.min(Number(row[1]), Number(row[2])), Math.max(Number(row[1]), Number(row[2]))]).toEqual([lo, hi]);
			expect(row[3]).toBeCloseTo(hi - lo, 9);
		});
		expect(table.rows[1]).toEqual(['Sanctions pressure', 62, 47, 15]);
	});
});
