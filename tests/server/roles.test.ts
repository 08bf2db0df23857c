// Every endpoint × every kind of caller, generated from the permission table the server enforces
// (src/lib/server/auth/permissions.ts): anonymous, viewer, analyst and admin (signed in), an
// analyst's bearer token, and a revoked one. What each should get — 2xx, 401 (or the sign-in
// redirect for a page), 403 — is computed from the table's entry; only how to call each route
// (a path and a valid body) is written here, and a route in the table without such a recipe
// fails the test. Then READ_ONLY=1: every write refused, every read open to anonymous visitors.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SavedScenario } from '../../src/lib/api/types';
import { permissions, type Permission } from '../../src/lib/server/auth/permissions';
import { roleAtLeast, type Role } from '../../src/lib/server/auth/roles';
import { addAccount, issueToken, signIn, userCommand } from './accounts';
import { baselineScenario, request, startServer, tempDataDir, type RunningServer } from './harness';

const CALLERS = ['anonymous', 'viewer', 'analyst', 'admin', 'bearer', 'revoked'] as const;
type Caller = (typeof CALLERS)[number];

/** The role each caller acts with; the bearer token is an analyst's, the revoked one was too. */
const ROLE_OF: Record<Caller, Role | null> = {
	anonymous: null,
	viewer: 'viewer',
	analyst: 'analyst',
	admin: 'admin',
	bearer: 'analyst',
	revoked: null
};

type Outcome = 'allowed' | 'unauthenticated' | 'forbidden';

/** What the table says `caller` gets; `owns` when the scenario in the path is the caller's own. */
function expectedOutcome(permission: Permission, caller: Caller, owns: boolean): Outcome {
	const { access } = permission;
	if (access.kind === 'public') return 'allowed';
	const role = ROLE_OF[caller];
	if (role === null) return 'unauthenticated';
	if (!roleAtLeast(role, access.role)) return 'forbidden';
	if (access.kind === 'owner' && role !== 'admin' && !owns) return 'forbidden';
	return 'allowed';
}

function matches(permission: Permission, outcome: Outcome, status: number, location: string | null): boolean {
	if (permission.access.kind === 'public') return status !== 401 && status !== 403;
	if (outcome === 'allowed') return status >= 200 && status < 300;
	if (outcome === 'forbidden') return status === 403;
	// Anonymous: the API answers 401; a page sends the visitor to sign in.
	return permission.kind === 'api' ? status === 401 : status === 303 && /\/signin/.test(location ?? '');
}

const data = tempDataDir('scenario-desk-roles-');
let server: RunningServer;
const credentials = {} as Record<Caller, Record<string, string>>;
let adminHeaders: Record<string, string>;

/** A new scenario made by `caller` (admin by default): the target of one call, so calls never interfere. */
async function scenarioOf(caller: Caller = 'admin'): Promise<SavedScenario> {
	const headers = caller === 'admin' ? adminHeaders : credentials[caller];
	const response = await request(`${server.url}/api/scenarios`, 'POST', baselineScenario(), headers);
	expect(response.status, `creating a scenario as ${caller}`).toBe(201);
	return (response.json as { scenario: SavedScenario }).scenario;
}

interface Call {
	path: string;
	body?: unknown;
}

const scenarioFile = () => baselineScenario();
const compareQuery = '?s=preset:russia-dprk/baseline&s=preset:russia-dprk/abandonment';

