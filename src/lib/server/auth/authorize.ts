// Enforces the permission table on a request, once the account is known: the answer to refuse
// with, or null to let the route run. Anonymous API calls get 401 JSON, anonymous page visits go
// to the sign-in page (and come back after), a role too low gets 403 JSON naming the role needed.

import { json, redirect } from '@sveltejs/kit';
import type { ErrorResponse } from '$lib/api/types';
import type { Account } from './account';
import { permissionFor, type Permission } from './permissions';
import { roleAtLeast } from './roles';

/** The owner's account id; null for a scenario saved before accounts; undefined when no such scenario. */
export type OwnerLookup = (scenarioId: string) => Promise<string | null | undefined>;

export interface AuthorizeInput {
	method: string;
	routeId: string;
	params: Partial<Record<string, string>>;
	account: Account | null;
	/** Where to send an anonymous visitor: the sign-in page in their language, with a way back. */
	signInHref: () => string;
	ownerOf: OwnerLookup;
}

function refuse(status: 401 | 403, error: ErrorResponse['error'], message: string): Response {
	const body: ErrorResponse = { error, message };
	return json(body, { status });
}

function forbidden(permission: Permission, account: Account, reason: string): Response {
	const message = `forbidden: ${permission.action} ${reason}; you are signed in as ${account.name} (${account.role})`;
	if (permission.kind === 'api') return refuse(403, 'forbidden', message);
	return new Response(message, { status: 403, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

export async function authorize(input: AuthorizeInput): Promise<Response | null> {
	const permission = permissionFor(input.method, input.routeId);
	const { access } = permission;
	if (access.kind === 'public') return null;
	const { account } = input;
	if (!account) {
		if (permission.kind === 'api') {
			return refuse(
				401,
				'unauthenticated',
				`sign in first (or send Authorization: Bearer TOKEN) to ${permission.action}`
			);
		}
		redirect(303, input.signInHref());
	}
	if (!roleAtLeast(account.role, access.role)) {
		return forbidden(permission, account, `needs the ${access.role} role`);
	}
	if (access.kind === 'owner' && account.role !== 'admin') {
		const id = input.params.id;
		const owner = id === undefined ? undefined : await input.ownerOf(id);
		// No such scenario: the route answers 404 itself.
		if (owner === undefined) return null;
		if (owner === null) return forbidden(permission, account, 'needs the admin role (this scenario has no owner)');
		if (owner !== account.id) return forbidden(permission, account, 'needs the admin role or to be its owner');
	}
	return null;
}
