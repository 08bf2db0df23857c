// Accounts on the real built server, from an empty database: the first visit leads to /setup,
// which makes the first admin and signs them in, then is gone; sign-in and sign-out; 401 for no
// one, 403 naming the role needed; the author of a write is the signed-in account whatever the
// request says; the session cookie's attributes, over HTTP and behind an HTTPS ORIGIN.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer as startBareServer, type RunningServer } from '../../src/node/start-server';
import type { ErrorResponse, RevisionListResponse, ScenarioResponse } from '../../src/lib/api/types';
import { baselineScenario, tempDataDir } from './harness';

const PASSWORD = 'first-admin-password';
const data = tempDataDir('accounts-flow-');
const httpsData = tempDataDir('accounts-https-');
let server: RunningServer;

beforeAll(async () => {
	server = await startBareServer({ dataDir: data.dir });
}, 30_000);
afterAll(async () => {
	await server?.stop();
	data.remove();
	httpsData.remove();
});

async function post(path: string, fields: Record<string, string>, cookie = '', base = server.url, origin = base) {
	const response = await fetch(`${base}${path}`, {
		method: 'POST',
		headers: { origin, accept: 'text/html', cookie },
		body: new URLSearchParams(fields),
		redirect: 'manual'
	});
	await response.arrayBuffer();
	return response;
}

function sessionCookie(response: Response): string {
	const line = response.headers.getSetCookie().find((l) => l.includes('session_token='));
	expect(line, 'a session cookie').toBeDefined();
	return line!;
}

