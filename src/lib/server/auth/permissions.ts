// Who may do what: every API endpoint (method + SvelteKit route id) and every page, in one
// table. The auth handle checks each request against it before the route runs; a request the
// table does not name is refused (fail closed), and a test checks that every route file is here.
//
// viewer  — read, present, export: every GET.
// analyst — create, save revisions (also of others' scenarios: the history keeps each one with its
//           author), restore an old revision as a new one, import, duplicate; rename and delete
//           only the scenarios they own.
// admin   — everything: accounts, any scenario, bringing a scenario back from the trash.

import type { Role } from './roles';

export type Access =
	/** Anyone, signed in or not (sign-in, first set-up, better-auth's own routes). */
	| { kind: 'public' }
	/** An account holding at least `role`. */
	| { kind: 'role'; role: Role }
	/** An admin, or an analyst who owns the scenario named by the route's `[id]`. */
	| { kind: 'owner'; role: Role };

export type RouteKind = 'api' | 'page';

export interface Permission {
	method: string;
	routeId: string;
	kind: RouteKind;
	access: Access;
	/** What the permission is for, in the words of the roles above. */
	action: string;
}

const anyone: Access = { kind: 'public' };
const viewer: Access = { kind: 'role', role: 'viewer' };
const analyst: Access = { kind: 'role', role: 'analyst' };
const admin: Access = { kind: 'role', role: 'admin' };
const ownerOrAdmin: Access = { kind: 'owner', role: 'analyst' };

const api = (method: string, routeId: string, access: Access, action: string): Permission => ({
	method,
	routeId,
	kind: 'api',
	access,
	action
});
const page = (routeId: string, access: Access, action: string): Permission => ({
	method: 'GET',
	routeId,
	kind: 'page',
	access,
	action
});
const formAction = (routeId: string, access: Access, action: string): Permission => ({
	method: 'POST',
	routeId,
	kind: 'page',
	access,
	action
});

export const permissions: readonly Permission[] = [
	api('GET', '/api/scenarios', viewer, 'list saved scenarios'),
	api('POST', '/api/scenarios', analyst, 'create a scenario'),
	api('POST', '/api/scenarios/import', analyst, 'import a scenario file'),
	api('GET', '/api/scenarios/[id]', viewer, 'read a scenario'),
	api('PUT', '/api/scenarios/[id]', analyst, 'save a revision'),
	api('DELETE', '/api/scenarios/[id]', ownerOrAdmin, 'move a scenario to the trash'),
	api('POST', '/api/scenarios/[id]/rename', ownerOrAdmin, 'rename a scenario'),
	api('POST', '/api/scenarios/[id]/duplicate', analyst, 'duplicate a scenario'),
	api('POST', '/api/scenarios/[id]/undelete', admin, 'bring a scenario back from the trash'),
	api('GET', '/api/scenarios/[id]/export', viewer, 'export a scenario'),
	api('GET', '/api/scenarios/[id]/revisions', viewer, 'list revisions'),
	api('GET', '/api/scenarios/[id]/revisions/[n]', viewer, 'read a revision'),
	api('POST', '/api/scenarios/[id]/revisions/[n]/restore', analyst, 'restore a revision as a new one'),
	// The forecast record: anyone signed in reads it; only admins say how a question resolved (issue 12).
	api('GET', '/api/forecasts', viewer, 'read the forecast record and its scores'),
	api('GET', '/api/forecasts.csv', viewer, 'export the forecast record as CSV'),
	api('GET', '/api/questions/[modelId]/resolutions', viewer, 'list a question’s resolutions'),
	api('POST', '/api/questions/[modelId]/resolutions', admin, 'resolve a question for a year-end'),
	api('POST', '/api/scenarios/[id]/signposts', analyst, 'record a signpost observation as a new revision'),

	page('/', viewer, 'the dashboard'),
	page('/scenarios', viewer, 'the saved scenarios'),
	page('/scenarios/[id]', viewer, 'a scenario’s history'),
	page('/compare', viewer, 'compare scenarios'),
	page('/track-record', viewer, 'the forecast record, scored'),
	page('/present', viewer, 'present a scenario'),
	page('/present/compare', viewer, 'present a comparison'),
	page('/admin/audit', admin, 'the audit log'),
	page('/signin', anyone, 'the sign-in page'),
	page('/signin/sso', anyone, 'start single sign-on'),
	formAction('/signin', anyone, 'sign in, sign out'),
	page('/setup', anyone, 'create the first admin'),
	formAction('/setup', anyone, 'create the first admin'),
	// Answered before any account is looked up (health/handle.ts); listed so that the table stays whole.
	page('/healthz', anyone, 'the health check of load balancers')
];

/** better-auth's own routes answer for themselves (sign-in is open; its admin routes check the role). */
export const AUTH_ROUTE_PREFIX = '/api/auth/';

const byKey = new Map(permissions.map((entry) => [`${entry.method} ${entry.routeId}`, entry]));

export function isApiRoute(routeId: string): boolean {
	return routeId === '/api' || routeId.startsWith('/api/');
}

/**
 * What a request needs. HEAD is answered as GET. A route the table does not name is for admins
 * only: a new route is closed until someone decides who may use it.
 */
export function permissionFor(method: string, routeId: string): Permission {
	const asked = method === 'HEAD' ? 'GET' : method;
	return (
		byKey.get(`${asked} ${routeId}`) ?? {
			method: asked,
			routeId,
			kind: isApiRoute(routeId) ? 'api' : 'page',
			access: admin,
			action: 'a route not in the permission table'
		}
	);
}
