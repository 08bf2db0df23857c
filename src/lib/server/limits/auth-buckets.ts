// better-auth's own rate limits (sign-in tries per address, its routes' general limit) kept in the
// app's shared buckets (db/shared-state.ts) instead of better-auth's memory, so that a second
// instance does not double them: its `consume(key, { window, max })` — at most `max` a `window`
// of seconds — becomes a bucket of `max` tokens refilled at max/window a second, one atomic take.
// (better-auth's own 'database' storage would add a table to its schema and to every export.)

import type { BetterAuthOptions } from 'better-auth';
import type { RateBucketRows } from '$lib/server/db/shared-state';
import { retryAfterSeconds } from './token-buckets';

type RateLimitStorage = NonNullable<NonNullable<BetterAuthOptions['rateLimit']>['customStorage']>;

const PREFIX = 'auth:';
const SWEEP_EVERY_MS = 60_000;
/** Longer than any of better-auth's windows: a bucket untouched this long is full again. */
const FORGET_AFTER_MS = 60 * 60_000;

export function authRateLimitStorage(rows: RateBucketRows, clock: () => number = Date.now): RateLimitStorage {
	let lastSweep = clock();
	return {
		async consume(key, rule) {
			const now = clock();
			if (now - lastSweep >= SWEEP_EVERY_MS) {
				lastSweep = now;
				rows
					.sweep(PREFIX, now - FORGET_AFTER_MS)
					.catch((error: unknown) => console.error('sweeping sign-in limits:', error));
			}
			const perSecond = rule.max / rule.window;
			const [take] = await rows.take([PREFIX + key], { burst: rule.max, perSecond }, now);
			return take.taken
				? { allowed: true, retryAfter: null }
				: { allowed: false, retryAfter: retryAfterSeconds(take.tokens, perSecond) };
		}
	};
}
