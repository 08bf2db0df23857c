// Token buckets by key (an account or an address): each key holds up to `burst` tokens, refilled
// at `perSecond`; a request takes one or is refused with the seconds until one is back. Buckets
// that have filled up again are forgotten, and at most `maxKeys` are held (the fullest first out),
// so a flood of addresses cannot grow memory without bound.

export interface BucketLimits {
	burst: number;
	perSecond: number;
	maxKeys?: number;
}

export type Take = { ok: true } | { ok: false; retryAfterSeconds: number };

/** The seconds until a bucket at `tokens` holds one again (an hour when it never refills). */
export function retryAfterSeconds(tokens: number, perSecond: number): number {
	return perSecond > 0 ? Math.max(1, Math.ceil((1 - tokens) / perSecond)) : 3600;
}

interface Bucket {
	tokens: number;
	at: number;
}

export class TokenBuckets {
	#buckets = new Map<string, Bucket>();
	readonly #maxKeys: number;

	constructor(readonly limits: BucketLimits) {
		this.#maxKeys = limits.maxKeys ?? 10_000;
	}

	get size(): number {
		return this.#buckets.size;
	}

	#level(bucket: Bucket, now: number): number {
		return Math.min(this.limits.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.limits.perSecond);
	}

	/** Whether `key` has a token now, without taking it. */
	check(key: string, now = Date.now()): Take {
		const bucket = this.#buckets.get(key);
		const tokens = bucket ? this.#level(bucket, now) : this.limits.burst;
		if (tokens >= 1) return { ok: true };
		return { ok: false, retryAfterSeconds: retryAfterSeconds(tokens, this.limits.perSecond) };
	}

	/** Takes a token when there is one. */
	take(key: string, now = Date.now()): Take {
		const verdict = this.check(key, now);
		if (verdict.ok) this.spend(key, now);
		return verdict;
	}

	/** Takes a token even when none is left (a cost known only afterwards); the level may go below 0 down to -burst. */
	spend(key: string, now = Date.now()): void {
		const bucket = this.#buckets.get(key);
		const tokens = bucket ? this.#level(bucket, now) : this.limits.burst;
		this.#buckets.delete(key);
		this.#buckets.set(key, { tokens: Math.max(-this.limits.burst, tokens - 1), at: now });
		this.#forget(now);
	}

	/** Gives a token back (a take that turned out not to count), up to the burst. */
	refund(key: string, now = Date.now()): void {
		const bucket = this.#buckets.get(key);
		if (bucket) bucket.tokens = Math.min(this.limits.burst, this.#level(bucket, now) + 1);
		if (bucket) bucket.at = now;
	}

	#forget(now: number): void {
		if (this.#buckets.size <= this.#maxKeys) return;
		for (const [key, bucket] of this.#buckets) {
			if (this.#buckets.size <= this.#maxKeys) return;
			if (this.#level(bucket, now) >= this.limits.burst) this.#buckets.delete(key);
		}
		// Still too many keys, every one of them in use: the least recently used go first.
		while (this.#buckets.size > this.#maxKeys) this.#buckets.delete(this.#buckets.keys().next().value as string);
	}
}
