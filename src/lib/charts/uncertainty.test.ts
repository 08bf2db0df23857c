import type { TooltipItem } from 'chart.js';
import { describe, expect, it } from 'vitest';
import { barValuesPlugin } from './bar-values';
import { chartPalette } from './palette';
import { context, nonPlainPaths, projection, scaleOf } from './test-fixture';
import { largestSource, uncertaintyChart, uncertaintyTable } from './uncertainty';

const uncertainty = projection.uncertainty;

describe('uncertaintyChart', () => {
	const config = uncertaintyChart(uncertainty, context());
	const [bars] = config.data.datasets;

	it('has one bar per source in a fixed order, the interaction last, in percent', () => {
		expect(config.data.labels).toEqual(['Ranges', 'Events', 'Unmodelled', 'Interaction']);
		expect(bars.data.map((v) => Math.round(v * 1e9) / 1e9)).toEqual([30, 18, 53, -1]);
	});

	it('writes each bar’s percent at its end and names the largest source above', () => {
		expect(config.plugins).toContain(barValuesPlugin);
		expect(config.options?.plugins?.barValues).toMatchObject({ texts: ['30%', '18%', '53%', '-1%'], dataset: 0 });
		expect(config.options?.plugins?.title).toMatchObject({ display: true, text: 'Largest: Unmodelled (53%)' });
		const tooltip = config.options?.plugins?.tooltip as unknown as {
			callbacks: { label: (item: TooltipItem<'bar'>) => string };
		};
		expect(tooltip.callbacks.label({ dataIndex: 1 } as TooltipItem<'bar'>)).toBe('Share: 18%');
	});

	it('colours the analyst’s inputs apart from the unmodelled factors, never in outcome colours', () => {
		const p = chartPalette('light');
		expect(bars.backgroundColor).toEqual([p.inputs, p.inputs, p.unmodelled, 'rgba(0, 0, 0, 0)']);
		const outcomeColors = ['#D55E00', '#E69F00', '#56B4E9', '#009E73'];
		for (const color of [p.inputs, p.unmodelled]) expect(outcomeColors).not.toContain(color.toUpperCase());
		// The interaction, a leftover, in outline only.
		expect(bars.borderWidth).toEqual([0, 0, 0, expect.any(Number)]);
	});

	it('spans the whole (0–100%), below 0 only for a negative interaction, mirrored in Arabic', () => {
		expect(scaleOf(config, 'x')).toMatchObject({ min: -1, max: 100 });
		const positive = uncertaintyChart({ ...uncertainty, unmodelled: 0.52, interaction: 0 }, context());
		expect(scaleOf(positive, 'x').min).toBe(0);
		const rtl = uncertaintyChart(uncertainty, context(true));
		expect(scaleOf(rtl, 'x').reverse).toBe(true);
		expect(scaleOf(rtl, 'y').position).toBe('right');
		expect(rtl.options?.layout?.padding).toMatchObject({ left: expect.any(Number) });
		expect(rtl.options?.plugins?.barValues).toMatchObject({ rtl: true });
	});

	it('is plain data with animations off', () => {
		expect(config.options?.animation).toBe(false);
		expect(nonPlainPaths(config)).toEqual([]);
	});
});

describe('largestSource', () => {
	it('picks the largest of the three sources, never the interaction', () => {
		expect(largestSource(uncertainty)).toBe('unmodelled');
		expect(largestSource({ ...uncertainty, ranges: 0.6, unmodelled: 0.1 })).toBe('ranges');
		expect(largestSource({ variance: 0, ranges: 0.2, events: 0.2, unmodelled: 0.1, interaction: 0.5 })).toBe('ranges');
	});
});

describe('uncertaintyTable', () => {
	it('holds each source’s share in percent, the chart’s numbers, under the same caption', () => {
		const table = uncertaintyTable(uncertainty, context());
		expect(table.caption).toBe('Largest: Unmodelled (53%)');
		expect(table.columns).toEqual(['Source', 'Share (%)']);
		expect(table.rows.map((r) => r[0])).toEqual(['Ranges', 'Events', 'Unmodelled', 'Interaction']);
		expect(table.rows.map((r) => r[1])).toEqual(uncertaintyChart(uncertainty, context()).data.datasets[0].data);
		const quiet = uncertaintyTable({ ...uncertainty, unmodelled: 0, ranges: 0.8, interaction: 0.02 }, context());
		expect(quiet.rows[2]).toEqual(['Unmodelled', 0]);
		expect(quiet.caption).toBe('Largest: Ranges (80%)');
	});
});
