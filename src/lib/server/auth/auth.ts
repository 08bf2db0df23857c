// One better-auth instance per server process, made on first use: its tables are created or
// brought up to date by better-auth's own migrations before the first request is served.

import path from 'node:path';
import { getMigrations } from 'better-auth/db/migration';
import { getDatabase, openDatabaseFromEnv } from '$lib/server/db/app-database';
import type { AppDatabase } from '$lib/server/db/types';
import { databaseFile } from '$lib/server/storage/database-file';
import { createAuth, type Auth, type AuthSettings } from './instance';
import { oidcPlugins, oidcSettingsFromEnv } from './oidc';
import { authSecret } from './secret';

export interface PreparedAuth {
	auth: Auth;
	/** The app's database, for the few queries better-auth has no endpoint for (API tokens, accounts). */
	database: AppDatabase;
}

let pending: Promise<PreparedAuth> | null = null;

/** The settings `env` asks for, on `database` (by default a database of its own, opened from `env`). */
export function authSettingsFromEnv(env: NodeJS.ProcessEnv = process.env, database?: AppDatabase): AuthSettings {
	// Read first: a half-made SSO configuration throws before a connection is opened.
	const sso = oidcSettingsFromEnv(env);
	return {
		database: database ?? openDatabaseFromEnv(env),
		// Without BETTER_AUTH_SECRET, a secret generated once and kept in DATA_DIR.
		secret: authSecret(path.dirname(databaseFile(env.DATA_DIR || 'data')), env),
		origin: env.ORIGIN?.trim() || undefined,
		// Single sign-on (genericOAuth) when OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are set.
		extraPlugins: oidcPlugins(sso)
	};
}

/** Creates the tables better-auth needs (and ours for API tokens); safe to run on every start. */
export async function prepareAuth(settings: AuthSettings): Promise<PreparedAuth> {
	// The store's own schema first: permission checks read its scenarios' owners.
	await settings.database.ready;
	const auth = createAuth(settings);
	const { runMigrations } = await getMigrations(auth.options);
	await settings.database.prepareAuthTables(runMigrations);
	return { auth, database: settings.database };
}

function prepared(): Promise<PreparedAuth> {
	if (!pending) {
		pending = prepareAuth(authSettingsFromEnv(process.env, getDatabase())).catch((error: unknown) => {
			pending = null;
			throw error;
		});
	}
	return pending;
}

export async function getAuth(): Promise<Auth> {
	return (await prepared()).auth;
}

export async function getAuthDatabase(): Promise<AppDatabase> {
	return (await prepared()).database;
}
