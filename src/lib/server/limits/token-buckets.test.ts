import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TokenBuckets } from './token-buckets';

describe('TokenBuckets', () => {
	it('allows a burst, then refuses with the seconds until a token is back, then refills', () => {
		const buckets = new TokenBuckets({ burst: 3, perSecond: 0.5 });
		const t0 = 1_000_000;
		expect([1, 2, 3].map(() => buckets.take('a', t0).ok)).toEqual([true, true, true]);
		expect(buckets.take('a', t0)).toEqual({ ok: false, retryAfterSeconds: 2 });
		expect(buckets.take('b', t0).ok).toBe(true);
		expect(buckets.take('a', t0 + 1000)).toEqual({ ok: false, retryAfterSeconds: 1 });
		expect(buckets.take('a', t0 + 2000).ok).toBe(true);
	});

	it('counts a cost known afterwards, down to minus the burst', () => {
		const buckets = new TokenBuckets({ burst: 2, perSecond: 1 });
		for (let i = 0; i < 10; i++) buckets.spend('a', 0);
		expect(buckets.check('a', 0)).toEqual({ ok: false, retryAfterSeconds: 3 });
		expect(buckets.check('a', 3000).ok).toBe(true);
	});

	it('never holds more keys than its limit', () => {
		fc.assert(
			fc.property(fc.array(fc.tuple(fc.string({ maxLength: 3 }), fc.nat(5000)), { maxLength: 200 }), (takes) => {
				const buckets = new TokenBuckets({ burst: 2, perSecond: 1, maxKeys: 8 });
				let now = 0;
				for (const [key, step] of takes) buckets.take(key, (now += step));
				expect(buckets.size).toBeLessThanOrEqual(8);
			})
		);
	});
});
