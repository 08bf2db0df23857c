// The security headers on every kind of response of the real built server (issue 12, point 5):
// a page in each language, an API answer, API and page errors, a refusal, static files (served by
// adapter-node's sirv before SvelteKit's hooks, so covered separately) and an export download.

import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectionOf, createOn } from './api-client';
import { request, startServer, tempDataDir, type RunningServer } from './harness';
import { rawRequest } from './raw-http';

const data = tempDataDir();
let server: RunningServer;

beforeAll(async () => {
	server = await startServer({ dataDir: data.dir });
}, 30_000);

afterAll(async () => {
	await server?.stop();
	data.remove();
}, 15_000);

const sha256Base64 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

type HeaderGetter = { get(name: string): string | null };

function expectSecurityHeaders(headers: HeaderGetter, what: string): void {
	expect(headers.get('x-frame-options'), what).toBe('DENY');
	expect(headers.get('x-content-type-options'), what).toBe('nosniff');
	expect(headers.get('referrer-policy'), what).toBe('strict-origin-when-cross-origin');
	expect(headers.get('cross-origin-opener-policy'), what).toBe('same-origin');
	const permissions = headers.get('permissions-policy') ?? '';
	for (const denied of ['camera=()', 'microphone=()', 'geolocation=()', 'payment=()', 'usb=()'])
		expect(permissions, what).toContain(denied);
	expect(permissions, what).toContain('clipboard-write=(self)');
	const csp = headers.get('content-security-policy') ?? '';
	expect(csp, what).toContain("frame-ancestors 'none'");
	expect(csp, what).toContain("default-src 'self'");
}

async function headersOf(path: string, init: RequestInit = {}): Promise<{ status: number; headers: Headers }> {
	const response = await fetch(`${server.url}${path}`, { redirect: 'manual', ...init });
	await response.arrayBuffer();
	return { status: response.status, headers: response.headers };
}

describe('security headers', () => {
	it('are on pages, in both languages, with the page policy naming the hash of each inline script, and on redirects', async () => {
		for (const page of ['/', '/ar', '/scenarios', '/signin', '/ar/signin']) {
			const response = await fetch(`${server.url}${page}`, { redirect: 'manual' });
			const html = await response.text();
			expect(response.status, page).toBeLessThan(400);
			expectSecurityHeaders(response.headers, page);
			if (response.status !== 200) continue;
			const csp = response.headers.get('content-security-policy') ?? '';
			const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
			expect(inline.length, page).toBeGreaterThan(0);
			for (const script of inline) expect(csp, page).toContain(`'sha256-${sha256Base64(script)}'`);
			expect(csp, page).not.toContain('nonce-');
		}
		// adapter-node normalises /ar/ to /ar before the hooks run.
		const normalised = await headersOf('/ar/');
		expect(normalised.status).toBe(308);
		expectSecurityHeaders(normalised.headers, '/ar/ → /ar');
	});

	it('leave a 304 without a policy, so the browser keeps the page’s own with the page it stored', async () => {
		const first = await fetch(`${server.url}/signin`);
		await first.arrayBuffer();
		const etag = first.headers.get('etag');
		expect(etag).toBeTruthy();
		const again = await rawRequest(`${server.url}/signin`, { headers: { 'if-none-match': etag ?? '' } });
		expect(again.status).toBe(304);
		expect(again.headers['content-security-policy']).toBeUndefined();
		expect(again.headers['x-frame-options']).toBe('DENY');
	});

	it('are on API answers and API errors', async () => {
		const list = await request(collectionOf(server), 'GET');
		expect(list.status).toBe(200);
		expectSecurityHeaders(list.headers, 'GET /api/scenarios');
		const missing = await request(`${collectionOf(server)}/nosuchscenario`, 'GET');
		expect(missing.status).toBe(404);
		expectSecurityHeaders(missing.headers, 'a 404 answer');
		const page404 = await headersOf('/no/such/page');
		expect(page404.status).toBe(404);
		expectSecurityHeaders(page404.headers, 'a 404 page');
	});

	it('are on the edge refusals', async () => {
		const foreign = await rawRequest(`${server.url}/`, { headers: { host: 'attacker.example' } });
		expect(foreign.status).toBe(421);
		expectSecurityHeaders(new Headers(foreign.headers as Record<string, string>), 'a 421');
		const crossSite = await headersOf('/api/scenarios', {
			method: 'POST',
			headers: { origin: 'https://attacker.example', 'content-type': 'application/json' },
			body: '{}'
		});
		expect(crossSite.status).toBe(403);
		expectSecurityHeaders(crossSite.headers, 'a 403');
	});

	it('are on static files: static/ and the built assets, the worker included', async () => {
		const favicon = await headersOf('/favicon.svg');
		expect(favicon.status).toBe(200);
		expectSecurityHeaders(favicon.headers, '/favicon.svg');
		const html = await (await fetch(`${server.url}/`)).text();
		const linked = [...html.matchAll(/(?:src|href)="(?:\.\/|\/)?(_app\/immutable\/[^"]+\.(?:js|css))"/g)];
		const workers = readdirSync(path.resolve(import.meta.dirname, '../../build/client/_app/immutable/workers'));
		const worker = workers.find((name) => name.endsWith('.js'));
		expect(linked.length).toBeGreaterThan(0);
		expect(worker).toBeDefined();
		for (const asset of [...linked.slice(0, 2).map((m) => `/${m[1]}`), `/_app/immutable/workers/${worker}`]) {
			const { status, headers } = await headersOf(asset);
			expect(status, asset).toBe(200);
			expect(headers.get('cache-control'), asset).toContain('immutable');
			expectSecurityHeaders(headers, asset);
		}
		// The worker's policy is its own response's: it must let the worker load its modules.
		const workerPolicy = (await headersOf(`/_app/immutable/workers/${worker}`)).headers.get('content-security-policy');
		expect(workerPolicy).toContain("script-src 'self'");
		// A conditional request answered 304 by sirv carries them too, but for the policy: the
		// browser keeps the one the file came with (see the 304 test above).
		const etag = favicon.headers.get('etag');
		expect(etag).toBeTruthy();
		const again = await headersOf('/favicon.svg', { headers: { 'if-none-match': etag ?? '' } });
		expect(again.status).toBe(304);
		expect(again.headers.get('x-content-type-options')).toBe('nosniff');
		expect(again.headers.get('content-security-policy')).toBeNull();
	});

	it('are on an export download', async () => {
		const saved = await createOn(server);
		const exported = await request(`${collectionOf(server)}/${saved.id}/export`, 'GET');
		expect(exported.status).toBe(200);
		expect(exported.headers.get('content-disposition')).toMatch(/^attachment; filename=".+\.json"$/);
		expectSecurityHeaders(exported.headers, 'export');
	});
});