/** How to call each route of the table with a valid request, on a scenario of `owner`'s. */
const RECIPES: Record<string, (owner: Caller) => Promise<Call>> = {
	'GET /api/scenarios': async () => ({ path: '/api/scenarios' }),
	'POST /api/scenarios': async () => ({ path: '/api/scenarios', body: scenarioFile() }),
	'POST /api/scenarios/import': async () => ({ path: '/api/scenarios/import?name=case.json', body: scenarioFile() }),
	'GET /api/scenarios/[id]': async (owner) => ({ path: `/api/scenarios/${(await scenarioOf(owner)).id}` }),
	'PUT /api/scenarios/[id]': async (owner) => {
		const saved = await scenarioOf(owner);
		return { path: `/api/scenarios/${saved.id}`, body: { baseRevision: saved.headRevision, scenario: saved.scenario } };
	},
	'DELETE /api/scenarios/[id]': async (owner) => ({ path: `/api/scenarios/${(await scenarioOf(owner)).id}` }),
	'POST /api/scenarios/[id]/rename': async (owner) => {
		const saved = await scenarioOf(owner);
		return {
			path: `/api/scenarios/${saved.id}/rename`,
			body: { baseRevision: saved.headRevision, title: { en: 'Renamed', ar: 'معاد التسمية' } }
		};
	},
	'POST /api/scenarios/[id]/duplicate': async (owner) => ({
		path: `/api/scenarios/${(await scenarioOf(owner)).id}/duplicate`,
		body: {}
	}),
	'POST /api/scenarios/[id]/undelete': async (owner) => {
		const saved = await scenarioOf(owner);
		const trashed = await request(`${server.url}/api/scenarios/${saved.id}`, 'DELETE', undefined, adminHeaders);
		expect(trashed.status).toBe(204);
		return { path: `/api/scenarios/${saved.id}/undelete`, body: {} };
	},
	'GET /api/scenarios/[id]/export': async (owner) => ({
		path: `/api/scenarios/${(await scenarioOf(owner)).id}/export`
	}),
	'GET /api/scenarios/[id]/revisions': async (owner) => ({
		path: `/api/scenarios/${(await scenarioOf(owner)).id}/revisions`
	}),
	'GET /api/scenarios/[id]/revisions/[n]': async (owner) => ({
		path: `/api/scenarios/${(await scenarioOf(owner)).id}/revisions/1`
	}),
	'POST /api/scenarios/[id]/revisions/[n]/restore': async (owner) => {
		const saved = await scenarioOf(owner);
		return { path: `/api/scenarios/${saved.id}/revisions/1/restore`, body: { baseRevision: saved.headRevision } };
	},
	'POST /api/scenarios/[id]/signposts': async (owner) => {
		const saved = await scenarioOf(owner);
		const body = {
			baseRevision: saved.headRevision,
			indicator: 'ind-summit-visits',
			status: 'observed',
			date: '2026-11-20',
			seen: { en: 'Another summit visit', ar: '' },
			source: 'KCNA',
			grade: { reliability: 'B', credibility: 2 },
			shift: 0.15
		};
		return { path: `/api/scenarios/${saved.id}/signposts`, body };
	},
	'GET /api/forecasts': async () => ({ path: '/api/forecasts' }),
	'GET /api/forecasts.csv': async () => ({ path: '/api/forecasts.csv' }),
	'GET /api/questions/[modelId]/resolutions': async () => ({ path: '/api/questions/russia-dprk/resolutions' }),
	// One year-end can be resolved once: only the admin's call gets that far (the others are refused first).
	'POST /api/questions/[modelId]/resolutions': async () => ({
		path: '/api/questions/russia-dprk/resolutions',
		body: { date: '2025-12', outcome: 'transactional', source: 'a test source' }
	}),
	'GET /': async () => ({ path: '/' }),
	'GET /scenarios': async () => ({ path: '/scenarios' }),
	'GET /scenarios/[id]': async (owner) => ({ path: `/scenarios/${(await scenarioOf(owner)).id}` }),
	'GET /compare': async () => ({ path: `/compare${compareQuery}` }),
	'GET /track-record': async () => ({ path: '/track-record' }),
	'GET /present': async () => ({ path: '/present' }),
	'GET /present/compare': async () => ({ path: `/present/compare${compareQuery}` }),
	'GET /admin/audit': async () => ({ path: '/admin/audit' }),
	'GET /signin': async () => ({ path: '/signin' }),
	'GET /signin/sso': async () => ({ path: '/signin/sso' }),
	'POST /signin': async () => ({ path: '/signin?/signin', body: {} }),
	'GET /setup': async () => ({ path: '/setup' }),
	'POST /setup': async () => ({ path: '/setup', body: {} }),
	'GET /healthz': async () => ({ path: '/healthz' })
};

const keyOf = (p: Permission) => `${p.method} ${p.routeId}`;

async function call(permission: Permission, caller: Caller, owner: Caller) {
	const recipe = RECIPES[keyOf(permission)];
	const { path, body } = await recipe(owner);
	const response = await fetch(`${server.url}${path}`, {
		method: permission.method,
		redirect: 'manual',
		headers: {
			...credentials[caller],
			...(body === undefined ? {} : { 'content-type': 'application/json' })
		},
		body: body === undefined ? undefined : JSON.stringify(body)
	});
	await response.arrayBuffer();
	return { status: response.status, location: response.headers.get('location') };
}

beforeAll(async () => {
	server = await startServer({ dataDir: data.dir });
	for (const role of ['viewer', 'analyst', 'admin'] as const) await addAccount(data.dir, `${role}1`, role);
	const bearer = await issueToken(data.dir, 'analyst1');
	const revoked = await issueToken(data.dir, 'analyst1');
	await userCommand(data.dir, ['revoke', revoked.id]);
	const admin = await issueToken(data.dir, 'admin1');
	// Every call names the app's own origin, as its pages do: the origin check is not under test here.
	const origin = { origin: server.url };
	adminHeaders = { ...origin, authorization: `Bearer ${admin.token}` };
	credentials.anonymous = origin;
	credentials.bearer = { ...origin, authorization: `Bearer ${bearer.token}` };
	credentials.revoked = { ...origin, authorization: `Bearer ${revoked.token}` };
	for (const role of ['viewer', 'analyst', 'admin'] as const)
		credentials[role] = { ...origin, cookie: await signIn(server, `${role}1`) };
}, 120_000);

