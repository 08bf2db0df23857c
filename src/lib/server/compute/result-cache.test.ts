import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { approximateBytes, ResultCache } from './result-cache';

describe('ResultCache', () => {
	it('forgets the least recently used entry first, over its entry limit', () => {
		const cache = new ResultCache<string>({ maxEntries: 2, maxBytes: 1000 });
		cache.set('a', 'A', 1);
		cache.set('b', 'B', 1);
		expect(cache.get('a')).toBe('A');
		cache.set('c', 'C', 1);
		expect(cache.has('b')).toBe(false);
		expect(cache.get('a')).toBe('A');
		expect(cache.get('c')).toBe('C');
	});

	it('stays under its byte limit, and keeps nothing larger than the limit', () => {
		const cache = new ResultCache<string>({ maxEntries: 100, maxBytes: 10 });
		cache.set('a', 'A', 6);
		cache.set('b', 'B', 6);
		expect([cache.has('a'), cache.has('b'), cache.bytes]).toEqual([false, true, 6]);
		cache.set('huge', 'H', 11);
		expect([cache.has('huge'), cache.has('b')]).toEqual([false, true]);
	});

	it('never holds more than its limits, whatever the sequence of sets', () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.string({ maxLength: 2 }), fc.integer({ min: 0, max: 40 })), { maxLength: 60 }),
				(sets) => {
					const cache = new ResultCache<number>({ maxEntries: 5, maxBytes: 50 });
					for (const [key, bytes] of sets) cache.set(key, bytes, bytes);
					expect(cache.size).toBeLessThanOrEqual(5);
					expect(cache.bytes).toBeLessThanOrEqual(50);
					const last = sets.at(-1);
					if (last) expect(cache.get(last[0])).toBe(last[1]);
				}
			)
		);
	});

	it('measures a value by its JSON text', () => {
		expect(approximateBytes({ a: [1, 2] })).toBe(JSON.stringify({ a: [1, 2] }).length);
	});
});
