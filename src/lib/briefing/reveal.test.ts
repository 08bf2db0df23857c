import { describe, expect, it } from 'vitest';
import type { ChartConfiguration, LegendItem } from 'chart.js';
import { compareIndexChart, compareRuptureChart, compareStatesChart, contributionsChart } from '$lib/charts';
import { compareOutcomesChart } from '$lib/charts/compare-outcomes';
import { compareContext, series } from '$lib/charts/compare-fixture';
import { drivers, outcomes, projection, context } from '$lib/charts/test-fixture';
import { revealScenarios } from './reveal';
import { forSlide, singleLineCategories } from './slide-config';

const ctx = compareContext(false, 'projector');
const legendItem = (datasetIndex: number) => ({ datasetIndex, text: '' }) as LegendItem;

function keeps(config: ChartConfiguration, datasetIndex: number): boolean {
	const filter = config.options?.plugins?.legend?.labels?.filter;
	return filter ? Boolean(filter(legendItem(datasetIndex), config.data)) : true;
}

describe('revealScenarios', () => {
	it('shows the reference first: later scenarios hidden, axis range kept from all the data', () => {
		const full = compareRuptureChart(series, ctx) as ChartConfiguration;
		const first = revealScenarios(full, 'rupture', 3, 1);
		expect(first.data.datasets.map((d) => Boolean(d.hidden))).toEqual([false, true, true]);
		expect(keeps(first, 0)).toBe(true);
		expect(keeps(first, 2)).toBe(false);
		expect(first.options?.scales?.y).toMatchObject({
			suggestedMax: Math.max(...series.flatMap((s) => s.projection.ruptureRisk.map((v) => v * 100)))
		});
		expect(revealScenarios(full, 'rupture', 3, 3)).toBe(full);
	});

	it('maps the index chart’s band datasets to their scenario', () => {
		const revealed = revealScenarios(compareIndexChart(series, ctx) as ChartConfiguration, 'index', 3, 2);
		// 3 medians, then a p25 and a p75 edge per scenario.
		expect(revealed.data.datasets.map((d) => Boolean(d.hidden))).toEqual([
			false,
			false,
			true,
			false,
			false,
			false,
			false,
			true,
			true
		]);
	});

	it('maps the outcomes chart’s lines, one run of outcomes per scenario, to their scenario', () => {
		const full = compareOutcomesChart(series, outcomes, ctx) as ChartConfiguration;
		const revealed = revealScenarios(full, 'outcomes', 3, 2);
		const perScenario = outcomes.length;
		expect(revealed.data.datasets).toHaveLength(3 * perScenario);
		expect(revealed.data.datasets.map((d) => Boolean(d.hidden))).toEqual(
			Array.from({ length: 3 * perScenario }, (_, i) => i >= 2 * perScenario)
		);
	});

	it('blanks the later scenarios’ groups of the grouped bars', () => {
		const revealed = revealScenarios(
			compareStatesChart(series, outcomes, 2, ctx) as ChartConfiguration,
			'states',
			3,
			2
		);
		for (const d of revealed.data.datasets) expect(d.data[2]).toBeNull();
		expect(revealed.data.datasets[0].data[0]).not.toBeNull();
	});
});

describe('singleLineCategories', () => {
	it('replaces the wrapping tick callback of driver names', () => {
		const config = singleLineCategories(
			contributionsChart(projection, drivers, 2, context(false, 'projector')) as ChartConfiguration
		);
		const y = config.options?.scales?.y;
		const callback = y?.ticks?.callback;
		expect(typeof callback).toBe('function');
		const scale = { getLabelForValue: (i: number) => ['A very long driver name that would wrap over lines'][i] };
		expect(callback?.call(scale as never, 0, 0, [])).toBe('A very long driver name that would wrap over lines');
	});
});

describe('forSlide', () => {
	it('spaces the date labels of time charts out', () => {
		const config = forSlide(compareRuptureChart(series, ctx) as ChartConfiguration);
		expect(config.options?.scales?.x?.ticks).toMatchObject({ autoSkipPadding: 28 });
	});
});
