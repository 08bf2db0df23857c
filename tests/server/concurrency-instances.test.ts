// Two app instances on one database behave as one server (issue 13 point 3), on SQLite (two
// processes on one DATA_DIR) and on PostgreSQL (one DATABASE_URL, a DATA_DIR each): a session made
// on one is known on the other, and signing out, disabling the account or revoking a token on one
// refuses it on the other at once; a rate limit (the app's, better-auth's sign-in limit) is counted
// once, not once per instance; a page the
// one keeps is forgotten when the other writes.

import { Readable, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userMain } from '../../src/cli/user-program';
import { testBackends } from '../../src/lib/server/db/test-databases';
import { TEST_PASSWORD } from './accounts';
import { deploy, type Deployment } from './deployments';
import { ANONYMOUS, baselineScenario, request, type RunningServer } from './harness';
import { signInAs } from './test-accounts';

/** Writes per account before the limit, on these instances (no refill). */
const WRITE_BURST = 4;

describe.each(testBackends())('two instances on one $name database', (backend) => {
	let deployment: Deployment;
	let a: RunningServer;
	let b: RunningServer;

	beforeAll(async () => {
		deployment = await deploy(backend);
		// Pages kept for a minute, so that only a write can make them go; writes limited per account.
		const env = { PAGE_CACHE_MS: '60000', RATE_WRITE_BURST: String(WRITE_BURST), RATE_WRITE_PER_SECOND: '0' };
		a = await deployment.start(env);
		b = await deployment.start(env);
	}, 60_000);
	afterAll(() => deployment?.close(), 30_000);

	/** `npm run user -- …args` on the deployment's database, in process. */
	async function user(args: string[], input = ''): Promise<string> {
		let out = '';
		let err = '';
		const io = { out: (text: string) => void (out += text), err: (text: string) => void (err += text) };
		const prompt = new Writable({ write: (_chunk, _encoding, done) => done() });
		const status = await userMain(
			args,
			{ io, input: Readable.from([input]), prompt },
			{
				...process.env,
				...deployment.opened.env
			}
		);
		if (status !== 0) throw new Error(`npm run user -- ${args.join(' ')}: ${err}`);
		return out.trim();
	}

	async function signIn(server: RunningServer, name: string): Promise<string> {
		const cookie = await signInAs(server.url, name, TEST_PASSWORD);
		if (!cookie) throw new Error(`could not sign in as ${name} on ${server.url}`);
		return cookie;
	}

	const list = (server: RunningServer, credentials: Record<string, string>) =>
		request(`${server.url}/api/scenarios`, 'GET', undefined, credentials);

	it('knows a session made on the other instance, and refuses it there once signed out or disabled', async () => {
		await user(['add', 'roaming', '--role', 'analyst'], `${TEST_PASSWORD}\n`);
		const first = await signIn(a, 'roaming');
		expect((await list(b, { cookie: first })).status).toBe(200);
		// Signed out on A: no one on B.
		const out = await fetch(`${a.url}/signin?/signout`, {
			method: 'POST',
			headers: { cookie: first, origin: a.url, accept: 'text/html' },
			body: new URLSearchParams(),
			redirect: 'manual'
		});
		await out.arrayBuffer();
		expect((await list(a, { cookie: first })).status).toBe(401);
		expect((await list(b, { cookie: first })).status).toBe(401);

		// Disabled by an admin on A: its session and its token are refused on B.
		const second = await signIn(b, 'roaming');
		const token = (await user(['token', 'roaming'])).split('\n').at(-1) ?? '';
		expect((await list(a, { cookie: second })).status).toBe(200);
		expect((await list(b, { authorization: `Bearer ${token}` })).status).toBe(200);
		const [row] = await deployment.opened.query<{ id: string }>(`SELECT id FROM "user" WHERE username = 'roaming'`);
		const ban = await request(`${a.url}/api/auth/admin/ban-user`, 'POST', { userId: row.id });
		expect(ban.status).toBe(200);
		expect((await list(b, { cookie: second })).status).toBe(401);
		expect((await list(b, { authorization: `Bearer ${token}` })).status).toBe(401);
	});

	it('counts a limit once across the instances', async () => {
		await user(['add', 'limited', '--role', 'analyst'], `${TEST_PASSWORD}\n`);
		const cookies = [await signIn(a, 'limited'), await signIn(b, 'limited')];
		const create = (i: number) =>
			request(`${[a, b][i % 2].url}/api/scenarios`, 'POST', baselineScenario(), { cookie: cookies[i % 2] });
		const statuses: number[] = [];
		for (let i = 0; i < WRITE_BURST; i++) statuses.push((await create(i)).status);
		expect(statuses).toEqual(Array(WRITE_BURST).fill(201));
		// Each instance alone has seen half the burst; together they have seen all of it.
		const refused = [await create(0), await create(1)];
		expect(refused.map((r) => r.status)).toEqual([429, 429]);
		expect(Number(refused[0].headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
	});

	it("counts better-auth's sign-in limit once across the instances", async () => {
		// Wrong passwords from one address, to each instance in turn, until one is refused. Alone,
		// each instance would allow 30 a minute (60 together); shared, the bucket of 30 (fewer after
		// this file's sign-ins) runs out, refilled at half a token a second.
		const started = Date.now();
		let tries = 0;
		let refusedAt = 0;
		while (!refusedAt && tries < 70) {
			const server = [a, b][tries++ % 2];
			const body = { username: 'nobody', password: 'not the password' };
			const answer = await request(`${server.url}/api/auth/sign-in/username`, 'POST', body, ANONYMOUS);
			if (answer.status === 429) refusedAt = tries;
			else expect(answer.status).toBe(401);
		}
		const seconds = (Date.now() - started) / 1000;
		expect(refusedAt).toBeGreaterThan(0);
		expect(refusedAt).toBeLessThanOrEqual(31 + Math.ceil(seconds / 2));
	});

	it('forgets a page it keeps when the other instance writes', async () => {
		const created = await request(`${a.url}/api/scenarios`, 'POST', baselineScenario());
		expect(created.status).toBe(201);
		const { id } = (created.json as { scenario: { id: string } }).scenario;
		const page = `/compare?s=${encodeURIComponent('preset:russia-dprk/baseline')}&s=${encodeURIComponent(`saved:${id}`)}`;
		const title = baselineScenario().title as { en: string };
		const first = await request(`${b.url}${page}`, 'GET');
		expect(first.status).toBe(200);
		expect(first.text).toContain(title.en);
		// Kept on B (asked again, the same bytes) …
		expect((await request(`${b.url}${page}`, 'GET')).text).toBe(first.text);
		// … until A renames the scenario: B's next answer has the new title.
		const renamed = await request(`${a.url}/api/scenarios/${id}/rename`, 'POST', {
			title: { en: 'Renamed on the other instance', ar: 'أعيدت تسميته' },
			baseRevision: 1
		});
		expect(renamed.status).toBe(200);
		expect((await request(`${b.url}${page}`, 'GET')).text).toContain('Renamed on the other instance');
	});
});
