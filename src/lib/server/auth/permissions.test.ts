import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { authorize, type AuthorizeInput } from './authorize';
import { permissionFor, permissions } from './permissions';

const ROUTES = path.resolve('src/routes');

/** Every method × route id the app answers, read from the route files themselves. */
function routesInFiles(): string[] {
	const found: string[] = [];
	for (const entry of readdirSync(ROUTES, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const dir = path.relative(ROUTES, entry.parentPath).split(path.sep).join('/');
		const routeId = dir === '' ? '/' : `/${dir}`;
		const text = () => readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
		if (entry.name === '+server.ts') {
			for (const [, method] of text().matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g))
				found.push(`${method} ${routeId}`);
		} else if (entry.name === '+page.svelte') {
			found.push(`GET ${routeId}`);
		} else if (entry.name === '+page.server.ts' && /export const actions\b/.test(text())) {
			found.push(`POST ${routeId}`);
		}
	}
	return found.sort();
}

describe('the permission table', () => {
	it('names every route of the app, and no route that is gone', () => {
		const table = permissions.map((p) => `${p.method} ${p.routeId}`).sort();
		expect(table).toEqual(routesInFiles());
	});

	it('names each route once', () => {
		const keys = permissions.map((p) => `${p.method} ${p.routeId}`);
		expect(new Set(keys).size).toBe(keys.length);
	});

	it('lets viewers read everything and write nothing of the API', () => {
		for (const p of permissions.filter((p) => p.kind === 'api')) {
			const needs = p.access.kind === 'public' ? null : p.access.role;
			if (p.method === 'GET') expect(needs, p.routeId).toBe('viewer');
			else expect(needs, `${p.method} ${p.routeId}`).not.toBe('viewer');
		}
	});

	it('keeps a route it does not name for admins', () => {
		expect(permissionFor('GET', '/admin/something-new').access).toEqual({ kind: 'role', role: 'admin' });
		expect(permissionFor('PATCH', '/api/scenarios/[id]')).toMatchObject({ kind: 'api', access: { role: 'admin' } });
	});
});

describe('authorize', () => {
	const base: Omit<AuthorizeInput, 'method' | 'routeId' | 'account'> = {
		params: { id: 'abc' },
		signInHref: () => '/signin',
		ownerOf: async () => 'owner-id'
	};
	const viewer = { id: 'v', name: 'Vera', role: 'viewer' as const };
	const analyst = { id: 'owner-id', name: 'Ana', role: 'analyst' as const };
	const otherAnalyst = { id: 'someone', name: 'Sam', role: 'analyst' as const };
	const admin = { id: 'a', name: 'Adam', role: 'admin' as const };

	it('answers 401 JSON to an anonymous API call and sends an anonymous page visit to sign in', async () => {
		const refused = await authorize({ ...base, method: 'GET', routeId: '/api/scenarios', account: null });
		expect(refused?.status).toBe(401);
		expect(await refused?.json()).toMatchObject({ error: 'unauthenticated' });
		await expect(authorize({ ...base, method: 'GET', routeId: '/scenarios', account: null })).rejects.toMatchObject({
			status: 303,
			location: '/signin'
		});
		expect(await authorize({ ...base, method: 'GET', routeId: '/signin', account: null })).toBeNull();
	});

	it('answers 403 naming the role needed', async () => {
		const refused = await authorize({ ...base, method: 'POST', routeId: '/api/scenarios', account: viewer });
		expect(refused?.status).toBe(403);
		const body = (await refused?.json()) as { error: string; message: string };
		expect(body.error).toBe('forbidden');
		expect(body.message).toContain('analyst');
		expect(await authorize({ ...base, method: 'POST', routeId: '/api/scenarios', account: analyst })).toBeNull();
	});

	it('lets an analyst rename and delete their own scenarios only; an admin any, an unowned one only an admin', async () => {
		const del = { ...base, method: 'DELETE', routeId: '/api/scenarios/[id]' };
		expect(await authorize({ ...del, account: analyst })).toBeNull();
		expect((await authorize({ ...del, account: otherAnalyst }))?.status).toBe(403);
		expect(await authorize({ ...del, account: admin })).toBeNull();
		expect((await authorize({ ...del, account: analyst, ownerOf: async () => null }))?.status).toBe(403);
		expect(await authorize({ ...del, account: admin, ownerOf: async () => null })).toBeNull();
		// No such scenario: the route's own 404.
		expect(await authorize({ ...del, account: otherAnalyst, ownerOf: async () => undefined })).toBeNull();
	});

	it('keeps undelete for admins', async () => {
		const undelete = { ...base, method: 'POST', routeId: '/api/scenarios/[id]/undelete' };
		expect((await authorize({ ...undelete, account: analyst }))?.status).toBe(403);
		expect(await authorize({ ...undelete, account: admin })).toBeNull();
	});
});
