import type { TooltipItem } from 'chart.js';
import { describe, expect, it } from 'vitest';
import { baseLinePlugin } from './base-line';
import { chartPalette } from './palette';
import { context, drivers, events, nonPlainPaths, scaleOf, tornado } from './test-fixture';
import { endSegments, tornadoChart, tornadoTable } from './tornado';

const names = { drivers, events };
const round = ([a, b]: [number, number]) => [Math.round(a * 1e9) / 1e9, Math.round(b * 1e9) / 1e9];

describe('tornadoChart', () => {
	const config = tornadoChart(tornado, names, context());
	const [low, high] = config.data.datasets;

	it('sorts drivers and events together by swing, largest first, each by its own label', () => {
		expect(config.data.labels).toEqual(['Military cooperation', 'Sanctions pressure', 'Ceasefire', 'Trade']);
	});

	it('draws the low end and the high end as two datasets in two colours, each from the base', () => {
		const p = chartPalette('light');
		expect(low.backgroundColor).toBe(p.lowEnd);
		expect(high.backgroundColor).toBe(p.highEnd);
		expect(low.backgroundColor).not.toBe(high.backgroundColor);
		expect(low.data.map(round)).toEqual([
			[55, 40],
			[55, 62],
			[55, 60],
			[55, 50]
		]);
		expect(high.data.map(round)).toEqual([
			[55, 70],
			[55, 47],
			[60, 72],
			[55, 58]
		]);
		// Both ends of a bar share one slot rather than standing side by side.
		expect([low.grouped, high.grouped]).toEqual([false, false]);
	});

	it('names both ends in the legend, the event’s meaning beside the driver’s', () => {
		expect([low.label, high.label]).toEqual(['Assessment low / Probability 0', 'Assessment high / Probability 1']);
		expect(config.options?.plugins?.legend).toMatchObject({ display: true });
		const driversOnly = tornadoChart({ ...tornado, bars: tornado.bars.slice(0, 3) }, names, context());
		expect(driversOnly.data.datasets.map((d) => d.label)).toEqual(['Assessment low', 'Assessment high']);
		const weights = tornadoChart({ ...tornado, input: 'weight', bars: tornado.bars.slice(0, 3) }, names, context());
		expect(weights.data.datasets.map((d) => d.label)).toEqual(['Weight −50%', 'Weight +50%']);
	});

	it('shortens the legend’s names where the full ones would be cut off, as on a phone', () => {
		type Generate = (chart: unknown) => { text: string; datasetIndex: number; fillStyle: string }[];
		const generate = (config.options?.plugins?.legend?.labels as { generateLabels: Generate }).generateLabels;
		// Seven pixels a character, as a 12 px font roughly measures.
		const g = { font: '', save() {}, restore() {}, measureText: (text: string) => ({ width: text.length * 7 }) };
		const chart = (width: number) => ({
			width,
			ctx: g,
			data: config.data,
			isDatasetVisible: (i: number) => i === 0
		});
		const wide = generate(chart(900));
		expect(wide.map((item) => item.text)).toEqual([
			'Assessment low / Probability 0',
			'Assessment high / Probability 1'
		]);
		expect(wide.map((item) => item.fillStyle)).toEqual([low.backgroundColor, high.backgroundColor]);
		// 'Assessment high / Probability 1' is 31 characters: 217 px of text, 24 + 6 + 20 around it.
		expect(generate(chart(267)).map((item) => item.text)).toEqual([
			'Assessment low / Probability 0',
			'Assessment high / Probability 1'
		]);
		expect(generate(chart(266)).map((item) => item.text)).toEqual(['Low / 0', 'High / 1']);
		// The full names stay the datasets' own, for the tooltip and the data table.
		expect([low.label, high.label]).toEqual(['Assessment low / Probability 0', 'Assessment high / Probability 1']);
	});

	it('marks the base with a dashed line labelled with its percent, and names it in the tooltip', () => {
		expect(config.plugins).toContain(baseLinePlugin);
		const baseLine = config.options?.plugins?.baseLine;
		expect(baseLine && baseLine.value).toBeCloseTo(55, 9);
		expect(baseLine).toMatchObject({ axis: 'x', label: { text: 'As set: 55%' } });
		expect(config.options?.layout?.padding).toMatchObject({ top: expect.any(Number) });
		const tooltip = config.options?.plugins?.tooltip as unknown as {
			callbacks: { label: (item: TooltipItem<'bar'>) => string; footer: () => string };
		};
		const item = (dataIndex: number, datasetIndex: number) => ({ dataIndex, datasetIndex }) as TooltipItem<'bar'>;
		expect(tooltip.callbacks.label(item(1, 0))).toBe('Assessment low: 62%');
		expect(tooltip.callbacks.label(item(1, 1))).toBe('Assessment high: 47%');
		expect(tooltip.callbacks.label(item(2, 1))).toBe('Probability 1: 72%');
		expect(tooltip.callbacks.footer()).toBe('Scenario as set: 55%');
	});

	it('keeps a mean-index metric in index units', () => {
		const index = tornadoChart({ ...tornado, metric: { kind: 'mean-index' }, base: 0.1 }, names, context());
		expect(round(index.data.datasets[0].data[0])).toEqual([0.1, 0.4]);
		expect(index.options?.plugins?.baseLine).toMatchObject({ value: 0.1, label: { text: 'As set: 0.10' } });
		expect(scaleOf(index, 'x').ticks.callback(0.25)).toBe('0.25');
	});

	it('puts the inputs on the right and reverses the value axis in Arabic', () => {
		expect(scaleOf(config, 'y').position).toBe('left');
		const rtl = tornadoChart(tornado, names, context(true));
		expect(scaleOf(rtl, 'y').position).toBe('right');
		expect(scaleOf(rtl, 'x').reverse).toBe(true);
		expect(rtl.options?.plugins?.tooltip).toMatchObject({ rtl: true, textDirection: 'rtl' });
	});

	it('is plain data with animations off', () => {
		expect(config.options?.animation).toBe(false);
		expect(nonPlainPaths(config)).toEqual([]);
	});
});

