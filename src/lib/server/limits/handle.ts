// The rate-limit handle (in hooks.server.ts's sequence, after the auth handle so that
// `event.locals.account` is known). Expensive routes take a token from the account's bucket and
// the address's; API writes are counted per account (the address when signed out) once they have
// succeeded — refused ones saved nothing — and refused while the bucket is empty. A refusal is a
// 429 in the API's JSON error shape with `Retry-After`. Any 503 (the compute pool busy) gets a
// `Retry-After` as well. Pages that simulate are answered through the page micro-cache (page-cache.ts).

import type { Handle, RequestEvent } from '@sveltejs/kit';
import { ApiError } from '$lib/server/api/errors';
import { BUSY_RETRY_AFTER_SECONDS } from '$lib/server/compute/busy';
import { isApiWrite, isExpensive } from './classify';
import { createPageCache, type PageCache } from './page-cache';
import { rateLimitsFromEnv } from './limits-config';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);
import { TokenBuckets, type Take } from './token-buckets';

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

function firstRefusal(...takes: Take[]): Take {
	return takes.find((t) => !t.ok) ?? { ok: true };
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

export function createRateLimiter(limits = rateLimitsFromEnv(), pages: PageCache = createPageCache()): RateLimiter {
	const expensiveByAccount = new TokenBuckets(limits.expensive);
	const expensiveByAddress = new TokenBuckets(limits.expensive);
	const writes = new TokenBuckets(limits.writes);

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
		if (isExpensive(event)) {
			// Both must allow it (an account spread over addresses, an address shared by accounts);
			// a token is taken from each only when both do.
			const verdict = firstRefusal(
				expensiveByAddress.check(address),
				account ? expensiveByAccount.check(account) : { ok: true }
			);
			if (!verdict.ok) return tooMany(verdict.retryAfterSeconds, 'simulations, exports or imports');
			expensiveByAddress.spend(address);
			if (account) expensiveByAccount.spend(account);
		}
		const writer = isApiWrite(event) ? (account ?? address) : null;
		if (writer) {
			const verdict = writes.check(writer);
			if (!verdict.ok) return tooMany(verdict.retryAfterSeconds, 'writes');
		}
		const response = await pages.answer(event, async () => resolve(event));
		if (writer && response.status < 300) writes.spend(writer);
		// Whatever a write changed, no page rendered before it is served again.
		if (!READS.has(event.request.method)) pages.forget();
		return withRetryAfter(response);
	};
	return { handle };
}

let shared: RateLimiter | null = null;

/** The process's limiter, sized from the environment on the first request. */
export const rateLimits: Handle = (input) => (shared ??= createRateLimiter()).handle(input);
