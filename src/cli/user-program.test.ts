// `npm run user` in process, on every backend: accounts, tokens and their audit rows land in the
// configured database (DATA_DIR's SQLite file, or DATABASE_URL's PostgreSQL).

import { Readable, Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testBackends, type TestDatabase } from '$lib/server/db/test-databases';
import { userMain } from './user-program';

describe.each(testBackends())('npm run user on $name', (backend) => {
	let opened: TestDatabase;
	beforeEach(async () => {
		opened = await backend.open();
	});
	afterEach(() => opened.close());

	async function user(args: string[], input = ''): Promise<{ status: number; out: string; err: string }> {
		let out = '';
		let err = '';
		const status = await userMain(
			args,
			{
				io: { out: (t) => (out += t), err: (t) => (err += t) },
				input: Readable.from([input]),
				prompt: new Writable({ write: (_chunk, _encoding, done) => done() })
			},
			opened.env
		);
		return { status, out, err };
	}

	it('makes an account and a token in the configured database, each change audited', async () => {
		expect((await user(['add', 'nadia', '--role', 'analyst'], 'a long passphrase\n')).status).toBe(0);
		const issued = await user(['token', 'nadia', '--label', 'nightly']);
		expect(issued.status).toBe(0);
		const token = issued.out.trim();
		expect(token).toMatch(/^sdk_/);
		const listed = await user(['tokens', 'nadia']);
		expect(listed.out).toContain('nightly');
		const [id] = listed.out.split('\n')[1].split(/\s+/);
		expect((await user(['revoke', id])).status).toBe(0);
		const again = await user(['revoke', id]);
		expect([again.status, again.err]).toEqual([1, expect.stringContaining('no live token')]);

		expect(await opened.database.accounts.userCount()).toBe(1);
		const tokens = await opened.database.tokens.list();
		expect(tokens).toEqual([expect.objectContaining({ id, label: 'nightly', revokedAt: expect.any(String) })]);
		const audit = (await opened.database.audit.read({ limit: 10 })).entries;
		expect(audit.map((e) => e.action)).toEqual(['token.revoke', 'token.create', 'user.create']);
		expect(audit[0].actor.name).toMatch(/^command line \(/);
	});
});
