import { describe, expect, it } from 'vitest';
import { readSetup, readSignIn } from './credentials';

function form(fields: Record<string, string>): FormData {
	const data = new FormData();
	for (const [key, value] of Object.entries(fields)) data.set(key, value);
	return data;
}

const good = { name: ' maryam ', password: 'long enough pw', passwordAgain: 'long enough pw' };

describe('the set-up form', () => {
	it('takes a name (trimmed) and a password given twice', () => {
		expect(readSetup(form(good))).toEqual({
			ok: true,
			form: { name: 'maryam', password: 'long enough pw', passwordAgain: 'long enough pw' }
		});
		expect(readSetup(form({ ...good, name: 'سارة' })).ok).toBe(true);
	});

	it('names the first problem and keeps the name typed', () => {
		expect(readSetup(form({ ...good, name: 'two words' }))).toEqual({ ok: false, name: 'two words', problem: 'name' });
		expect(readSetup(form({ ...good, name: 'x' }))).toMatchObject({ problem: 'name' });
		expect(readSetup(form({ ...good, name: 'a'.repeat(41) }))).toMatchObject({ problem: 'name' });
		expect(readSetup(form({ ...good, password: 'short', passwordAgain: 'short' }))).toMatchObject({
			name: 'maryam',
			problem: 'password'
		});
		expect(readSetup(form({ ...good, passwordAgain: 'long enough pw!' }))).toMatchObject({ problem: 'mismatch' });
		expect(readSetup(form({}))).toMatchObject({ problem: 'name' });
	});
});

describe('the sign-in form', () => {
	it('reads missing fields as empty, never throws on them', () => {
		expect(readSignIn(form({}))).toEqual({ name: '', password: '', returnTo: undefined });
		expect(readSignIn(form({ name: 'n'.repeat(100_000), password: 'p'.repeat(100_000) })).password.length).toBe(1001);
		expect(readSetup(form({ ...good, password: 'p'.repeat(100_000) }))).toMatchObject({ problem: 'password' });
		expect(readSignIn(form({ name: ' ana ', password: 'p', returnTo: '/x' }))).toEqual({
			name: 'ana',
			password: 'p',
			returnTo: '/x'
		});
	});
});
