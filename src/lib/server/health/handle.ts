// /healthz skips every check after the first two of hooks.server.ts's sequence: a load balancer
// probes it by the instance's address (which ALLOWED_HOSTS need not name), with no account, on
// a fresh database (where every page leads to /setup), at its own pace (no rate limit), and must
// learn of a database that cannot be reached rather than get the 500 of a handle that needed it.
// It reads nothing of a user's and writes nothing, so none of those checks has anything to guard.

import type { Handle } from '@sveltejs/kit';

export const HEALTH_ROUTE = '/healthz';

/** `checks` for every request but /healthz's, which goes straight to its route. */
export function exceptHealth(checks: Handle): Handle {
	return (input) => (input.event.route.id === HEALTH_ROUTE ? input.resolve(input.event) : checks(input));
}