describe('endSegments', () => {
	it('runs each end from the base, or from the nearer end when both lie on one side', () => {
		expect(endSegments({ low: 40, high: 70 }, 55)).toEqual({ low: [55, 40], high: [55, 70] });
		expect(endSegments({ low: 60, high: 72 }, 55)).toEqual({ low: [55, 60], high: [60, 72] });
		expect(endSegments({ low: 30, high: 50 }, 55)).toEqual({ low: [50, 30], high: [55, 50] });
		expect(endSegments({ low: 55, high: 55 }, 55)).toEqual({ low: [55, 55], high: [55, 55] });
	});
});

describe('tornadoTable', () => {
	it('holds both ends and the swing per input, in the chart’s order and units', () => {
		const config = tornadoChart(tornado, names, context(), 'P(transactional or better)');
		const table = tornadoTable(tornado, names, context(), 'P(transactional or better)');
		expect(table.caption).toBe('Sensitivity of P(transactional or better) (base 55%)');
		expect(table.columns).toEqual([
			'Input',
			'Assessment low / Probability 0 (%)',
			'Assessment high / Probability 1 (%)',
			'Swing (percentage points)'
		]);
		expect(table.rows.map((r) => r[0])).toEqual(config.data.labels);
		table.rows.forEach((row, i) => {
			// Each end's bar stops at that end's value.
			expect(config.data.datasets[0].data[i]).toContain(row[1]);
			expect(config.data.datasets[1].data[i]).toContain(row[2]);
			expect(row[3]).toBeCloseTo(Math.abs(Number(row[2]) - Number(row[1])), 9);
		});
		expect(table.rows[1]).toEqual(['Sanctions pressure', 62, 47, 15]);
		expect(table.rows[2]).toEqual(['Ceasefire', 60, 72, 12]);
	});
});
