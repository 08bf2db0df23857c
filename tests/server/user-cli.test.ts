// `npm run user` as an administrator runs it — a separate process on DATA_DIR's database while
// the server runs — and what it makes, seen through the server: the token it prints works as
// `Authorization: Bearer`, stops working once revoked or its account disabled, and every change
// (the CLI's and the token's writes) is in the audit log under the right name.

import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baselineScenario, request, startServer, tempDataDir, type RunningServer } from './harness';
import { signIn, TEST_PASSWORD } from './accounts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const data = tempDataDir('scenario-desk-user-cli-');
let server: RunningServer;

interface Run {
	status: number | null;
	out: string;
	err: string;
}

/** Spawns the command as `npm run user` does (tsx), with `input` on its standard input. */
function user(args: string[], input = ''): Promise<Run> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli/user.ts'), ...args], {
			cwd: ROOT,
			env: { ...process.env, DATA_DIR: data.dir }
		});
		let out = '';
		let err = '';
		child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
		child.on('error', reject);
		child.on('close', (status) => resolve({ status, out, err }));
		child.stdin.end(input);
	});
}

const scenarios = () => `${server.url}/api/scenarios`;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

beforeAll(async () => {
	server = await startServer({ dataDir: data.dir });
}, 30_000);

afterAll(async () => {
	await server?.stop();
	data.remove();
}, 15_000);

describe('npm run user', () => {
	it('explains itself and refuses bad input in one line, exit 1', async () => {
		const help = await user(['--help']);
		expect([help.status, help.out]).toEqual([0, expect.stringContaining('add NAME --role ROLE')]);
		const weak = await user(['add', 'weak', '--role', 'analyst'], 'short\n');
		expect([weak.status, weak.err]).toEqual([1, 'user: the password must be at least 10 characters (got 5)\n']);
		const empty = await user(['add', 'weak', '--role', 'analyst']);
		expect(empty.err).toMatch(/^user: no password on standard input/);
		const role = await user(['add', 'weak', '--role', 'owner'], `${TEST_PASSWORD}\n`);
		expect(role.err).toBe('user: --role must be one of viewer, analyst, admin (got "owner")\n');
		expect((await user(['list'])).out).not.toContain('weak');
	}, 60_000);

	it('makes an account whose token acts as it until revoked', async () => {
		expect((await user(['add', 'Rania', '--role', 'analyst'], `${TEST_PASSWORD}\n`)).out).toBe(
			'added Rania (analyst)\n'
		);
		const issued = await user(['token', 'rania', '--label', 'nightly export']);
		expect(issued.status).toBe(0);
		const token = issued.out.trim();
		const id = /^token (\S+) for Rania/.exec(issued.err)?.[1] ?? '';
		expect(token).toMatch(/^\S{20,}$/);

		expect((await request(scenarios(), 'GET', undefined, bearer(token))).status).toBe(200);
		const created = await request(scenarios(), 'POST', baselineScenario(), bearer(token));
		expect(created.status).toBe(201);

		const listed = await user(['tokens', 'Rania']);
		expect(listed.out).toContain(id);
		expect(listed.out).toContain('nightly export');
		expect(listed.out).not.toContain(token);

		expect((await user(['revoke', id])).out).toBe(`token ${id} is revoked\n`);
		expect((await request(scenarios(), 'GET', undefined, bearer(token))).status).toBe(401);
		expect((await user(['revoke', id])).status).toBe(1);
	}, 120_000);

	it('changes roles, disables and enables, as the server then sees', async () => {
		await user(['add', 'omar', '--role', 'viewer'], `${TEST_PASSWORD}\n`);
		const token = (await user(['token', 'omar'])).out.trim();
		expect((await request(scenarios(), 'POST', baselineScenario(), bearer(token))).status).toBe(403);
		expect((await user(['role', 'omar', 'analyst'])).out).toBe('omar is now analyst\n');
		expect((await request(scenarios(), 'POST', baselineScenario(), bearer(token))).status).toBe(201);

		const cookie = await signIn(server, 'omar');
		expect((await user(['disable', 'omar'])).status).toBe(0);
		expect((await request(scenarios(), 'GET', undefined, bearer(token))).status).toBe(401);
		expect((await request(scenarios(), 'GET', undefined, { cookie })).status).toBe(401);
		expect((await user(['list'])).out).toMatch(/^omar\s+analyst\s+disabled\s/m);
		await user(['enable', 'omar']);
		expect((await request(scenarios(), 'GET', undefined, bearer(token))).status).toBe(200);
	}, 120_000);

	it('leaves every change in the audit log, under who made it', async () => {
		await user(['add', 'auditor', '--role', 'admin'], `${TEST_PASSWORD}\n`);
		const cookie = await signIn(server, 'auditor');
		const page = await fetch(`${server.url}/admin/audit?action=scenario.create`, { headers: { cookie } });
		expect(page.status).toBe(200);
		const html = await page.text();
		expect(html).toMatch(/<td[^>]*>Rania<\/td>/);
		expect(html).toMatch(/<td[^>]*>omar<\/td>/);
		const cli = await fetch(`${server.url}/admin/audit?action=token.revoke`, { headers: { cookie } });
		expect(await cli.text()).toMatch(/command line \(/);

		// A role changed over HTTP by an admin, through better-auth's admin endpoint, is recorded too.
		const found = await request(
			`${server.url}/api/auth/admin/list-users?searchField=name&searchValue=omar`,
			'GET',
			undefined,
			{
				cookie
			}
		);
		const omar = (found.json as { users: { id: string }[] }).users[0];
		const changed = await request(
			`${server.url}/api/auth/admin/set-role`,
			'POST',
			{ userId: omar.id, role: 'viewer' },
			{ cookie, origin: server.url }
		);
		expect(changed.status).toBe(200);
		const roles = await fetch(`${server.url}/admin/audit?action=user.role`, { headers: { cookie } });
		const rows = await roles.text();
		expect(rows).toMatch(/<td[^>]*>auditor<\/td>[^]*user:omar/);
		expect(rows).toMatch(/command line \([^]*user:omar/);
	}, 60_000);
});
