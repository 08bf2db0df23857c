// READ_ONLY=1: a deployment for briefing rooms and public pages. Anyone may read — presets, every
// saved scenario not in the trash, presentations, exports — with no account and no /setup; every
// write is refused here, before authentication or any route runs, whoever sends it (a session or
// a bearer token included): the database of such a deployment changes only from outside it.

import { json, type Handle } from '@sveltejs/kit';
import type { ErrorResponse } from '$lib/api/types';
import type { Account } from '$lib/server/auth/account';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function isReadOnly(env: NodeJS.ProcessEnv = process.env): boolean {
	return ['1', 'true', 'yes'].includes((env.READ_ONLY ?? '').trim().toLowerCase());
}

/** Whom an anonymous visitor counts as for the permission table in read-only mode: a viewer. */
export const READ_ONLY_VISITOR: Account = { id: '', name: 'visitor', role: 'viewer' };

export const READ_ONLY_MESSAGE =
	'this deployment is read-only (READ_ONLY=1): nothing can be created, changed or deleted here';

/** The refusal of a write, or null when the request may go on. */
export function readOnlyRefusal(method: string, env: NodeJS.ProcessEnv = process.env): Response | null {
	if (READS.has(method) || !isReadOnly(env)) return null;
	const body: ErrorResponse = { error: 'read-only', message: `${method} refused: ${READ_ONLY_MESSAGE}` };
	return json(body, { status: 403 });
}

export const readOnlyHandle: Handle = ({ event, resolve }) => readOnlyRefusal(event.request.method) ?? resolve(event);
