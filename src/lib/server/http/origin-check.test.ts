import { describe, expect, it } from 'vitest';
import { appOrigins, crossOriginProblem, requestOrigin } from './origin-check';

const APP = 'http://127.0.0.1:3000';
const OWN = [APP];

function requestWith(method: string, headers: Record<string, string>): Request {
	return new Request(`${APP}/api/scenarios`, { method, headers });
}

describe('crossOriginProblem', () => {
	it('lets reads through whatever their origin', () => {
		for (const method of ['GET', 'HEAD', 'OPTIONS'])
			expect(crossOriginProblem(requestWith(method, { origin: 'https://evil.example' }), OWN)).toBeNull();
	});

	it('lets a write from the app itself through, by Origin or, without one, by Referer', () => {
		expect(crossOriginProblem(requestWith('POST', { origin: APP }), OWN)).toBeNull();
		expect(crossOriginProblem(requestWith('DELETE', { referer: `${APP}/scenarios?x=1` }), OWN)).toBeNull();
		expect(crossOriginProblem(requestWith('PUT', { origin: 'null', referer: `${APP}/` }), OWN)).toBeNull();
	});

	it('refuses a write from another origin, or from nowhere, saying why', () => {
		for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
			expect(crossOriginProblem(requestWith(method, { origin: 'https://evil.example' }), OWN)).toMatch(
				new RegExp(`^${method} refused: it comes from "https://evil.example"`)
			);
			expect(crossOriginProblem(requestWith(method, {}), OWN)).toMatch(/no Origin or Referer header/);
		}
		// Another port or scheme is another origin; so is a page that sent `Origin: null`.
		expect(crossOriginProblem(requestWith('POST', { origin: 'http://127.0.0.1:3001' }), OWN)).not.toBeNull();
		expect(crossOriginProblem(requestWith('POST', { origin: 'https://127.0.0.1:3000' }), OWN)).not.toBeNull();
		expect(crossOriginProblem(requestWith('POST', { origin: 'null' }), OWN)).not.toBeNull();
		expect(crossOriginProblem(requestWith('POST', { referer: 'https://evil.example/' }), OWN)).not.toBeNull();
	});

	it('lets a write with a bearer token through (the token is checked by authentication)', () => {
		expect(crossOriginProblem(requestWith('POST', { authorization: 'Bearer abc123' }), OWN)).toBeNull();
		expect(crossOriginProblem(requestWith('POST', { authorization: 'bearer abc123' }), OWN)).toBeNull();
		expect(crossOriginProblem(requestWith('POST', { authorization: 'Bearer ' }), OWN)).not.toBeNull();
		expect(crossOriginProblem(requestWith('POST', { authorization: 'Basic dXNlcjpwYXNz' }), OWN)).not.toBeNull();
	});
});

describe('requestOrigin', () => {
	it('ignores a Referer that is not a URL', () => {
		expect(requestOrigin(requestWith('POST', { referer: 'not a url' }))).toBeNull();
	});
});

describe('appOrigins', () => {
	const url = new URL('https://localhost:3000/api/scenarios');

	it("is ORIGIN's when set (or the scheme comes from PROTOCOL_HEADER)", () => {
		expect(appOrigins(new URL('https://desk.example.org/x'), { ORIGIN: 'https://desk.example.org' })).toEqual([
			'https://desk.example.org'
		]);
		expect(appOrigins(url, { PROTOCOL_HEADER: 'x-forwarded-proto' })).toEqual(['https://localhost:3000']);
	});

	it('without them (npm start), the requested host over http or https: adapter-node guesses https', () => {
		expect(appOrigins(url, {})).toEqual(['http://localhost:3000', 'https://localhost:3000']);
		const write = requestWith('POST', { origin: 'http://localhost:3000' });
		expect(crossOriginProblem(write, appOrigins(url, {}))).toBeNull();
		expect(crossOriginProblem(write, appOrigins(new URL('https://127.0.0.1:3000/'), {}))).not.toBeNull();
	});
});