afterAll(async () => {
	await server?.stop();
	data.remove();
}, 15_000);

describe('the permission table', () => {
	it('has a recipe for every route it names, and names every recipe', () => {
		expect(permissions.map(keyOf).filter((key) => !(key in RECIPES))).toEqual([]);
		expect(Object.keys(RECIPES).filter((key) => !permissions.some((p) => keyOf(p) === key))).toEqual([]);
	});
});

describe.each(permissions.map((p) => [keyOf(p), p] as const))('%s', (_key, permission) => {
	it.each(CALLERS)('as %s: as the table allows', async (caller) => {
		const expected = expectedOutcome(permission, caller, false);
		const { status, location } = await call(permission, caller, 'admin');
		expect(matches(permission, expected, status, location), `${caller} expected ${expected}, got ${status}`).toBe(true);
	});

	if (permission.access.kind === 'owner') {
		it.each(['analyst', 'bearer'] as const)('as %s on their own scenario: as the table allows', async (caller) => {
			const expected = expectedOutcome(permission, caller, true);
			const { status, location } = await call(permission, caller, caller);
			expect(matches(permission, expected, status, location), `${caller} expected ${expected}, got ${status}`).toBe(
				true
			);
		});
	}
});

describe('READ_ONLY=1', () => {
	let readOnly: RunningServer;
	const empty = tempDataDir('scenario-desk-read-only-');
	let emptyServer: RunningServer;

	beforeAll(async () => {
		// A second server on the same database: what the first wrote, this one shows.
		[readOnly, emptyServer] = await Promise.all([
			startServer({ dataDir: data.dir, env: { READ_ONLY: '1' } }),
			startServer({ dataDir: empty.dir, env: { READ_ONLY: '1' } })
		]);
	}, 60_000);

	afterAll(async () => {
		await Promise.all([readOnly?.stop(), emptyServer?.stop()]);
		empty.remove();
	}, 15_000);

	async function onReadOnly(permission: Permission, caller: Caller) {
		const { path, body } = await RECIPES[keyOf(permission)]('admin');
		const headers = { ...credentials[caller], origin: readOnly.url };
		const response = await request(`${readOnly.url}${path}`, permission.method, body, headers);
		return response;
	}

	const writes = permissions.filter((p) => p.method !== 'GET');
	// Everything a viewer may read (sign-in and set-up pages are for everyone anyway).
	const reads = permissions.filter(
		(p) => p.method === 'GET' && p.access.kind !== 'public' && !(p.access.kind === 'role' && p.access.role === 'admin')
	);

	describe.each(writes.map((p) => [keyOf(p), p] as const))('%s', (_key, permission) => {
		it.each(['anonymous', 'admin', 'bearer'] as const)('is refused as read-only, as %s', async (caller) => {
			const response = await onReadOnly(permission, caller);
			expect(response.status).toBe(403);
			expect(response.json).toMatchObject({ error: 'read-only' });
		});
	});

	it.each(reads.map((p) => [keyOf(p), p] as const))('serves %s to an anonymous visitor', async (_key, permission) => {
		const response = await onReadOnly(permission, 'anonymous');
		expect(response.status).toBe(200);
	});

	it('shows every saved scenario not in the trash, nothing of the trash, and leaves admin pages to admins', async () => {
		const live = await scenarioOf();
		const trashed = await scenarioOf();
		expect((await request(`${server.url}/api/scenarios/${trashed.id}`, 'DELETE', undefined, adminHeaders)).status).toBe(
			204
		);
		const list = await request(`${readOnly.url}/api/scenarios?limit=200`, 'GET');
		expect(list.status).toBe(200);
		const ids = (list.json as { scenarios: { id: string }[] }).scenarios.map((s) => s.id);
		expect(ids).toContain(live.id);
		expect(ids).not.toContain(trashed.id);
		const trash = await request(`${readOnly.url}/api/scenarios?trash=1`, 'GET');
		expect((trash.json as { scenarios: unknown[] }).scenarios).toEqual([]);
		for (const path of [
			`/api/scenarios/${trashed.id}`,
			`/api/scenarios/${trashed.id}/export`,
			`/scenarios/${trashed.id}`
		])
			expect((await request(`${readOnly.url}${path}`, 'GET')).status, path).toBe(404);
		expect((await request(`${readOnly.url}/scenarios/${live.id}`, 'GET')).status).toBe(200);
		const audit = await fetch(`${readOnly.url}/admin/audit`, { redirect: 'manual' });
		expect([303, 401, 403]).toContain(audit.status);
	});

	it('opens on an empty database without /setup', async () => {
		const response = await fetch(`${emptyServer.url}/`, { redirect: 'manual' });
		expect(response.status).toBe(200);
		const setup = await request(`${emptyServer.url}/setup`, 'POST', {}, { origin: emptyServer.url });
		expect(setup.status).toBe(403);
		expect(setup.json).toMatchObject({ error: 'read-only' });
	});
});
