// Account changes made over HTTP through better-auth's admin endpoints (/api/auth/admin/*: an
// admin's session creating an account, changing a role, banning or unbanning), audited like the
// command line's: a better-auth plugin whose after-hooks append one row per change that was made.
// Refused calls change nothing and are not rows.

import type { BetterAuthPlugin } from 'better-auth';
import { createAuthMiddleware, getSessionFromCtx, isAPIError } from 'better-auth/api';
import { getDatabase } from '$lib/server/db/app-database';
import type { AuditAction } from './types';

const ACTIONS: Record<string, AuditAction> = {
	'/admin/create-user': 'user.create',
	'/admin/set-role': 'user.role',
	'/admin/ban-user': 'user.disable',
	'/admin/unban-user': 'user.enable'
};

interface ReturnedUser {
	user?: { id?: string; username?: string | null; displayUsername?: string | null; name?: string | null };
}

function nameOf(user: ReturnedUser['user']): string {
	return user?.displayUsername || user?.username || user?.name || user?.id || 'unknown';
}

export function authAuditPlugin(): BetterAuthPlugin {
	return {
		id: 'scenario-desk-audit',
		hooks: {
			after: [
				{
					matcher: (context) => context.path !== undefined && context.path in ACTIONS,
					handler: createAuthMiddleware(async (ctx) => {
						const returned = ctx.context.returned as ReturnedUser | undefined;
						if (!returned || isAPIError(returned) || returned instanceof Response) return;
						// Only an admin's own HTTP call: the server's calls (the command line's createUser,
						// /setup) have no session, and their callers record them.
						const session = await getSessionFromCtx(ctx);
						if (!session) return;
						const actor = { id: session.user.id, name: nameOf({ ...session.user }) };
						await getDatabase().audit.append({
							actor,
							action: ACTIONS[ctx.path],
							target: `user:${nameOf(returned.user)}`,
							outcome: 'ok'
						});
					})
				}
			]
		}
	};
}
