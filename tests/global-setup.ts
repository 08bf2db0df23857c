// Playwright global setup: the test server (started by webServer before this runs) gets its first
// admin through /setup, as a new deployment would, then an analyst and a viewer made by that admin
// through better-auth's admin API. Each one's signed-in browser state is saved, and the specs run
// as the admin by default (playwright.config.ts); role tests pick another with `test.use`.

import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { issueApiToken } from '../src/lib/server/auth/api-tokens';
import { sqliteApiTokenRows } from '../src/lib/server/db/sqlite/tokens';
import { asyncOf } from '../src/lib/server/db/sqlite/async-of';
import { TOKEN_ENV } from '../src/cli/brief-auth';
import { TEST_ACCOUNTS, storageStateFile, type TestAccount } from './accounts';

function baseUrl(): string {
	return `http://127.0.0.1:${process.env.TEST_PORT}`;
}

async function formPost(path: string, fields: Record<string, string>): Promise<Response> {
	const url = `${baseUrl()}${path}`;
	const response = await fetch(url, {
		method: 'POST',
		headers: { origin: baseUrl(), accept: 'text/html' },
		body: new URLSearchParams(fields),
		redirect: 'manual'
	});
	await response.arrayBuffer();
	return response;
}

function sessionCookie(response: Response): { name: string; value: string; expires: number } {
	const line = response.headers.getSetCookie().find((l) => l.includes('session_token='));
	if (response.status !== 303 || !line) throw new Error(`no session from ${response.url}: ${response.status}`);
	const [pair, ...attributes] = line.split(';');
	const [name, ...value] = pair.split('=');
	const maxAge = attributes.map((a) => /max-age=(\d+)/i.exec(a.trim())).find(Boolean);
	return { name, value: value.join('='), expires: Math.floor(Date.now() / 1000) + Number(maxAge?.[1] ?? 86400) };
}

function saveState(account: TestAccount, cookie: ReturnType<typeof sessionCookie>): void {
	const state = {
		cookies: [{ ...cookie, domain: '127.0.0.1', path: '/', httpOnly: true, secure: false, sameSite: 'Lax' as const }],
		origins: []
	};
	writeFileSync(storageStateFile(account.role), JSON.stringify(state));
}

export default async function globalSetup(): Promise<void> {
	const { admin, analyst, viewer } = TEST_ACCOUNTS;
	const setup = await formPost('/setup', { name: admin.name, password: admin.password, passwordAgain: admin.password });
	const adminCookie = sessionCookie(setup);
	saveState(admin, adminCookie);
	for (const account of [analyst, viewer]) {
		const made = await fetch(`${baseUrl()}/api/auth/admin/create-user`, {
			method: 'POST',
			headers: {
				origin: baseUrl(),
				'content-type': 'application/json',
				cookie: `${adminCookie.name}=${adminCookie.value}`
			},
			body: JSON.stringify({
				email: `${account.name}@accounts.invalid`,
				password: account.password,
				name: account.name,
				role: account.role,
				data: { username: account.name, displayUsername: account.name }
			})
		});
		if (!made.ok) throw new Error(`could not create ${account.name}: ${made.status} ${await made.text()}`);
		saveState(account, sessionCookie(await formPost('/signin?/signin', account)));
	}
	// An API token of the admin for the commands the specs run (npm run brief --url), as a script
	// would hold one; the workers and the commands they start inherit the environment.
	const db = new Database(join(process.env.E2E_DATA_DIR ?? '', 'scenario-desk.sqlite'));
	try {
		const user = db.prepare('SELECT id FROM "user" WHERE username = ?').get(admin.name) as { id: string };
		const tokens = asyncOf(sqliteApiTokenRows(db));
		process.env[TOKEN_ENV] = (await issueApiToken(tokens, user.id, 'browser tests')).token;
	} finally {
		db.close();
	}
}
