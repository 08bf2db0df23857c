import { describe, expect, it } from 'vitest';
import { ruptureAxisTop, ruptureRiskChart, ruptureRiskTable } from './rupture-risk';
import { context, nonPlainPaths, projection, scaleOf } from './test-fixture';

describe('ruptureRiskChart', () => {
	const config = ruptureRiskChart(projection, '#D55E00', context());

	it('plots rupture risk in percent, in the colour given', () => {
		expect(config.data.datasets).toHaveLength(1);
		expect(config.data.datasets[0].data).toEqual(projection.ruptureRisk.map((v) => v * 100));
		expect(config.data.datasets[0].borderColor).toBe('#D55E00');
		const y = scaleOf(config, 'y');
		expect([y.min, y.max]).toEqual([0, ruptureAxisTop(projection.ruptureRisk)]);
		expect(nonPlainPaths(config)).toEqual([]);
		expect(config.options?.animation).toBe(false);
	});

	it('runs right to left in Arabic', () => {
		const rtl = ruptureRiskChart(projection, '#D55E00', context(true));
		expect(scaleOf(rtl, 'x').reverse).toBe(true);
		expect(rtl.options?.plugins?.tooltip).toMatchObject({ rtl: true, textDirection: 'rtl' });
	});

	it('draws thicker lines on the projector', () => {
		const projector = ruptureRiskChart(projection, '#D55E00', context(false, 'projector'));
		expect(projector.data.datasets[0].borderWidth).toBeGreaterThan(Number(config.data.datasets[0].borderWidth));
	});

	it('has a table with the same numbers', () => {
		const table = ruptureRiskTable(projection, context());
		expect(table.columns).toEqual(['Date', 'Rupture risk by date (%)']);
		expect(table.rows).toEqual(projection.times.map((t, i) => [t.replace('-', ' '), config.data.datasets[0].data[i]]));
	});
});

describe('ruptureAxisTop', () => {
	it('ends the axis at the next ten above the data, between 10% and 100%', () => {
		expect(ruptureAxisTop([0, 0.02, 0.08])).toBe(10);
		expect(ruptureAxisTop([0.1, 0.31])).toBe(40);
		expect(ruptureAxisTop([0.995])).toBe(100);
		expect(ruptureAxisTop([0])).toBe(10);
	});
});
