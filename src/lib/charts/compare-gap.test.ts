import type { TooltipItem } from 'chart.js';
import { describe, expect, it } from 'vitest';
import type { ModelInput } from '$lib/model';
import { baseLinePlugin } from './base-line';
import { compareContext, events, gap } from './compare-fixture';
import { compareGapChart, compareGapTable, gapRows, identicalCount } from './compare-gap';
import { GAP_CHART, gapMetricName } from './compare-registry';
import { drivers, nonPlainPaths, scaleOf } from './test-fixture';

const labels = { drivers, events };
const metric = '“Transactional” or better';

describe('gapRows', () => {
	const rows = gapRows(gap, labels, compareContext());

	it('names drivers, events (by their label) and the unmodelled factors, largest part in points first', () => {
		expect(rows.map((r) => r.label)).toEqual([
			'Military cooperation',
			'Ceasefire in Ukraine',
			'Unmodelled factors',
			'Trade',
			'Sanctions pressure'
		]);
		expect(rows.map((r) => r.kind)).toEqual(['driver', 'event', 'unmodelled', 'driver', 'driver']);
	});

	it('gives each part in points of probability and in the index', () => {
		expect(rows.map((r) => Math.round(r.points * 10) / 10)).toEqual([-10, -5, -4, 1, 0]);
		expect(rows.map((r) => r.index)).toEqual([-0.12, -0.05, 0, -0.04, 0.01]);
	});

	it('leaves out only inputs with no part in either unit, and counts them', () => {
		// The unmodelled factors move no mean here but do move the outcome: shown.
		expect(rows.find((r) => r.kind === 'unmodelled')).toBeDefined();
		expect(rows.some((r) => r.id === 'summit')).toBe(false);
		expect(identicalCount(gap)).toBe(1);
	});
});

describe('compareGapChart', () => {
	const config = compareGapChart(gap, labels, metric, '#CC79A7', compareContext());
	const [driver, event, unmodelled] = config.data.datasets;

	it('draws points of the headline outcome, one dataset per kind of input, one bar per row', () => {
		expect(config.data.datasets.map((d) => d.label)).toEqual(['Driver', 'Event', 'Unmodelled factors']);
		const round = (xs: (number | null)[]) => xs.map((x) => (x === null ? null : Math.round(x * 10) / 10));
		expect(round(driver.data)).toEqual([-10, null, null, 1, 0]);
		expect(round(event.data)).toEqual([null, -5, null, null, null]);
		expect(round(unmodelled.data)).toEqual([null, null, -4, null, null]);
		expect(scaleOf(config, 'x').stacked).toBe(true);
		expect(scaleOf(config, 'y').stacked).toBe(true);
		expect(config.options?.indexAxis).toBe('y');
	});

	it('tells the kinds apart in lightness: drivers solid, events a tint of the scenario’s colour', () => {
		expect(driver.backgroundColor).toBe('#CC79A7');
		expect(event.backgroundColor).toBe('#CC79A755');
		expect(event.borderColor).toBe('#CC79A7');
		expect(unmodelled.backgroundColor).not.toContain('#CC79A7');
	});

	it('names the metric on the axis, writes signed points, and both units in the tooltip', () => {
		expect(config.plugins).toContain(baseLinePlugin);
		const x = config.options?.scales?.x as { title?: { text?: string } } | undefined;
		expect(x?.title?.text).toBe(`Part of the gap in ${metric}`);
		expect(scaleOf(config, 'x').ticks.callback(-5)).toBe('\u22125');
		expect(scaleOf(config, 'x').ticks.callback(2.5)).toBe('+2.5');
		const tooltip = config.options?.plugins?.tooltip as unknown as {
			callbacks: { label: (item: TooltipItem<'bar'>) => string };
		};
		const item = { dataIndex: 1, dataset: { label: 'Event' } } as TooltipItem<'bar'>;
		expect(tooltip.callbacks.label(item)).toBe('Event: \u22125.0 pts (index \u22120.050)');
	});

	it('leaves out a kind no row has', () => {
		const onlyDrivers = { ...gap, items: gap.items.filter((i) => i.kind === 'driver') };
		const chart = compareGapChart(onlyDrivers, labels, metric, '#CC79A7', compareContext());
		expect(chart.data.datasets.map((d) => d.label)).toEqual(['Driver']);
	});

	it('mirrors in Arabic and is plain data', () => {
		const rtl = compareGapChart(gap, labels, metric, '#CC79A7', compareContext(true));
		expect(scaleOf(rtl, 'y').position).toBe('right');
		expect(scaleOf(rtl, 'x').reverse).toBe(true);
		expect(nonPlainPaths(config)).toEqual([]);
	});
});

describe('compareGapTable', () => {
	it('lists every input with a part in both units, their sums, and the gaps in the caption', () => {
		const table = compareGapTable(
			gap,
			labels,
			{ first: 'Baseline', other: 'Abandonment', time: '2026-Q1', metric },
			compareContext()
		);
		expect(table.caption).toBe(
			`Abandonment against Baseline at 2026 Q1: ${metric} 60% → 42% (\u221218.0 pts), index \u22120.200; same: 1`
		);
		expect(table.columns).toEqual(['Input', 'Kind', `${metric} (points)`, 'Mean index']);
		expect(table.rows).toEqual([
			['Military cooperation', 'Driver', '\u221210.0', '\u22120.120'],
			['Ceasefire in Ukraine', 'Event', '\u22125.0', '\u22120.050'],
			['Unmodelled factors', 'Unmodelled factors', '\u22124.0', '0.000'],
			['Trade', 'Driver', '+1.0', '\u22120.040'],
			['Sanctions pressure', 'Driver', '0.0', '+0.010'],
			['All inputs', '', '\u221218.0', '\u22120.200']
		]);
	});
});

describe('gapMetricName', () => {
	const outcome = (id: string) => ({
		id,
		label: { en: id[0].toUpperCase() + id.slice(1), ar: id },
		description: { en: '', ar: '' }
	});
	const model = {
		outcomes: ['rupture', 'cooling', 'transactional', 'deepening'].map(outcome)
	} as unknown as ModelInput;

	it('names the outcomes from the middle up as “X or better”, and any other set by its outcomes', () => {
		expect(gapMetricName(model, gap, 'en')).toBe('“Transactional” or better');
		expect(gapMetricName(model, gap, 'ar')).toBe('«transactional» أو أفضل');
		const odd = { ...gap, metric: { kind: 'outcomes' as const, outcomes: ['cooling', 'deepening'] } };
		expect(gapMetricName(model, odd, 'en')).toBe('Cooling · Deepening');
	});

	it('gives the card a description with both gaps', () => {
		const names = { first: 'Baseline', other: 'Abandonment', time: '2026-Q1', metric };
		const data = { gap, labels, color: '#CC79A7', names };
		expect(GAP_CHART.description(data, 'en')).toBe(
			`${metric} from 60% to 42% (\u221218.0 pts); mean index from +0.05 to \u22120.15 (\u22120.200). Largest part first; inputs set the same in both scenarios add nothing and are not shown: 1.`
		);
	});
});
