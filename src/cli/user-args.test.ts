import { describe, expect, it } from 'vitest';
import { UsageError } from './args';
import { parseUserArgs } from './user-args';

function refusal(args: string[]): string {
	try {
		parseUserArgs(args);
	} catch (error) {
		expect(error).toBeInstanceOf(UsageError);
		return (error as Error).message;
	}
	throw new Error(`accepted ${args.join(' ')}`);
}

describe('npm run user arguments', () => {
	it('reads every command', () => {
		expect(parseUserArgs(['add', 'ana', '--role', 'analyst'])).toEqual({ name: 'add', user: 'ana', role: 'analyst' });
		expect(parseUserArgs(['add', '--role=admin', 'bo'])).toEqual({ name: 'add', user: 'bo', role: 'admin' });
		expect(parseUserArgs(['list'])).toEqual({ name: 'list' });
		expect(parseUserArgs(['role', 'ana', 'viewer'])).toEqual({ name: 'role', user: 'ana', role: 'viewer' });
		expect(parseUserArgs(['disable', 'ana'])).toEqual({ name: 'disable', user: 'ana' });
		expect(parseUserArgs(['enable', 'ana'])).toEqual({ name: 'enable', user: 'ana' });
		expect(parseUserArgs(['token', 'ana'])).toEqual({ name: 'token', user: 'ana' });
		expect(parseUserArgs(['token', 'ana', '--label', ' nightly export '])).toEqual({
			name: 'token',
			user: 'ana',
			label: 'nightly export'
		});
		expect(parseUserArgs(['tokens', 'ana'])).toEqual({ name: 'tokens', user: 'ana' });
		expect(parseUserArgs(['revoke', 'k1'])).toEqual({ name: 'revoke', tokenId: 'k1' });
	});

	it('shows the help for no command, help, --help and -h', () => {
		for (const args of [[], ['help'], ['--help'], ['add', 'ana', '-h']])
			expect(parseUserArgs(args)).toEqual({ name: 'help' });
	});

	it('refuses in one line naming what is wrong', () => {
		expect(refusal(['add', 'ana'])).toBe('--role needs a role: viewer, analyst, admin');
		expect(refusal(['add', 'ana', '--role', 'owner'])).toBe(
			'--role must be one of viewer, analyst, admin (got "owner")'
		);
		expect(refusal(['role', 'ana'])).toBe('role needs ROLE: role NAME ROLE');
		expect(refusal(['role', 'ana', 'root'])).toMatch(/^ROLE must be one of/);
		expect(refusal(['add'])).toBe('add needs NAME: add NAME');
		expect(refusal(['list', 'extra'])).toBe('too many arguments: list');
		expect(refusal(['revoke'])).toBe('revoke needs TOKEN-ID: revoke TOKEN-ID');
		expect(refusal(['drop', 'ana'])).toMatch(/^unknown command "drop"/);
		expect(refusal(['list', '--role', 'admin'])).toBe('list takes no --role');
		expect(refusal(['add', 'ana', '--role', 'admin', '--password', 'x'])).toMatch(/--password.*see --help/);
		expect(refusal(['token', 'ana', '--label', ''])).toBe('--label must be one line of text, not empty');
		expect(refusal(['token', 'ana', '--label', 'a\nb'])).toBe('--label must be one line of text, not empty');
		expect(refusal(['token', 'ana', '--label', 'x'.repeat(101)])).toBe('--label must be at most 100 characters');
	});
});