async function api(path: string, method = 'GET', body?: unknown, headers: Record<string, string> = {}) {
	const response = await fetch(`${server.url}/api${path}`, {
		method,
		headers: { origin: server.url, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
		body: body === undefined ? undefined : JSON.stringify(body)
	});
	const text = await response.text();
	return { status: response.status, json: text ? (JSON.parse(text) as unknown) : null };
}

let admin = '';

describe('a new deployment', () => {
	it('sends the first visit to /setup and refuses the API to no one with 401 JSON', async () => {
		for (const [path, to] of [
			['/', '/setup'],
			['/ar/scenarios', '/ar/setup'],
			['/signin', '/setup']
		]) {
			const page = await fetch(`${server.url}${path}`, { redirect: 'manual' });
			expect(page.status, path).toBe(303);
			expect(page.headers.get('location'), path).toBe(to);
		}
		const list = await api('/scenarios');
		expect(list.status).toBe(401);
		expect((list.json as ErrorResponse).error).toBe('unauthenticated');
		expect((await fetch(`${server.url}/setup`)).status).toBe(200);
	});

	it('refuses a bad first admin and makes nothing', async () => {
		const mismatch = await post('/setup', { name: 'maryam', password: PASSWORD, passwordAgain: `${PASSWORD}x` });
		expect(mismatch.status).toBe(400);
		const short = await post('/setup', { name: 'maryam', password: 'short', passwordAgain: 'short' });
		expect(short.status).toBe(400);
		const spaced = await post('/setup', { name: 'two words', password: PASSWORD, passwordAgain: PASSWORD });
		expect(spaced.status).toBe(400);
		expect((await fetch(`${server.url}/setup`)).status).toBe(200);
	});

	it('makes the first admin, signs them in with an HttpOnly, SameSite=Lax cookie (not Secure over HTTP), and is gone', async () => {
		const made = await post('/setup', { name: 'Maryam', password: PASSWORD, passwordAgain: PASSWORD });
		expect(made.status).toBe(303);
		const line = sessionCookie(made);
		expect(line).toMatch(/;\s*HttpOnly/i);
		expect(line).toMatch(/;\s*SameSite=Lax/i);
		expect(line).not.toMatch(/;\s*Secure/i);
		admin = line.split(';')[0];
		expect((await api('/scenarios', 'GET', undefined, { cookie: admin })).status).toBe(200);
		expect((await fetch(`${server.url}/setup`)).status).toBe(404);
		expect((await fetch(`${server.url}/ar/setup`)).status).toBe(404);
		const again = await post('/setup', { name: 'intruder', password: PASSWORD, passwordAgain: PASSWORD });
		expect(again.status).toBe(404);
		expect((await post('/signin?/signin', { name: 'intruder', password: PASSWORD })).status).toBe(400);
		// The first admin is the audit log's first row, made by itself.
		const audit = await fetch(`${server.url}/admin/audit?action=user.create`, { headers: { cookie: admin } });
		expect(audit.status).toBe(200);
		const html = await audit.text();
		expect(html).toContain('user:Maryam');
		expect(html).not.toContain('user:intruder');
	});
});

describe('signing in and out', () => {
	it('sends an anonymous visitor to sign in and back where they were going', async () => {
		const page = await fetch(`${server.url}/scenarios?search=x`, { redirect: 'manual' });
		expect(page.headers.get('location')).toBe('/signin?returnTo=%2Fscenarios%3Fsearch%3Dx');
		const wrong = await post('/signin?/signin', { name: 'maryam', password: 'not the password' });
		expect(wrong.status).toBe(400);
		expect(wrong.headers.getSetCookie()).toEqual([]);
		const right = await post('/signin?/signin', {
			name: 'maryam',
			password: PASSWORD,
			returnTo: '/scenarios?search=x'
		});
		expect(right.status).toBe(303);
		expect(right.headers.get('location')).toBe('/scenarios?search=x');
		// Never onwards to another site.
		const away = await post('/signin?/signin', { name: 'maryam', password: PASSWORD, returnTo: '//evil.example/' });
		expect(away.headers.get('location')).toBe('/');
	});

	it('signs out: the cookie is cleared and the session no longer works', async () => {
		const session = sessionCookie(await post('/signin?/signin', { name: 'maryam', password: PASSWORD })).split(';')[0];
		expect((await api('/scenarios', 'GET', undefined, { cookie: session })).status).toBe(200);
		const out = await post('/signin?/signout', {}, session);
		expect(out.status).toBe(303);
		expect(out.headers.get('location')).toBe('/signin');
		expect(sessionCookie(out)).toMatch(/Max-Age=0/i);
		expect((await api('/scenarios', 'GET', undefined, { cookie: session })).status).toBe(401);
	});
});

describe('roles and authors', () => {
	const cookies: Record<string, string> = {};

	beforeAll(async () => {
		for (const [name, role] of [
			['vera', 'viewer'],
			['ana', 'analyst'],
			['sam', 'analyst']
		]) {
			const made = await api(
				'/auth/admin/create-user',
				'POST',
				{ email: `${name}@accounts.invalid`, password: PASSWORD, name, role, data: { username: name } },
				{ cookie: admin }
			);
			expect(made.status, name).toBe(200);
			cookies[name] = sessionCookie(await post('/signin?/signin', { name, password: PASSWORD })).split(';')[0];
		}
	});

	it('answers 403 naming the role needed', async () => {
		const viewerWrite = await api('/scenarios', 'POST', baselineScenario(), { cookie: cookies.vera });
		expect(viewerWrite.status).toBe(403);
		expect((viewerWrite.json as ErrorResponse).error).toBe('forbidden');
		expect((viewerWrite.json as ErrorResponse).message).toContain('analyst');
		expect((await api('/scenarios', 'GET', undefined, { cookie: cookies.vera })).status).toBe(200);
		// better-auth's own admin routes are for admins too.
		const viewerMakes = await api(
			'/auth/admin/create-user',
			'POST',
			{ email: 'x@accounts.invalid', password: PASSWORD, name: 'x', role: 'admin', data: { username: 'x' } },
			{ cookie: cookies.ana }
		);
		expect(viewerMakes.status).toBe(403);
	});

	it('records the signed-in account as the author, whatever the body or x-author say', async () => {
		const created = await api(
			'/scenarios',
			'POST',
			{ scenario: baselineScenario(), note: 'first', author: 'Director of Analysis' },
			{ cookie: cookies.ana, 'x-author': 'approved' }
		);
		expect(created.status).toBe(201);
		const { id } = (created.json as ScenarioResponse).scenario;
		const saved = await api(
			`/scenarios/${id}`,
			'PUT',
			{ baseRevision: 1, scenario: baselineScenario(), author: 'Someone Else' },
			{ cookie: cookies.sam, 'x-author': 'approved' }
		);
		expect(saved.status).toBe(200);
		const history = await api(`/scenarios/${id}/revisions`, 'GET', undefined, { cookie: cookies.vera });
		const authors = (history.json as RevisionListResponse).revisions.map((r) => r.author);
		expect(authors).toEqual(['sam', 'ana']);
	});

	it('lets an analyst rename and delete their own scenario only; an admin any; undelete is the admin’s', async () => {
		const created = await api('/scenarios', 'POST', baselineScenario(), { cookie: cookies.ana });
		const { id } = (created.json as ScenarioResponse).scenario;
		const title = { en: 'Renamed', ar: 'معاد التسمية' };
		const byOther = await api(`/scenarios/${id}/rename`, 'POST', { title, baseRevision: 1 }, { cookie: cookies.sam });
		expect(byOther.status).toBe(403);
		expect((await api(`/scenarios/${id}`, 'DELETE', undefined, { cookie: cookies.sam })).status).toBe(403);
		expect(
			(await api(`/scenarios/${id}/rename`, 'POST', { title, baseRevision: 1 }, { cookie: cookies.ana })).status
		).toBe(200);
		expect((await api(`/scenarios/${id}`, 'DELETE', undefined, { cookie: cookies.ana })).status).toBe(204);
		expect((await api(`/scenarios/${id}/undelete`, 'POST', {}, { cookie: cookies.ana })).status).toBe(403);
		expect((await api(`/scenarios/${id}/undelete`, 'POST', {}, { cookie: admin })).status).toBeLessThan(300);
		expect((await api(`/scenarios/${id}`, 'DELETE', undefined, { cookie: admin })).status).toBe(204);
	});
});

describe('behind HTTPS', () => {
	it('marks the session cookie Secure when ORIGIN is https', async () => {
		const secure = await startBareServer({
			dataDir: httpsData.dir,
			env: { ORIGIN: 'https://desk.example', ALLOWED_HOSTS: '127.0.0.1' }
		});
		try {
			// The request reaches the server on loopback as a TLS proxy would pass it on.
			const made = await post(
				'/setup',
				{ name: 'maryam', password: PASSWORD, passwordAgain: PASSWORD },
				'',
				secure.url,
				'https://desk.example'
			);
			expect(made.status, secure.output()).toBe(303);
			const line = sessionCookie(made);
			expect(line).toMatch(/;\s*Secure/i);
			expect(line).toMatch(/;\s*HttpOnly/i);
			expect(line).toMatch(/;\s*SameSite=Lax/i);
		} finally {
			await secure.stop();
		}
	}, 30_000);
});
