import type { RequestEvent } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { createPageCache } from './page-cache';

function event(path = '/', account: string | null = 'u1', cookie = '') {
	const url = new URL(`http://localhost${path}`);
	return {
		route: { id: url.pathname },
		url,
		request: new Request(url, { headers: cookie ? { cookie } : {} }),
		locals: { account: account ? { id: account } : null }
	} as unknown as RequestEvent;
}

function counter(headers: Record<string, string> = { 'content-type': 'text/html' }, status = 200) {
	let renders = 0;
	return {
		get renders() {
			return renders;
		},
		render: () => Promise.resolve(new Response(`page ${++renders}`, { status, headers }))
	};
}

describe('page micro-cache', () => {
	it('answers the same request within its time with the same page, rendered once', async () => {
		const cache = createPageCache(60_000);
		const pages = counter();
		expect(await (await cache.answer(event(), pages.render)).text()).toBe('page 1');
		const again = await cache.answer(event(), pages.render);
		expect([again.status, again.headers.get('content-type'), await again.text()]).toEqual([200, 'text/html', 'page 1']);
		expect(pages.renders).toBe(1);
	});

	it('keeps pages apart by account, cookies and query; a write forgets them all', async () => {
		const cache = createPageCache(60_000);
		const pages = counter();
		await cache.answer(event('/'), pages.render);
		await cache.answer(event('/', 'u2'), pages.render);
		await cache.answer(event('/', 'u1', 'theme=dark'), pages.render);
		await cache.answer(event('/?model=x'), pages.render);
		expect(pages.renders).toBe(4);
		cache.forget();
		expect(await (await cache.answer(event('/'), pages.render)).text()).toBe('page 5');
	});

	it('keeps nothing that sets a cookie, is not a 200, is past its time, or is not a listed page', async () => {
		const cache = createPageCache(60_000);
		for (const pages of [counter({ 'content-type': 'text/html', 'set-cookie': 'a=b' }), counter({}, 500)]) {
			await cache.answer(event(), pages.render);
			await cache.answer(event(), pages.render);
			expect(pages.renders).toBe(2);
		}
		const list = counter();
		await cache.answer(event('/scenarios'), list.render);
		await cache.answer(event('/scenarios'), list.render);
		expect(list.renders).toBe(2);
		const off = createPageCache(0);
		const pages = counter();
		await off.answer(event(), pages.render);
		await off.answer(event(), pages.render);
		expect(pages.renders).toBe(2);
	});

	it('renders once for requests that arrive while the first is rendering', async () => {
		const cache = createPageCache(60_000);
		let renders = 0;
		let finish: (r: Response) => void = () => {};
		const render = () => (++renders, new Promise<Response>((resolve) => (finish = resolve)));
		const answers = [cache.answer(event(), render), cache.answer(event(), render), cache.answer(event(), render)];
		finish(new Response('page 1', { headers: { 'content-type': 'text/html' } }));
		expect(await Promise.all(answers.map(async (a) => (await a).text()))).toEqual(['page 1', 'page 1', 'page 1']);
		expect(renders).toBe(1);
	});

	it('does not share an answer that may not be kept: each waiting request renders its own', async () => {
		const cache = createPageCache(60_000);
		const pages = counter({ 'content-type': 'text/html' }, 500);
		const answers = await Promise.all([cache.answer(event(), pages.render), cache.answer(event(), pages.render)]);
		expect(answers.map((a) => a.status)).toEqual([500, 500]);
		expect(pages.renders).toBe(2);
	});

	it("forgets what it kept when the database's change stamp moves, and keeps nothing while it is unknown", async () => {
		let stamp: string | null = '7';
		const cache = createPageCache(60_000, () => stamp);
		const pages = counter();
		await cache.answer(event(), pages.render);
		await cache.answer(event(), pages.render);
		expect(pages.renders).toBe(1);
		stamp = '8'; // another instance wrote
		expect(await (await cache.answer(event(), pages.render)).text()).toBe('page 2');
		stamp = null; // not listening
		await cache.answer(event(), pages.render);
		await cache.answer(event(), pages.render);
		expect(pages.renders).toBe(4);
		stamp = '8'; // known again, nothing written since page 2
		expect(await (await cache.answer(event(), pages.render)).text()).toBe('page 2');
	});

	it('does not keep, nor share, a render during which another instance wrote', async () => {
		let stamp = '1';
		const cache = createPageCache(60_000, () => stamp);
		let renders = 0;
		let finish: (r: Response) => void = () => {};
		const slow = () => (++renders, new Promise<Response>((resolve) => (finish = resolve)));
		const first = cache.answer(event(), slow);
		stamp = '2';
		const fast = () => (
			++renders,
			Promise.resolve(new Response('after', { headers: { 'content-type': 'text/html' } }))
		);
		expect(await (await cache.answer(event(), fast)).text()).toBe('after');
		finish(new Response('before', { headers: { 'content-type': 'text/html' } }));
		expect(await (await first).text()).toBe('before');
		expect(await (await cache.answer(event(), fast)).text()).toBe('after');
		expect(renders).toBe(2);
	});

	it('is on by default for 2 s', async () => {
		const cache = createPageCache();
		const pages = counter();
		await cache.answer(event(), pages.render);
		await cache.answer(event(), pages.render);
		expect(pages.renders).toBe(1);
	});
});
