// One better-auth instance per server process, made on first use: its tables are created or
// brought up to date by better-auth's own migrations before the first request is served.

import path from 'node:path';
import type Database from 'better-sqlite3';
import { getMigrations } from 'better-auth/db/migration';
import { databaseFile, getStore } from '$lib/server/storage/store';
import { createApiTokenTable } from './api-tokens';
import { openAuthDatabase } from './connection';
import { createAuth, type Auth, type AuthSettings } from './instance';
import { oidcPlugins, oidcSettingsFromEnv } from './oidc';
import { authSecret } from './secret';

export interface PreparedAuth {
	auth: Auth;
	/** The connection better-auth uses, for the few queries it has no endpoint for (API tokens). */
	database: Database.Database;
}

let pending: Promise<PreparedAuth> | null = null;

export function authSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): AuthSettings {
	// Read first: a half-made SSO configuration throws before a connection is opened.
	const sso = oidcSettingsFromEnv(env);
	const file = databaseFile(env.DATA_DIR || 'data');
	return {
		database: openAuthDatabase(file),
		secret: authSecret(path.dirname(file), env),
		origin: env.ORIGIN?.trim() || undefined,
		// Single sign-on (genericOAuth) when OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are set.
		extraPlugins: oidcPlugins(sso)
	};
}

/** Creates the tables better-auth needs (and ours for API tokens); safe to run on every start. */
export async function prepareAuth(settings: AuthSettings): Promise<PreparedAuth> {
	const auth = createAuth(settings);
	const { runMigrations } = await getMigrations(auth.options);
	await runMigrations();
	createApiTokenTable(settings.database);
	return { auth, database: settings.database };
}

function prepared(): Promise<PreparedAuth> {
	if (!pending) {
		// The store's own schema first: permission checks read its scenarios' owners.
		getStore();
		pending = prepareAuth(authSettingsFromEnv()).catch((error: unknown) => {
			pending = null;
			throw error;
		});
	}
	return pending;
}

export async function getAuth(): Promise<Auth> {
	return (await prepared()).auth;
}

export async function getAuthDatabase(): Promise<Database.Database> {
	return (await prepared()).database;
}
