import { describe, expect, it } from 'vitest';
import { compareContext, events, gap, series } from './compare-fixture';
import {
	COMPARE_CHART_KINDS,
	COMPARE_CHARTS,
	COMPARE_PAGE_KINDS,
	GAP_CHART,
	type CompareChartData
} from './compare-registry';
import { drivers, outcomes } from './test-fixture';

const data: CompareChartData = { series, outcomes, step: 1 };

describe('comparison chart registry', () => {
	it('has the deck’s three overlaid charts, each with a table of its scenarios', () => {
		expect(COMPARE_CHART_KINDS).toEqual(['states', 'index', 'rupture']);
		for (const kind of COMPARE_CHART_KINDS) {
			const entry = COMPARE_CHARTS[kind];
			expect(entry.chart(data, compareContext()).data.datasets.length, kind).toBeGreaterThan(0);
			const table = entry.table(data, compareContext());
			const text = [...table.columns, ...table.rows.flat()].join(' ');
			for (const s of series) expect(text, kind).toContain(s.label);
		}
	});

	it('shows every overlaid chart once on the page, the outcomes over time first across the width', () => {
		expect(COMPARE_PAGE_KINDS).toEqual(['outcomes', 'index', 'states', 'rupture']);
		expect([...COMPARE_PAGE_KINDS].sort()).toEqual(Object.keys(COMPARE_CHARTS).sort());
		for (const kind of COMPARE_CHART_KINDS) expect(COMPARE_PAGE_KINDS).toContain(kind);
	});

	it('has a table of the outcomes over time naming every scenario', () => {
		const table = COMPARE_CHARTS.outcomes.table(data, compareContext());
		const text = table.columns.join(' ');
		for (const s of series) expect(text).toContain(s.label);
		expect(COMPARE_CHARTS.outcomes.title(data, 'en')).toBe('Outcome probabilities over time');
	});

	it('shows the grouped outcomes at the data’s step, and says which in its title', () => {
		const config = COMPARE_CHARTS.states.chart(data, compareContext());
		const rupture = config.data.datasets.find((d) => d.label === 'Rupture');
		expect(rupture?.data).toEqual(series.map((s) => s.projection.stateProbabilities.rupture[1] * 100));
		expect(COMPARE_CHARTS.states.title(data, 'en')).toBe('Outcome probabilities at Q4 2025');
		expect(COMPARE_CHARTS.states.title(data, 'ar')).toContain('الربع الرابع 2025');
	});

	it('names a gap by its two scenarios, on the page and on a slide, with its figures signed', () => {
		const names = { first: 'Baseline', other: 'Abandonment', time: '2026-Q1', metric: '“Transactional” or better' };
		const input = { gap, labels: { drivers, events }, color: '#CC79A7', names };
		expect(GAP_CHART.title(input, 'en')).toBe('Abandonment against Baseline');
		expect(GAP_CHART.slideTitle(input, 'en')).toContain('Abandonment against Baseline');
		expect(GAP_CHART.slideTitle(input, 'en')).not.toBe(GAP_CHART.title(input, 'en'));
		expect(GAP_CHART.description(input, 'en')).toContain(
			'“Transactional” or better from 60% to 42% (\u221218.0 pts); mean index from +0.05 to \u22120.15'
		);
		expect(GAP_CHART.description(input, 'ar')).toContain('\u200E\u221218.0 نقطة');
		expect(GAP_CHART.chart(input, compareContext()).data.datasets[0].backgroundColor).toBe('#CC79A7');
	});
});
