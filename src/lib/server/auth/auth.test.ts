import { statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends, type TestDatabase } from '$lib/server/db/test-databases';
import { accountFromHeaders } from './account';
import { adminExists, createAccount, userCount } from './accounts';
import { issueApiToken, revokeApiToken } from './api-tokens';
import { authSettingsFromEnv, prepareAuth, type PreparedAuth } from './auth';
import { SECRET_FILE_NAME } from './secret';

const PASSWORD = 'correct horse battery';

describe.each(testBackends())('accounts on $name', (backend) => {
	let opened: TestDatabase;
	let prepared: PreparedAuth;

	beforeAll(async () => {
		opened = await backend.open();
		prepared = await prepareAuth(authSettingsFromEnv(opened.env, opened.database));
	});
	afterAll(() => opened.close());

	async function signIn(name: string, password: string): Promise<Headers | null> {
		const response = await prepared.auth.api.signInUsername({
			body: { username: name, password },
			asResponse: true
		});
		if (!response.ok) return null;
		const cookie = response.headers.getSetCookie().map((line) => line.split(';')[0]);
		return new Headers({ cookie: cookie.join('; ') });
	}

	it('keeps a generated secret readable by its owner only', () => {
		expect(statSync(path.join(opened.dataDir, SECRET_FILE_NAME)).mode & 0o777).toBe(0o600);
	});

	it('has no admin until one is made, then signs in by name with the role given', async () => {
		expect(await adminExists(prepared.database.accounts)).toBe(false);
		expect(await userCount(prepared.database.accounts)).toBe(0);
		expect(await prepared.database.accounts.passwordCount()).toBe(0);
		const { id } = await createAccount(prepared.auth, { name: 'Maryam', password: PASSWORD, role: 'admin' });
		expect(await adminExists(prepared.database.accounts)).toBe(true);
		// /setup's waiting instance reads this: the admin can sign in with a password.
		expect(await prepared.database.accounts.passwordCount()).toBe(1);
		const headers = await signIn('maryam', PASSWORD);
		expect(headers).not.toBeNull();
		const account = await accountFromHeaders(prepared.auth, prepared.database, headers!);
		expect(account).toEqual({ id, name: 'Maryam', role: 'admin' });
	});

	it('refuses a wrong password and an anonymous request', async () => {
		await createAccount(prepared.auth, { name: 'viewer1', password: PASSWORD, role: 'viewer' });
		expect(await signIn('viewer1', 'wrong password!')).toBeNull();
		expect(await accountFromHeaders(prepared.auth, prepared.database, new Headers())).toBeNull();
	});

	it('names an Arabic account as written', async () => {
		await createAccount(prepared.auth, { name: 'سارة', password: PASSWORD, role: 'analyst' });
		const headers = await signIn('سارة', PASSWORD);
		const account = await accountFromHeaders(prepared.auth, prepared.database, headers!);
		expect(account).toMatchObject({ name: 'سارة', role: 'analyst' });
	});

	it('resolves a bearer token to its account until it is revoked; a bad token is no one', async () => {
		const { id: userId } = await createAccount(prepared.auth, { name: 'script', password: PASSWORD, role: 'analyst' });
		const { id, token } = await issueApiToken(prepared.database.tokens, userId, 'nightly');
		const bearer = new Headers({ authorization: `Bearer ${token}` });
		expect(await accountFromHeaders(prepared.auth, prepared.database, bearer)).toMatchObject({ id: userId });
		const wrong = new Headers({ authorization: `Bearer ${token}x` });
		expect(await accountFromHeaders(prepared.auth, prepared.database, wrong)).toBeNull();
		expect(await revokeApiToken(prepared.database.tokens, id)).toBe(true);
		expect(await accountFromHeaders(prepared.auth, prepared.database, bearer)).toBeNull();
		const [stored] = await opened.query<{ token_hash: string }>(`SELECT token_hash FROM api_tokens WHERE id = '${id}'`);
		expect(stored.token_hash).toMatch(/^[0-9a-f]{64}$/);
		expect(stored.token_hash).not.toContain(token);
	});

	it('has no open sign-up', async () => {
		const response = await prepared.auth.api.signUpEmail({
			body: { email: 'x@example.org', password: PASSWORD, name: 'intruder' },
			asResponse: true
		});
		expect(response.ok).toBe(false);
	});
});
