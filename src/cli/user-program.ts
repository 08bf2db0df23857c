// `npm run user` as a function of its arguments and streams, so tests can run it in process.
// It opens the app's database itself (DATABASE_URL, or DATA_DIR's SQLite file in WAL mode: a
// running server is no obstacle) and every
// failure ends as one line on stderr with exit status 1 (USER_DEBUG=1 shows the stack).

import os from 'node:os';
import type { Readable, Writable } from 'node:stream';
import { authSettingsFromEnv, prepareAuth } from '../lib/server/auth/auth';
import { UsageError } from './args';
import { processIo, type Io } from './io';
import { parseUserArgs } from './user-args';
import { CommandError, executeUserCommand } from './user-commands';
import { USER_HELP } from './user-help';
import { readPassword } from './user-password';

export interface UserStreams {
	io: Io;
	input: Readable & { isTTY?: boolean };
	prompt: Writable;
}

const processStreams: UserStreams = { io: processIo, input: process.stdin, prompt: process.stderr };

/** better-auth's errors carry the reason in `body.message`; others in `message`. */
function reason(error: unknown): string {
	const body = (error as { body?: { message?: unknown } } | null)?.body;
	const text =
		typeof body?.message === 'string' ? body.message : error instanceof Error ? error.message : String(error);
	return text.split('\n')[0];
}

export async function userMain(
	args: readonly string[],
	streams: UserStreams = processStreams,
	env: NodeJS.ProcessEnv = process.env
): Promise<number> {
	const { io } = streams;
	let close: () => Promise<void> = async () => {};
	try {
		const command = parseUserArgs(args);
		if (command.name === 'help') {
			io.out(USER_HELP);
			return 0;
		}
		// No request ever reaches this instance: any base URL will do, and naming one keeps
		// better-auth from warning about it on every command.
		const settings = { ...authSettingsFromEnv(env) };
		settings.origin ??= 'http://localhost';
		close = () => settings.database.close();
		const { auth, database } = await prepareAuth(settings);
		await executeUserCommand(command, {
			auth,
			database,
			actor: { id: null, name: `command line (${os.userInfo().username})` },
			io,
			password: (name) => readPassword(name, streams.input, streams.prompt)
		});
		return 0;
	} catch (error) {
		const known = error instanceof UsageError || error instanceof CommandError;
		io.err(`user: ${known ? '' : 'failed: '}${reason(error)}\n`);
		if (env.USER_DEBUG && error instanceof Error && error.stack) io.err(`${error.stack}\n`);
		return 1;
	} finally {
		await close();
	}
}
