// The new account's password: read from standard input, never from the command line (where
// `ps` and the shell's history would keep it). At a terminal it is asked for twice without
// echo; from a pipe the first line is taken. Weak ones are refused before anything is written.

import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../lib/server/auth/instance';
import { UsageError } from './args';

/** Fewer different characters than this is a pattern ("aaaaaaaaaa", "1212121212"), not a password. */
const MIN_DISTINCT_CHARACTERS = 5;

export function passwordProblem(name: string, password: string): string | null {
	if (password.length === 0) return 'no password on standard input (pipe one line, or type it at the prompt)';
	const length = [...password].length;
	if (length < MIN_PASSWORD_LENGTH)
		return `the password must be at least ${MIN_PASSWORD_LENGTH} characters (got ${length})`;
	if (length > MAX_PASSWORD_LENGTH) return `the password must be at most ${MAX_PASSWORD_LENGTH} characters`;
	if (new Set(password).size < MIN_DISTINCT_CHARACTERS)
		return `the password is too simple: use at least ${MIN_DISTINCT_CHARACTERS} different characters`;
	if (password.toLowerCase().includes(name.toLowerCase())) return 'the password must not contain the account name';
	return null;
}

async function firstLine(input: Readable): Promise<string> {
	const lines = createInterface({ input, crlfDelay: Infinity });
	for await (const line of lines) {
		lines.close();
		return line;
	}
	return '';
}

/** One line typed at a terminal, with the keystrokes not echoed. */
async function hiddenLine(input: Readable, output: Writable, prompt: string): Promise<string> {
	output.write(prompt);
	const lines = createInterface({ input, output, terminal: true });
	// readline echoes through _writeToOutput: swallow it while the password is typed.
	(lines as unknown as { _writeToOutput: (text: string) => void })._writeToOutput = () => {};
	return new Promise((resolve) => {
		lines.once('line', (line) => {
			output.write('\n');
			lines.close();
			resolve(line);
		});
		lines.once('close', () => resolve(''));
	});
}

export async function readPassword(
	name: string,
	input: Readable & { isTTY?: boolean },
	prompt: Writable
): Promise<string> {
	let password: string;
	if (input.isTTY) {
		password = await hiddenLine(input, prompt, `Password for ${name}: `);
		const again = await hiddenLine(input, prompt, 'Again: ');
		if (again !== password) throw new UsageError('the two passwords differ; nothing was changed');
	} else {
		password = await firstLine(input);
	}
	const problem = passwordProblem(name, password);
	if (problem) throw new UsageError(problem);
	return password;
}
