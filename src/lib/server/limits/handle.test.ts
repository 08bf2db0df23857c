import type { RequestEvent, ResolveOptions } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './handle';
import { createPageCache } from './page-cache';

function event(routeId: string | null, method = 'GET', address = '10.0.0.1', account: string | null = null) {
	const path = routeId?.replace('[id]', 'abc') ?? '/nowhere';
	return {
		route: { id: routeId },
		url: new URL(`http://localhost${path}`),
		request: new Request(`http://localhost${path}`, { method }),
		locals: { account: account ? { id: account, name: account, role: 'analyst' } : null },
		getClientAddress: () => address
	} as unknown as RequestEvent;
}

const ok = () => new Response('ok');
const limiter = () => createRateLimiter({ expensive: { burst: 2, perSecond: 0 }, writes: { burst: 1, perSecond: 0 } });

async function status(l: ReturnType<typeof limiter>, e: RequestEvent, answer: () => Response = ok) {
	return l.handle({ event: e, resolve: (_e: RequestEvent, _o?: ResolveOptions) => Promise.resolve(answer()) });
}

describe('rate limits', () => {
	it('refuses an expensive route past the burst per address with a JSON 429 and Retry-After', async () => {
		const l = limiter();
		expect((await status(l, event('/compare'))).status).toBe(200);
		expect((await status(l, event('/present'))).status).toBe(200);
		const refused = await status(l, event('/compare'));
		expect(refused.status).toBe(429);
		expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
		expect(await refused.json()).toMatchObject({ error: 'rate-limited' });
		// Another address, and cheap routes, are not affected.
		expect((await status(l, event('/compare', 'GET', '10.0.0.2'))).status).toBe(200);
		expect((await status(l, event('/api/scenarios'))).status).toBe(200);
	});

	it('limits an account across addresses', async () => {
		const l = limiter();
		expect((await status(l, event('/', 'GET', '10.0.0.1', 'u1'))).status).toBe(200);
		expect((await status(l, event('/', 'GET', '10.0.0.2', 'u1'))).status).toBe(200);
		expect((await status(l, event('/', 'GET', '10.0.0.3', 'u1'))).status).toBe(429);
		expect((await status(l, event('/', 'GET', '10.0.0.3', 'u2'))).status).toBe(200);
	});

	it('counts only writes that succeeded, per account', async () => {
		const l = limiter();
		const write = () => event('/api/scenarios', 'POST', '10.0.0.9', 'writer');
		expect((await status(l, write(), () => new Response('bad', { status: 400 }))).status).toBe(400);
		expect((await status(l, write())).status).toBe(200);
		const refused = await status(l, write());
		expect(refused.status).toBe(429);
		expect(refused.headers.get('retry-after')).toBe('3600');
		expect((await status(l, event('/api/scenarios', 'GET', '10.0.0.9', 'writer'))).status).toBe(200);
	});

	it('takes no token for a page the micro-cache answers', async () => {
		const l = createRateLimiter(
			{ expensive: { burst: 2, perSecond: 0 }, writes: { burst: 1, perSecond: 0 } },
			createPageCache(60_000)
		);
		const page = () => new Response('<p>page</p>', { headers: { 'content-type': 'text/html' } });
		const statuses = [];
		for (let i = 0; i < 5; i++) statuses.push((await status(l, event('/', 'GET', '10.0.0.1', 'u1'), page)).status);
		expect(statuses).toEqual([200, 200, 200, 200, 200]);
		// Another page is work: the second token, then none.
		expect((await status(l, event('/compare', 'GET', '10.0.0.1', 'u1'), page)).status).toBe(200);
		expect((await status(l, event('/present', 'GET', '10.0.0.1', 'u1'), page)).status).toBe(429);
	});

	it('gives every 503 a Retry-After', async () => {
		const busy = await status(limiter(), event('/api/scenarios'), () => new Response('busy', { status: 503 }));
		expect(busy.headers.get('retry-after')).toBe('5');
	});
});
