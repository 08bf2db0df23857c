import type { RequestEvent } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { cspHeaderValue } from './csp-directives.js';
import { DEFAULT_CSP, PERMISSIONS_POLICY, securityHeaders } from './security-headers';

async function through(response: Response): Promise<Response> {
	return securityHeaders({ event: {} as RequestEvent, resolve: async () => response });
}

describe('securityHeaders', () => {
	it('adds every header to an answer, with the default policy when it has none', async () => {
		const headers = (await through(Response.json({ ok: true }))).headers;
		expect(headers.get('x-frame-options')).toBe('DENY');
		expect(headers.get('x-content-type-options')).toBe('nosniff');
		expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
		expect(headers.get('cross-origin-opener-policy')).toBe('same-origin');
		expect(headers.get('permissions-policy')).toBe(PERMISSIONS_POLICY);
		expect(headers.get('content-security-policy')).toBe(DEFAULT_CSP);
	});

	it("keeps a page's own policy (SvelteKit's, with its scripts' hashes)", async () => {
		const page = new Response('<html></html>', { headers: { 'content-security-policy': "script-src 'sha256-x'" } });
		expect((await through(page)).headers.get('content-security-policy')).toBe("script-src 'sha256-x'");
	});

	it('copies a response whose headers cannot be changed', async () => {
		const frozen = Response.redirect('http://127.0.0.1/elsewhere', 302);
		const answered = await through(frozen);
		expect(answered.status).toBe(302);
		expect(answered.headers.get('location')).toBe('http://127.0.0.1/elsewhere');
		expect(answered.headers.get('x-frame-options')).toBe('DENY');
	});
});

describe('the policies', () => {
	it('forbids framing and other hosts, in CSP syntax', () => {
		expect(DEFAULT_CSP).toContain("frame-ancestors 'none'");
		expect(DEFAULT_CSP).toContain("default-src 'self'");
		expect(DEFAULT_CSP).toContain("img-src 'self' data: blob:");
		expect(cspHeaderValue({ 'script-src': ['self', 'https://cdn.example'] })).toBe(
			"script-src 'self' https://cdn.example"
		);
	});

	it('denies the features the app does not use and keeps the clipboard and full screen for itself', () => {
		for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'clipboard-read'])
			expect(PERMISSIONS_POLICY).toContain(`${feature}=()`);
		expect(PERMISSIONS_POLICY).toContain('clipboard-write=(self)');
		expect(PERMISSIONS_POLICY).toContain('fullscreen=(self)');
	});
});
