// Accounts of every role for server tests, made the way an administrator makes them (`npm run
// user`, here run in process against the test's DATA_DIR while its server runs), their API tokens,
// and their sessions (signed in through the sign-in page, as test-accounts.ts does for the admin).

import { Readable, Writable } from 'node:stream';
import type { Role } from '../../src/lib/server/auth/roles';
import { userMain } from '../../src/cli/user-program';
import type { RunningServer } from './harness';
import { signInAs } from './test-accounts';

export const TEST_PASSWORD = 'correct-horse-battery-7';

/** Runs `npm run user -- …args` in process; resolves to what it printed, or throws its error line. */
export async function userCommand(dataDir: string, args: string[], input = ''): Promise<{ out: string; err: string }> {
	let out = '';
	let err = '';
	const status = await userMain(
		args,
		{
			io: { out: (text) => void (out += text), err: (text) => void (err += text) },
			input: Readable.from([input]),
			prompt: new Writable({ write: (_chunk, _encoding, done) => done() })
		},
		{ ...process.env, DATA_DIR: dataDir }
	);
	if (status !== 0) throw new Error(`npm run user -- ${args.join(' ')}: ${err.trim()}`);
	return { out, err };
}

export async function addAccount(dataDir: string, name: string, role: Role): Promise<void> {
	await userCommand(dataDir, ['add', name, '--role', role], `${TEST_PASSWORD}\n`);
}

/** A new API token for `name`, and its id (which the command names on standard error). */
export async function issueToken(dataDir: string, name: string): Promise<{ token: string; id: string }> {
	const { out, err } = await userCommand(dataDir, ['token', name]);
	const id = /^token (\S+) for /m.exec(err)?.[1];
	if (!id) throw new Error(`npm run user -- token ${name} named no token id: ${err}`);
	return { token: out.trim(), id };
}

/** Signs in by name and password (the sign-in page's form); the Cookie header that carries the session. */
export async function signIn(server: RunningServer, name: string, password = TEST_PASSWORD): Promise<string> {
	const cookie = await signInAs(server.url, name, password);
	if (!cookie) throw new Error(`could not sign in as ${name}`);
	return cookie;
}
