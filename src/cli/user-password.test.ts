import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { passwordProblem, readPassword } from './user-password';

const nowhere = new Writable({ write: (_chunk, _encoding, done) => done() });

describe('the new account password', () => {
	it('accepts a long, varied password that is not the name', () => {
		expect(passwordProblem('ana', 'Salt-and-pepper 42')).toBeNull();
		expect(passwordProblem('سارة', 'كلمة سر طويلة جدا')).toBeNull();
	});

	it('refuses empty, short, repetitive and name-bearing ones, saying why', () => {
		expect(passwordProblem('ana', '')).toMatch(/^no password on standard input/);
		expect(passwordProblem('ana', 'Short1!')).toBe('the password must be at least 10 characters (got 7)');
		expect(passwordProblem('ana', 'x'.repeat(129) + 'abcde')).toBe('the password must be at most 128 characters');
		expect(passwordProblem('ana', '1212121212')).toMatch(/too simple/);
		expect(passwordProblem('Ana', 'my-ANA-password')).toBe('the password must not contain the account name');
	});

	it('takes the first line of a pipe, without its line ending', async () => {
		const input = Readable.from(['Salt-and-pepper 42\r\nsecond line\n']);
		expect(await readPassword('ana', input, nowhere)).toBe('Salt-and-pepper 42');
		await expect(readPassword('ana', Readable.from(['']), nowhere)).rejects.toThrow(/no password/);
	});
});
