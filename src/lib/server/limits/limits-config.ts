// The rate limits, from the environment (README, "Deploying for a team"). Defaults are generous
// for people and the test suite (many parallel browsers from one address and one account), and
// still stop a script: pages that simulate, exports and imports at 4 a second after a burst of 240,
// per account and per address; writes that succeed at 5 a second after a burst of 300, per account.

import { envInteger } from '$lib/server/compute/env-number';
import type { BucketLimits } from './token-buckets';

export interface RateLimits {
	expensive: BucketLimits;
	writes: BucketLimits;
}

export function rateLimitsFromEnv(): RateLimits {
	return {
		expensive: {
			burst: envInteger('RATE_EXPENSIVE_BURST', 240, 1),
			perSecond: envInteger('RATE_EXPENSIVE_PER_SECOND', 4)
		},
		writes: {
			burst: envInteger('RATE_WRITE_BURST', 300, 1),
			perSecond: envInteger('RATE_WRITE_PER_SECOND', 5)
		}
	};
}
