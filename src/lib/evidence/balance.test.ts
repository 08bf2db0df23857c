import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { EvidenceDirection, EvidenceItem } from '$lib/model';
import { driverBalance, evidenceBalances, leanOf } from './balance';
import { item, modelWith } from './test-evidence';

describe('driverBalance', () => {
	it('one strong source outweighs many weak ones the other way', () => {
		const weak = [1, 2, 3, 4].map((n) => item(`weak-${n}`, { a: 'lowers' }, 'F4', `Rumour ${n}`));
		const b = driverBalance(modelWith([item('treaty', { a: 'raises' }, 'A1'), ...weak]), 'a');
		expect(b.raising).toBe(1);
		expect(b.lowering).toBeCloseTo(4 * 0.09, 12);
		expect(b.net).toBeCloseTo((1 - 0.36) / 1.36, 12);
		expect(b.lean).toBe('raises');
		expect(b.sources).toBe(5);
		expect(b.best).toBe('high');
	});

	it('equal graded evidence both ways is mixed (net 0)', () => {
		const b = driverBalance(modelWith([item('up', { a: 'raises' }, 'B2'), item('down', { a: 'lowers' }, 'B2')]), 'a');
		expect(b.net).toBe(0);
		expect(b.lean).toBe('mixed');
	});

	it('no evidence, or context only, has no net and no lean', () => {
		expect(driverBalance(modelWith([]), 'a')).toMatchObject({
			items: [],
			net: null,
			lean: 'none',
			sources: 0,
			best: null
		});
		const ctx = driverBalance(modelWith([item('bg', { a: 'context' }, 'A1')]), 'a');
		expect(ctx).toMatchObject({ context: 1, net: null, lean: 'none', best: null, sources: 1 });
	});

	it('an undirected item counts as context; an item counts only for the drivers it informs', () => {
		const undirected: EvidenceItem = { ...item('u', { a: 'raises' }, 'A1'), direction: undefined };
		const model = modelWith([undirected, item('x', { b: 'lowers' }, 'C2')]);
		expect(driverBalance(model, 'a')).toMatchObject({ context: 1, net: null });
		expect(driverBalance(model, 'b')).toMatchObject({ lowering: 0.6 * 0.8, net: -1, lean: 'lowers' });
		expect(evidenceBalances(model).map((x) => x.driver)).toEqual(['a', 'b', 'c']);
	});

	const direction = fc.constantFrom<EvidenceDirection>('raises', 'lowers', 'context');
	const grade = fc.option(fc.constantFrom('A1', 'B2', 'C3', 'D4', 'E5', 'F6', 'F2'), { nil: undefined });
	const items = fc
		.array(fc.tuple(direction, grade), { maxLength: 8 })
		.map((list) => list.map(([d, g], i) => item(`e${i}`, { a: d }, g)));

	it('net lies in [−1, 1], turns over when every direction does, and leans as its sign says', () => {
		const flip = { raises: 'lowers', lowers: 'raises', context: 'context' } as const;
		fc.assert(
			fc.property(items, (list) => {
				const b = driverBalance(modelWith(list), 'a');
				const flipped = list.map((e) => ({ ...e, direction: { a: flip[e.direction!.a] } }));
				const f = driverBalance(modelWith(flipped), 'a');
				if (b.net === null) {
					expect(f.net).toBeNull();
					return;
				}
				expect(Math.abs(b.net)).toBeLessThanOrEqual(1);
				expect(f.net).toBeCloseTo(-b.net, 12);
				expect(b.lean).toBe(leanOf(b.net));
				if (b.lean === 'raises') expect(b.raising).toBeGreaterThan(b.lowering);
				if (b.lean === 'lowers') expect(b.lowering).toBeGreaterThan(b.raising);
			})
		);
	});
});
