// The instances' shared state on both backends, through two handles on one database (as two app
// instances hold): the rate limits' buckets are one set of counts, and the change stamp moves on
// the other handle when one writes.

import { describe, expect, it } from 'vitest';
import { tinyScenario } from '$lib/schema/test-fixtures';
import { testBackends, twoHandlesEach } from './test-databases';

const rule = { burst: 5, perSecond: 2 };

async function until(check: () => boolean, ms = 5000): Promise<void> {
	const deadline = Date.now() + ms;
	while (!check()) {
		if (Date.now() > deadline) throw new Error('timed out');
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
}

describe.each(testBackends())('shared state on $name', (backend) => {
	const handles = twoHandlesEach(backend);

	it('takes tokens from one set of buckets for both handles, atomically, refills with time and takes refunds', async () => {
		const buckets = [handles.opened.database, handles.other].map((d) => d.shared.rateBuckets);
		const t0 = 1_000_000;
		// 40 takes at once, split between the handles: exactly the burst is taken.
		const takes = await Promise.all(Array.from({ length: 40 }, (_, i) => buckets[i % 2].take(['a'], rule, t0)));
		expect(takes.flat().filter((t) => t.taken)).toHaveLength(rule.burst);
		const [refused] = await buckets[0].take(['a'], rule, t0);
		expect(refused.taken).toBe(false);
		expect(refused.tokens).toBeCloseTo(0);
		// Two keys in one take: each answered on its own.
		const both = await buckets[1].take(['a', 'b'], rule, t0);
		expect(Object.fromEntries(both.map((t) => [t.key, t.taken]))).toEqual({ a: false, b: true });
		// Half a second later one token is back (2 a second).
		expect((await buckets[1].take(['a'], rule, t0 + 500))[0]).toMatchObject({ taken: true, tokens: 0 });
		expect((await buckets[0].take(['a'], rule, t0 + 500))[0].taken).toBe(false);
		await buckets[1].refund('a', rule);
		expect((await buckets[0].take(['a'], rule, t0 + 500))[0].taken).toBe(true);
		// Swept when untouched: a new bucket starts full.
		await buckets[0].sweep('a', t0 + 1000);
		expect((await buckets[0].take(['a'], rule, t0 + 600))[0]).toMatchObject({ taken: true, tokens: rule.burst - 1 });
		// 'b' was not swept: taken twice at t0.
		expect((await buckets[0].take(['b'], rule, t0))[0].tokens).toBe(rule.burst - 2);
	});

	it("moves the other handle's change stamp when one writes", async () => {
		const stamp = () => handles.other.shared.changes.current();
		await until(() => stamp() !== null);
		const before = stamp();
		expect(stamp()).toBe(before);
		const { $schema: _ref, ...scenario } = tinyScenario();
		await handles.opened.database.auditedWrite('create', [{ scenario }], (saved) => ({
			actor: { id: null, name: 'test' },
			action: 'scenario.create',
			target: `scenario:${saved.id}`,
			outcome: 'ok'
		}));
		await until(() => stamp() !== before);
		expect(stamp()).not.toBeNull();
	});
});
