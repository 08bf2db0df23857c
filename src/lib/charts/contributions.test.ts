import type { TooltipItem } from 'chart.js';
import { describe, expect, it } from 'vitest';
import { contributionsChart, contributionsTable } from './contributions';
import { baseLinePlugin } from './base-line';
import { chartPalette } from './palette';
import { context, drivers, nonPlainPaths, projection, scaleOf } from './test-fixture';

describe('contributionsChart', () => {
	const config = contributionsChart(projection, drivers, 2, context());
	const [up, down] = config.data.datasets;

	it('lists the drivers at the step, sorted by value, largest push up first', () => {
		expect(config.data.labels).toEqual(['Military cooperation', 'Trade', 'Sanctions pressure']);
		expect(up.data).toEqual([0.22, null, null]);
		expect(down.data).toEqual([null, -0.03, -0.1]);
	});

	it('sorts by the chosen step', () => {
		const first = contributionsChart(projection, drivers, 0, context());
		expect(first.data.labels).toEqual(['Military cooperation', 'Trade', 'Sanctions pressure']);
		expect(first.data.datasets[0].data).toEqual([0.2, 0.05, null]);
	});

	it('colours pushes up and pushes down in their own hues, named in the legend', () => {
		const p = chartPalette('light');
		expect([up.label, down.label]).toEqual(['Pushes up', 'Pushes down']);
		expect([up.backgroundColor, down.backgroundColor]).toEqual([p.pushesUp, p.pushesDown]);
	});

	it('draws the zero line the bars grow from', () => {
		expect(config.plugins).toContain(baseLinePlugin);
		expect(config.options?.plugins?.baseLine).toMatchObject({ value: 0, axis: 'x' });
	});

	it('writes the sign in ticks and tooltips', () => {
		const x = scaleOf(config, 'x');
		expect(x.ticks.callback(0.2)).toBe('+0.20');
		expect(x.ticks.callback(-0.1)).toBe('\u22120.10');
		const tooltip = config.options?.plugins?.tooltip as unknown as {
			callbacks: { label: (item: TooltipItem<'bar'>) => string };
		};
		const item = { parsed: { x: -0.08, y: 2 }, dataset: { label: 'Pushes down' } } as unknown as TooltipItem<'bar'>;
		expect(tooltip.callbacks.label(item)).toBe('Pushes down: \u22120.08');
	});

	it('is horizontal, plain data, animations off', () => {
		expect(config.options?.indexAxis).toBe('y');
		expect(config.options?.animation).toBe(false);
		expect(nonPlainPaths(config)).toEqual([]);
	});

	it('puts drivers on the right and reverses the value axis in Arabic', () => {
		expect(scaleOf(config, 'y').position).toBe('left');
		expect(scaleOf(config, 'x').reverse).toBe(false);
		const rtl = contributionsChart(projection, drivers, 2, context(true));
		expect(scaleOf(rtl, 'y').position).toBe('right');
		expect(scaleOf(rtl, 'x').reverse).toBe(true);
		expect(rtl.options?.plugins?.tooltip).toMatchObject({ rtl: true, textDirection: 'rtl' });
	});

	it('clamps a step outside the horizon', () => {
		expect(contributionsChart(projection, drivers, 99, context()).data).toEqual(config.data);
	});

	it('labels a driver given no name by its id', () => {
		expect(contributionsChart(projection, drivers.slice(1), 2, context()).data.labels).toContain('military');
	});
});

describe('contributionsTable', () => {
	it('holds the same numbers, in the same order', () => {
		const config = contributionsChart(projection, drivers, 1, context());
		const table = contributionsTable(projection, drivers, 1, context());
		expect(table.caption).toBe('Contributions at 2025 Q4');
		expect(table.columns).toEqual(['Driver', 'Contribution to the index']);
		expect(table.rows.map((r) => r[0])).toEqual(config.data.labels);
		const charted = config.data.datasets[0].data.map((v, i) => v ?? config.data.datasets[1].data[i]);
		expect(table.rows.map((r) => r[1])).toEqual(charted);
		expect(table.rows.map((r) => r[1])).toEqual([0.21, -0.01, -0.08]);
	});
});
