// A micro-cache of whole page answers: the same GET of a page that simulates, by the same account
// with the same cookies and language, within `PAGE_CACHE_MS` (2 s by default; 0 turns it off),
// gets the answer already rendered — a burst of identical requests (a team opening the same link,
// a reload storm) costs one render, and requests that arrive while it renders wait for that one
// render instead of starting their own. Any write through this server forgets every kept page, so
// no one sees a page older than their own last change; so does a write committed by another
// instance or by `npm run user`, seen through the database's change stamp (db/shared-state.ts:
// the audit log's last id on SQLite, a LISTEN on PostgreSQL — no round trip per lookup), and
// while that stamp is unknown nothing is kept. Only complete 200 answers without Set-Cookie
// are kept (never a streamed one: the saved list is not cached), and only GETs of the routes listed.
// A kept page is served again with the headers it was rendered with: its Content-Security-Policy
// names the hashes of its own inline scripts (svelte.config.js: mode 'hash'), so the same bytes
// hydrate every time — with nonces they did not, since a nonce must differ on every answer.

import type { RequestEvent } from '@sveltejs/kit';
import { envInteger } from '$lib/server/compute/env-number';
import { ResultCache } from '$lib/server/compute/result-cache';

const CACHED_ROUTES = new Set(['/', '/compare', '/present', '/present/compare']);
const MAX_BODY_BYTES = 4 * 1024 * 1024;
export const DEFAULT_PAGE_CACHE_MS = 2000;

interface Kept {
	status: number;
	headers: [string, string][];
	body: ArrayBuffer;
	until: number;
	/** What this process and the database had seen written when its render began. */
	stamp: string;
}

export interface PageCache {
	/** The kept answer to `event`, or the one `render` gives (kept when it may be). */
	answer(event: RequestEvent, render: () => Promise<Response>): Promise<Response>;
	/** Something was written: every kept page is stale. */
	forget(): void;
}

/** The answer as it may be kept, or null (with the answer itself) when it may not. */
async function keepable(response: Response, ttlMs: number, stamp: string): Promise<Kept | Response> {
	const type = response.headers.get('content-type') ?? '';
	if (response.status !== 200 || response.headers.has('set-cookie') || !/html|json/.test(type)) return response;
	const body = await response.arrayBuffer();
	return { status: response.status, headers: [...response.headers], body, until: Date.now() + ttlMs, stamp };
}

/**
 * `changes`: the database's change stamp (null while unknown); by default none, for one process
 * whose every write goes through `forget`.
 */
export function createPageCache(
	ttlMs = envInteger('PAGE_CACHE_MS', DEFAULT_PAGE_CACHE_MS),
	changes: () => string | null = () => ''
): PageCache {
	const kept = new ResultCache<Kept>({ maxEntries: 200, maxBytes: 64 * 1024 * 1024 });
	/** Renders under way, by key: the requests that come meanwhile (nothing written since) share them. */
	const rendering = new Map<string, { stamp: string; outcome: Promise<Kept | Response> }>();
	let generation = 0;
	const stampNow = (): string | null => {
		const external = changes();
		return external === null ? null : `${generation}/${external}`;
	};

	const keyOf = (event: RequestEvent): string | null => {
		if (ttlMs === 0 || event.request.method !== 'GET' || !CACHED_ROUTES.has(event.route.id ?? '')) return null;
		const h = event.request.headers;
		return JSON.stringify([
			event.locals.account?.id ?? null,
			event.url.pathname,
			event.url.search,
			h.get('cookie') ?? '',
			h.get('accept-language') ?? '',
			h.get('authorization') ?? '',
			h.get('x-sveltekit-action') ?? ''
		]);
	};

	// The kept bytes are never changed, so every replay may read the same buffer.
	const replay = (k: Kept) => new Response(k.body, { status: k.status, headers: k.headers });

	const renderAndKeep = async (key: string, stamp: string, render: () => Promise<Response>) => {
		try {
			const outcome = await keepable(await render(), ttlMs, stamp);
			// Kept only when nothing was written while it rendered.
			if (!(outcome instanceof Response) && outcome.body.byteLength <= MAX_BODY_BYTES && stampNow() === stamp)
				kept.set(key, outcome, outcome.body.byteLength);
			return outcome;
		} finally {
			if (rendering.get(key)?.stamp === stamp) rendering.delete(key);
		}
	};

	return {
		forget: () => void (generation++, kept.clear(), rendering.clear()),
		async answer(event, render) {
			const key = keyOf(event);
			const stamp = key ? stampNow() : null;
			if (!key || stamp === null) return render();
			const hit = kept.get(key);
			if (hit && hit.until > Date.now() && hit.stamp === stamp) return replay(hit);
			const shared = rendering.get(key);
			if (shared && shared.stamp === stamp) {
				const outcome = await shared.outcome;
				// An answer that may not be kept (an error, a redirect) is not shared either: render anew.
				return outcome instanceof Response ? render() : replay(outcome);
			}
			const mine = renderAndKeep(key, stamp, render);
			rendering.set(key, { stamp, outcome: mine });
			const outcome = await mine;
			return outcome instanceof Response ? outcome : replay(outcome);
		}
	};
}
