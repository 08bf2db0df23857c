import type { ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { setSecurityHeadersOnEveryResponse } from '$lib/server/http/every-response';
import { bodySize } from '$lib/server/http/body-size';
import { settleUnreadBodies } from '$lib/server/http/unread-bodies';
import { hostCheck } from '$lib/server/http/host-check';
import { localeAndTheme } from '$lib/server/http/locale-theme';
import { authHandle } from '$lib/server/auth/handle';
import { oidcSettingsFromEnv } from '$lib/server/auth/oidc-settings';
import { requireSharedSecret } from '$lib/server/auth/secret';
import { auditHandle } from '$lib/server/audit/actor-context';
import { originCheck } from '$lib/server/http/origin-check';
import { securityHeaders } from '$lib/server/http/security-headers';
import { wellFormedUrl } from '$lib/server/http/well-formed-url';
import { rateLimits } from '$lib/server/limits/handle';
import { exceptHealth } from '$lib/server/health/handle';
import { closeOnShutdown } from '$lib/server/lifecycle/shutdown';
import { prepareDatabaseAtStart } from '$lib/server/lifecycle/startup';
import { readOnlyHandle } from '$lib/server/read-only';

export { handleError } from '$lib/server/http/handle-error';

// The security headers go on every response of the process, static files included (see
// every-response.ts); the handle below alone would miss what adapter-node answers before the hooks.
// A half-set single sign-on (OIDC_ISSUER without its client, say) stops the server at start,
// naming the variable, rather than answering 500 to every request.
export const init: ServerInit = async () => {
	oidcSettingsFromEnv();
	// With DATABASE_URL, instances must share BETTER_AUTH_SECRET (auth/secret.ts).
	requireSharedSecret();
	setSecurityHeadersOnEveryResponse();
	// A body an answer left unread no longer stalls the connection's next request (unread-bodies.ts).
	settleUnreadBodies();
	// SIGTERM / SIGINT: requests under way finish, then the database and the compute threads close.
	closeOnShutdown();
	// Migrations run now, before the server listens, not on its first request (lifecycle/startup.ts).
	await prepareDatabaseAtStart();
};

// One handle per concern, each in its own file under src/lib/server/http (or its area's folder),
// run in this order: the security headers outermost, so refusals carry them too; then the edge
// checks, so a refused request costs nothing further.
export const handle = sequence(
	securityHeaders,
	wellFormedUrl,
	// A load balancer's /healthz skips the rest: no host check, account, audit or rate limit (health/handle.ts).
	exceptHealth(
		sequence(
			hostCheck,
			// A body declared over the limit: a JSON 413 before anything reads it.
			bodySize,
			originCheck,
			localeAndTheme,
			// READ_ONLY=1: every write refused before anyone is looked up.
			readOnlyHandle,
			authHandle,
			// After authHandle: the audit log names the account behind each write.
			auditHandle,
			// After the auth handle: limits are per account when one is signed in.
			rateLimits
		)
	)
);
