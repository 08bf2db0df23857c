import type { Chart, LegendItem } from 'chart.js';
import { describe, expect, it } from 'vitest';
import { compareContext, series } from './compare-fixture';
import { compareOutcomesChart, compareOutcomesTable } from './compare-outcomes';
import { compareSeriesStyle } from './compare-series';
import { outcomes } from './test-fixture';

describe('compareOutcomesChart', () => {
	const config = compareOutcomesChart(series, outcomes, compareContext());
	const ds = config.data.datasets;
	const ids = series[0].projection.outcomes;

	it('draws a line per scenario and outcome, over every date, in percent', () => {
		expect(ds).toHaveLength(series.length * ids.length);
		const abandonmentRupture = ds.find((d) => d.label === 'Abandonment — Rupture');
		expect(abandonmentRupture?.data).toEqual(series[1].projection.stateProbabilities.rupture.map((v) => v * 100));
		expect(abandonmentRupture?.data).toHaveLength(series[1].projection.times.length);
	});

	it('colours a line by its outcome and dashes it by its scenario', () => {
		series.forEach((s, i) => {
			const style = compareSeriesStyle(i, 'light');
			for (const o of outcomes) {
				const line = ds.find((d) => d.label === `${s.label} — ${o.label}`);
				expect([line?.borderColor, line?.borderDash, line?.pointStyle]).toEqual([o.color, style.dash, style.point]);
			}
		});
	});

	it('has both keys in its legend: outcomes by colour, scenarios by dash', () => {
		const legend = config.options?.plugins?.legend?.labels as unknown as {
			generateLabels: (chart: Chart) => LegendItem[];
		};
		const items = legend.generateLabels({} as Chart);
		const bestFirst = [...ids].reverse().map((id) => outcomes.find((o) => o.id === id)?.label);
		expect(items.map((i) => i.text)).toEqual([...bestFirst, ...series.map((s) => s.label)]);
		expect(items.slice(outcomes.length).map((i) => i.lineDash)).toEqual(
			series.map((_, i) => compareSeriesStyle(i, 'light').dash)
		);
	});

	it('runs time right to left in Arabic', () => {
		const rtl = compareOutcomesChart(series, outcomes, compareContext(true));
		expect((rtl.options?.scales?.x as { reverse?: boolean }).reverse).toBe(true);
	});
});

describe('compareOutcomesTable', () => {
	it('has a row per date and a column per scenario and outcome', () => {
		const table = compareOutcomesTable(series, outcomes, compareContext());
		expect(table.columns).toHaveLength(1 + series.length * outcomes.length);
		expect(table.rows).toHaveLength(series[0].projection.times.length);
		const column = table.columns.findIndex((c) => c.includes('Saved r3') && c.includes('Rupture'));
		expect(table.rows.map((r) => r[column])).toEqual(
			series[2].projection.stateProbabilities.rupture.map((v) => v * 100)
		);
	});
});
