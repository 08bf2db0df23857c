// The rate-limit handle (in hooks.server.ts's sequence, after the auth handle so that
// `event.locals.account` is known). Expensive routes take a token from the account's bucket and
// the address's, in one take (given back to the one that allowed it when the other refuses), when
// they run — a page the micro-cache answers takes none; API
// writes take one per account (the address when signed out) before they run, given back when the
// write did not succeed — refused ones saved nothing. A refusal is a 429 in the API's JSON error
// shape with `Retry-After`. Any 503 (the compute pool busy) gets a `Retry-After` as well. Pages
// that simulate are answered through the page micro-cache (page-cache.ts). The server's buckets and
// the cache's change stamp are the database's, shared by every instance on it (shared-buckets.ts).

import type { Handle, RequestEvent } from '@sveltejs/kit';
import { ApiError } from '$lib/server/api/errors';
import { BUSY_RETRY_AFTER_SECONDS } from '$lib/server/compute/busy';
import { isApiWrite, isExpensive } from './classify';
import { getDatabase } from '$lib/server/db/app-database';
import { createPageCache, type PageCache } from './page-cache';
import { rateLimitsFromEnv, type RateLimits } from './limits-config';
import { databaseBuckets, memoryBuckets, type BucketFamily, type KeyedTake } from './shared-buckets';
import type { BucketLimits } from './token-buckets';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface RateLimiter {
	handle: Handle;
}

function tooMany(retryAfterSeconds: number, what: string): Response {
	const response = new ApiError(
		429,
		'rate-limited',
		`Too many ${what}: try again in ${retryAfterSeconds} s`
	).toResponse();
	response.headers.set('retry-after', String(retryAfterSeconds));
	return response;
}

/** The first refusal among `takes` (the tokens the others took given back), or null when all took one. */
async function refusalOf(family: BucketFamily, takes: KeyedTake[]): Promise<KeyedTake | null> {
	const refused = takes.find((t) => !t.ok);
	if (refused) await Promise.all(takes.filter((t) => t.ok).map((t) => family.refund(t.key)));
	return refused ?? null;
}

function withRetryAfter(response: Response): Response {
	if (response.status !== 503 || response.headers.has('retry-after')) return response;
	try {
		response.headers.set('retry-after', String(BUSY_RETRY_AFTER_SECONDS));
		return response;
	} catch {
		// Immutable headers (a fetched response): a copy carries it.
		const copy = new Response(response.body, response);
		copy.headers.set('retry-after', String(BUSY_RETRY_AFTER_SECONDS));
		return copy;
	}
}

/** Where a family of buckets is kept: by default in this process's memory. */
export type BucketsOf = (limits: BucketLimits, family: keyof RateLimits) => BucketFamily;

export function createRateLimiter(
	limits = rateLimitsFromEnv(),
	pages: PageCache = createPageCache(),
	bucketsOf: BucketsOf = memoryBuckets
): RateLimiter {
	const expensive = bucketsOf(limits.expensive, 'expensive');
	const writes = bucketsOf(limits.writes, 'writes');

	const who = (event: RequestEvent) => {
		const account = event.locals.account?.id;
		let address = 'unknown';
		try {
			address = event.getClientAddress();
		} catch {
			// No address known (a request made inside the server): one shared bucket.
		}
		return { account: account ? `account:${account}` : null, address: `address:${address}` };
	};

	const handle: Handle = async ({ event, resolve }) => {
		const { account, address } = who(event);
		const writer = isApiWrite(event) ? (account ?? address) : null;
		if (writer) {
			const [verdict] = await writes.take([writer]);
			if (!verdict.ok) return tooMany(verdict.retryAfterSeconds, 'writes');
		}
		// The work itself: an expensive one takes its tokens first. Only when it is done, not when
		// the page cache answers with a kept page — that costs no simulation (nor a database write).
		const work = async (): Promise<Response> => {
			if (isExpensive(event)) {
				// Both must allow it (an account spread over addresses, an address shared by accounts).
				const refused = await refusalOf(expensive, await expensive.take(account ? [address, account] : [address]));
				if (refused && !refused.ok) return tooMany(refused.retryAfterSeconds, 'simulations, exports or imports');
			}
			return resolve(event);
		};
		let response: Response;
		try {
			response = await pages.answer(event, work);
		} catch (error) {
			if (writer) await writes.refund(writer);
			throw error;
		}
		if (writer && response.status >= 300) await writes.refund(writer);
		// Whatever a write changed, no page rendered before it is served again.
		if (!READS.has(event.request.method)) pages.forget();
		return withRetryAfter(response);
	};
	return { handle };
}

let shared: RateLimiter | null = null;

/** The process's limiter, sized from the environment on the first request, on the app's database. */
export const rateLimits: Handle = (input) =>
	(shared ??= createRateLimiter(
		rateLimitsFromEnv(),
		createPageCache(undefined, () => getDatabase().shared.changes.current()),
		(limits, family) => databaseBuckets(limits, family, () => getDatabase().shared.rateBuckets)
	)).handle(input);
