// Single sign-on against a real OpenID provider (oidc-provider on loopback): better-auth's
// genericOAuth as configured by oidcPlugins, driven through auth.handler as the server would.

import type Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAtProvider } from '../../../../tests/oidc/headless-sign-in';
import { startOidcProvider, TEST_USER, type RunningProvider } from '../../../../tests/oidc/provider';
import { accountFromHeaders } from './account';
import { createAccount } from './accounts';
import { prepareAuth, type PreparedAuth } from './auth';
import { openSqliteDatabase } from '$lib/server/db/sqlite/open';
import { oidcPlugins, oidcSettingsFromEnv, SSO_CALLBACK_PATH, ssoOffer } from './oidc';

const ORIGIN = 'http://127.0.0.1:5173';
const CLIENT = { clientId: 'scenario-desk', clientSecret: 'a test secret, not a real one' };

let provider: RunningProvider;
const dirs: string[] = [];

beforeAll(async () => {
	provider = await startOidcProvider();
	provider.allowClient({ ...CLIENT, redirectUri: `${ORIGIN}${SSO_CALLBACK_PATH}` });
});
afterAll(async () => {
	await provider.stop();
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function appWithSso(extraEnv: Record<string, string> = {}): Promise<PreparedAuth> {
	const dir = mkdtempSync(path.join(tmpdir(), 'oidc-test-'));
	dirs.push(dir);
	const settings = oidcSettingsFromEnv({
		OIDC_ISSUER: provider.issuer,
		OIDC_CLIENT_ID: CLIENT.clientId,
		OIDC_CLIENT_SECRET: CLIENT.clientSecret,
		...extraEnv
	});
	return prepareAuth({
		database: openSqliteDatabase(path.join(dir, 'scenario-desk.sqlite')),
		secret: 'a-test-secret-of-at-least-thirty-two-characters',
		origin: ORIGIN,
		extraPlugins: oidcPlugins(settings)
	});
}

/** better-auth's own connection to the SQLite file, to look at and change what it stored. */
function raw(app: PreparedAuth): Database.Database {
	return app.database.authDatabase as Database.Database;
}

function cookieHeader(response: Response): string {
	return response.headers
		.getSetCookie()
		.map((line) => line.split(';')[0])
		.join('; ');
}

/** The whole round trip: the app's sign-in, the provider's forms, the app's callback. */
async function signInWithSso({ auth }: PreparedAuth): Promise<Headers> {
	const start = await auth.handler(
		new Request(`${ORIGIN}/api/auth/sign-in/social`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', origin: ORIGIN },
			body: JSON.stringify({ provider: 'sso', callbackURL: '/' })
		})
	);
	expect(start.status).toBe(200);
	const { url } = (await start.json()) as { url: string };
	expect(url.startsWith(provider.issuer)).toBe(true);
	const callback = await signInAtProvider(url, TEST_USER, `${ORIGIN}${SSO_CALLBACK_PATH}`);
	const back = await auth.handler(new Request(callback, { headers: { cookie: cookieHeader(start) } }));
	expect(back.status).toBe(302);
	expect(back.headers.get('location')).toBe('/');
	return new Headers({ cookie: cookieHeader(back) });
}

describe('single sign-on', () => {
	it('makes a viewer account on the first sign-in, named from the email, and keeps the role an admin gives it', async () => {
		const app = await appWithSso();
		const first = await accountFromHeaders(app.auth, app.database, await signInWithSso(app));
		expect(first).toMatchObject({ name: 'ada.lovelace', role: 'viewer' });
		const stored = raw(app).prepare('SELECT email, name, username FROM "user" WHERE id = ?').get(first!.id);
		expect(stored).toEqual({ email: TEST_USER.email, name: TEST_USER.name, username: 'ada.lovelace' });

		raw(app).prepare('UPDATE "user" SET role = ? WHERE id = ?').run('analyst', first!.id);
		const again = await accountFromHeaders(app.auth, app.database, await signInWithSso(app));
		expect(again).toEqual({ ...first, role: 'analyst' });
		const users = raw(app).prepare('SELECT count(*) AS n FROM "user"').get() as { n: number };
		expect(users.n).toBe(1);
		await app.database.close();
	});

	it('gives first-time accounts analyst when OIDC_DEFAULT_ROLE says so, and a name no one has', async () => {
		const app = await appWithSso({ OIDC_DEFAULT_ROLE: 'analyst' });
		// A local account holds the name first: the SSO account is someone else, never signed in as it.
		const local = await createAccount(app.auth, { name: 'Ada.Lovelace', password: 'a local password', role: 'admin' });
		const sso = await accountFromHeaders(app.auth, app.database, await signInWithSso(app));
		expect(sso).toMatchObject({ name: 'ada.lovelace-2', role: 'analyst' });
		expect(sso!.id).not.toBe(local.id);
		await app.database.close();
	});
});

describe('oidcSettingsFromEnv', () => {
	const complete = { OIDC_ISSUER: 'https://id.example.org/realms/x/', OIDC_CLIENT_ID: 'desk', OIDC_CLIENT_SECRET: 's' };

	it('is off without the three variables, and offers no button then', () => {
		expect(oidcSettingsFromEnv({})).toBeNull();
		expect(oidcSettingsFromEnv({ OIDC_NAME: 'Ministry ID', OIDC_ISSUER: '' })).toBeNull();
		expect(ssoOffer(null)).toBeNull();
	});

	it('reads a complete configuration', () => {
		const settings = oidcSettingsFromEnv({ ...complete, OIDC_NAME: ' Ministry ID ' });
		expect(settings).toMatchObject({
			issuer: 'https://id.example.org/realms/x',
			discoveryUrl: 'https://id.example.org/realms/x/.well-known/openid-configuration',
			name: 'Ministry ID',
			defaultRole: 'viewer'
		});
		expect(ssoOffer(settings)).toEqual({ providerId: 'sso', name: 'Ministry ID' });
	});

	it('refuses a partial or wrong configuration, naming what is wrong', () => {
		expect(() => oidcSettingsFromEnv({ OIDC_ISSUER: complete.OIDC_ISSUER })).toThrow(
			/OIDC_CLIENT_ID, OIDC_CLIENT_SECRET not set/
		);
		expect(() => oidcSettingsFromEnv({ ...complete, OIDC_ISSUER: 'id.example.org' })).toThrow(/OIDC_ISSUER/);
		expect(() => oidcSettingsFromEnv({ ...complete, OIDC_DEFAULT_ROLE: 'admin' })).toThrow(/OIDC_DEFAULT_ROLE/);
	});
});
