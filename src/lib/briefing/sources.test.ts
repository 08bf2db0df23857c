import { describe, expect, it } from 'vitest';
import { flagship } from './test-fixture';
import {
	gapOrder,
	influenceOrder,
	paginate,
	pickSources,
	QUOTES_PER_SLIDE,
	SOURCE_DRIVERS,
	sourceQuotes,
	sourcesTitle
} from './sources';

describe('sources', async () => {
	const f = await flagship();

	it('ranks drivers by the tornado swing, or by |contribution| at the horizon without one', () => {
		const bySwing = influenceOrder(f.projection, f.tornado);
		const driverBars = f.tornado.bars.filter((b) => b.kind === 'driver');
		expect(bySwing[0]).toBe([...driverBars].sort((a, b) => b.swing - a.swing)[0].id);
		// Events have bars too, but no quotes of their own to cite.
		expect(bySwing).toHaveLength(driverBars.length);
		const byContribution = influenceOrder(f.projection, null);
		const last = f.projection.times.length - 1;
		const sizes = byContribution.map((id) => Math.abs(f.projection.contributions[id][last]));
		expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
	});

	it('cites one quote per leading driver, never the same quote twice, each backing its driver', () => {
		const picks = pickSources(f.model, influenceOrder(f.projection, f.tornado));
		expect(picks).toHaveLength(SOURCE_DRIVERS);
		expect(new Set(picks.map((p) => p.evidence)).size).toBe(picks.length);
		for (const p of picks) expect(f.model.drivers.find((d) => d.id === p.driver)?.evidence).toContain(p.evidence);
		expect(paginate(picks).map((page) => page.length)).toEqual([QUOTES_PER_SLIDE, QUOTES_PER_SLIDE]);
	});

	it('quotes the picks in the slide language, verbatim from the model, skipping vanished ids', () => {
		const picks = pickSources(f.model, influenceOrder(f.projection, f.tornado));
		const ar = sourceQuotes(
			f.model,
			[...picks, { evidence: 'ev-gone', driver: picks[0].driver }],
			'ar',
			(label) => `— ${label}`
		);
		expect(ar).toHaveLength(picks.length);
		const first = f.model.evidence.find((e) => e.id === picks[0].evidence)!;
		expect(ar[0].quote).toBe(first.quote.ar);
		expect(ar[0].attribution).toBe(first.attribution.ar);
		expect(ar[0].driver).toBe(`— ${f.model.drivers.find((d) => d.id === picks[0].driver)!.label.ar}`);
		expect(sourceQuotes(f.model, picks, 'en', (l) => l)[0].quote).toBe(first.quote.en);
	});

	it('orders a comparison’s drivers by their part of the gap in points, and falls back to the model order', () => {
		const gap = {
			step: 0,
			metric: { kind: 'outcomes' as const, outcomes: ['x'] },
			indexA: 0,
			indexB: 0.1,
			gap: 0.1,
			probabilityA: 0.5,
			probabilityB: 0.4,
			probabilityGap: -0.1,
			residual: 0,
			items: [
				{ kind: 'event' as const, id: 'e', index: 0.2, probability: -0.2 },
				{ kind: 'driver' as const, id: 'a', index: -0.09, probability: 0.01 },
				{ kind: 'driver' as const, id: 'b', index: 0.01, probability: -0.05 },
				{ kind: 'unmodelled' as const, id: 'unmodelled', index: 0, probability: 0.14 }
			]
		};
		expect(gapOrder(gap, f.model)).toEqual(['b', 'a']);
		expect(gapOrder(undefined, f.model)).toEqual(f.model.drivers.map((d) => d.id));
	});
});

describe('sourcesTitle', () => {
	it('numbers the pages only when the quotes take more than one, in the language asked', () => {
		expect(sourcesTitle(1, 1, 'en')).toBe('Sources');
		expect(sourcesTitle(2, 3, 'en')).toBe('Sources (2 of 3)');
		expect(sourcesTitle(2, 3, 'ar')).toBe('المصادر (2 من 3)');
	});
});
