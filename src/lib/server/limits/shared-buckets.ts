// A family of token buckets as the limiter uses them (handle.ts): take a token from each of several
// keys' buckets at once, give one back. In memory for one process (TokenBuckets: the unit tests,
// and no database needed), or in the app's database (db/shared-state.ts) so that every instance on
// it draws from the same buckets — a second instance does not double a limit. The database's take
// is one atomic statement for all the keys; buckets untouched for as long as they take to fill
// again are swept once a minute.

import type { BucketRule, RateBucketRows } from '$lib/server/db/shared-state';
import { retryAfterSeconds, TokenBuckets, type BucketLimits, type Take } from './token-buckets';

export type KeyedTake = Take & { key: string };

export interface BucketFamily {
	/** One token from each key's bucket that has one (distinct keys); each key's answer, in order. */
	take(keys: readonly string[]): Promise<KeyedTake[]>;
	refund(key: string): Promise<void>;
}

export function memoryBuckets(limits: BucketLimits): BucketFamily {
	const buckets = new TokenBuckets(limits);
	return {
		take: async (keys) => keys.map((key) => ({ key, ...buckets.take(key) })),
		refund: async (key) => buckets.refund(key)
	};
}

const SWEEP_EVERY_MS = 60_000;

/** `family` prefixes the keys (one table holds every family); `rows` is read on each call (the database may be reopened). */
export function databaseBuckets(
	limits: BucketLimits,
	family: string,
	rows: () => RateBucketRows,
	clock: () => number = Date.now
): BucketFamily {
	const rule: BucketRule = { burst: limits.burst, perSecond: limits.perSecond };
	// A bucket untouched this long is full again, the same as one never used.
	const fullAfterMs = limits.perSecond > 0 ? (limits.burst / limits.perSecond) * 1000 : Infinity;
	let lastSweep = clock();
	const prefix = `${family}:`;
	return {
		async take(keys) {
			const now = clock();
			if (Number.isFinite(fullAfterMs) && now - lastSweep >= SWEEP_EVERY_MS) {
				lastSweep = now;
				rows()
					.sweep(prefix, now - fullAfterMs)
					.catch((error: unknown) => console.error('sweeping rate-limit buckets:', error));
			}
			const answers = new Map(
				(
					await rows().take(
						keys.map((k) => prefix + k),
						rule,
						now
					)
				).map((t) => [t.key, t])
			);
			return keys.map((key): KeyedTake => {
				const answer = answers.get(prefix + key);
				if (!answer) throw new Error(`the database answered no bucket for ${key}`);
				return answer.taken
					? { key, ok: true }
					: { key, ok: false, retryAfterSeconds: retryAfterSeconds(answer.tokens, limits.perSecond) };
			});
		},
		refund: (key) => rows().refund(prefix + key, rule)
	};
}
