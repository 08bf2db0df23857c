import { describe, expect, it } from 'vitest';
import { crossOriginProblem, requestOrigin } from './origin-check';

const APP = 'http://127.0.0.1:3000';

function requestWith(method: string, headers: Record<string, string>): Request {
	return new Request(`${APP}/api/scenarios`, { method, headers });
}

describe('crossOriginProblem', () => {
	it('lets reads through whatever their origin', () => {
		for (const method of ['GET', 'HEAD', 'OPTIONS'])
			expect(crossOriginProblem(requestWith(method, { origin: 'https://evil.example' }), APP)).toBeNull();
	});

	it('lets a write from the app itself through, by Origin or, without one, by Referer', () => {
		expect(crossOriginProblem(requestWith('POST', { origin: APP }), APP)).toBeNull();
		expect(crossOriginProblem(requestWith('DELETE', { referer: `${APP}/scenarios?x=1` }), APP)).toBeNull();
		expect(crossOriginProblem(requestWith('PUT', { origin: 'null', referer: `${APP}/` }), APP)).toBeNull();
	});

	it('refuses a write from another origin, or from nowhere, saying why', () => {
		for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
			expect(crossOriginProblem(requestWith(method, { origin: 'https://evil.example' }), APP)).toMatch(
				new RegExp(`^${method} refused: it comes from "https://evil.example"`)
			);
			expect(crossOriginProblem(requestWith(method, {}), APP)).toMatch(/no Origin or Referer header/);
		}
		// Another port or scheme is another origin; so is a page that sent `Origin: null`.
		expect(crossOriginProblem(requestWith('POST', { origin: 'http://127.0.0.1:3001' }), APP)).not.toBeNull();
		expect(crossOriginProblem(requestWith('POST', { origin: 'https://127.0.0.1:3000' }), APP)).not.toBeNull();
		expect(crossOriginProblem(requestWith('POST', { origin: 'null' }), APP)).not.toBeNull();
		expect(crossOriginProblem(requestWith('POST', { referer: 'https://evil.example/' }), APP)).not.toBeNull();
	});

	it('lets a write with a bearer token through (the token is checked by authentication)', () => {
		expect(crossOriginProblem(requestWith('POST', { authorization: 'Bearer abc123' }), APP)).toBeNull();
		expect(crossOriginProblem(requestWith('POST', { authorization: 'bearer abc123' }), APP)).toBeNull();
		expect(crossOriginProblem(requestWith('POST', { authorization: 'Bearer ' }), APP)).not.toBeNull();
		expect(crossOriginProblem(requestWith('POST', { authorization: 'Basic dXNlcjpwYXNz' }), APP)).not.toBeNull();
	});
});

describe('requestOrigin', () => {
	it('ignores a Referer that is not a URL', () => {
		expect(requestOrigin(requestWith('POST', { referer: 'not a url' }))).toBeNull();
	});
});
