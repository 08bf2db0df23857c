// The better-auth configuration: name-and-password accounts (username plugin), roles (admin
// plugin) and sessions in the app's database (SQLite or PostgreSQL, db/types.ts). Sign-up is closed: accounts are made by
// /setup (the first admin), by admins, or by `npm run user`.

import type { AppDatabase } from '$lib/server/db/types';
import { betterAuth, type BetterAuthPlugin } from 'better-auth';
import { admin, username } from 'better-auth/plugins';
import { authAuditPlugin } from '$lib/server/audit/auth-audit';
import { authRateLimitStorage } from '$lib/server/limits/auth-buckets';
import { accessControl, accessRoles } from './access';
import { DEFAULT_ROLE } from './roles';

/** A request header set by our handle from the socket's address (any sent by the client is replaced). */
export const CLIENT_ADDRESS_HEADER = 'x-scenario-desk-client-address';

export const NAME_PATTERN = /^[\p{L}\p{N}._-]+$/u;
export const MIN_NAME_LENGTH = 2;
export const MAX_NAME_LENGTH = 40;
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 128;

export interface AuthSettings {
	/** The app's database: better-auth's tables live in it beside everything else. */
	database: AppDatabase;
	secret: string;
	/** The app's public origin (`ORIGIN`); when absent, each request's own origin is used. */
	origin?: string;
	/** Single sign-on and other plugins added by the deployment (see oidc*.ts). */
	extraPlugins?: BetterAuthPlugin[];
}

export function createAuth(settings: AuthSettings) {
	return betterAuth({
		appName: 'Scenario Desk',
		database: settings.database.authDatabase,
		secret: settings.secret,
		baseURL: settings.origin,
		basePath: '/api/auth',
		telemetry: { enabled: false },
		emailAndPassword: {
			enabled: true,
			disableSignUp: true,
			minPasswordLength: MIN_PASSWORD_LENGTH,
			maxPasswordLength: MAX_PASSWORD_LENGTH
		},
		advanced: {
			// The Secure attribute follows the request (see cookies.ts); the name prefix follows ORIGIN.
			useSecureCookies: settings.origin?.startsWith('https://') ?? false,
			ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] }
		},
		rateLimit: {
			enabled: true,
			window: 60,
			max: 600,
			// Guessing passwords: a few tries a minute per address.
			customRules: { '/sign-in/*': { window: 60, max: 30 } },
			// Counted in the database, once for all the instances on it.
			customStorage: authRateLimitStorage(settings.database.shared.rateBuckets)
		},
		plugins: [
			username({
				minUsernameLength: MIN_NAME_LENGTH,
				maxUsernameLength: MAX_NAME_LENGTH,
				usernameValidator: (name) => NAME_PATTERN.test(name)
			}),
			admin({
				ac: accessControl,
				roles: accessRoles,
				defaultRole: DEFAULT_ROLE,
				adminRoles: ['admin']
			}),
			// Single sign-on (genericOAuth, OIDC_ISSUER …) comes in through `extraPlugins`.
			// Account changes an admin makes over HTTP go to the audit log.
			authAuditPlugin(),
			...(settings.extraPlugins ?? [])
		]
	});
}

export type Auth = ReturnType<typeof createAuth>;
