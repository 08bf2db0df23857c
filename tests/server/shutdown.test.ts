// Stopping the server: SIGTERM (a service manager's stop, a deploy) ends the process on its own,
// even after it has run simulations in its worker threads — which it did not, once, because an
// idle worker kept the event loop alive (src/lib/server/compute/pool.ts). And a stop in the middle
// of saves (src/lib/server/lifecycle/shutdown.ts): each save under way at the signal is answered
// and kept, no new connection is taken, the process exits 0 — on SQLite and on PostgreSQL.

import { afterAll, describe, expect, it } from 'vitest';
import type { RevisionListResponse, SavedRevisionResponse, ScenarioResponse } from '../../src/lib/api/types';
import { testBackends } from '../../src/lib/server/db/test-databases';
import { adminToken } from '../../src/node/admin-token';
import { baselineScenario, request, startServer, tempDataDir, type RunningServer } from './harness';
import { holdSave } from './shutdown-saves';
import { adminCookieFor } from './test-accounts';

describe('stopping the server', () => {
	const data = tempDataDir('shutdown-');
	afterAll(() => data.remove());

	it('ends on SIGTERM with status 0 after it has simulated pages in its worker threads', async () => {
		const auth = { authorization: `Bearer ${adminToken(data.dir)}` };
		const server = await startServer({ dataDir: data.dir });
		for (const path of ['/', '/?scenario=deepening-alliance', '/compare']) {
			const page = await fetch(`${server.url}${path}`, { headers: auth });
			await page.arrayBuffer();
			expect(page.status, path).toBe(200);
		}
		const ended = new Promise<number | null>((resolve) => server.process.once('exit', (code) => resolve(code)));
		server.process.kill('SIGTERM');
		// Within the harness's grace (5 s, then SIGKILL): a SIGKILL would end it with code null.
		expect(await ended).toBe(0);
	}, 60_000);
});

const CASES = testBackends().flatMap((backend) =>
	(backend.name === 'sqlite' ? (['SIGTERM', 'SIGINT'] as const) : (['SIGTERM'] as const)).map((signal) => ({
		backend,
		name: backend.name,
		signal
	}))
);

const SAVES = 12;

function exitOf(server: RunningServer): Promise<{ code: number | null; at: number }> {
	return new Promise((resolve) => server.process.once('exit', (code) => resolve({ code, at: Date.now() })));
}

describe.each(CASES)('stopping on $name with $signal in the middle of saves', ({ backend, signal }) => {
	it('answers and keeps every save under way, takes no new connection, exits 0', async () => {
		const opened = await backend.open();
		// Instances on PostgreSQL must share a session secret (auth/secret.ts).
		const env = { ...opened.env, BETTER_AUTH_SECRET: 'shutdown-test-secret-of-32-characters', SHUTDOWN_TIMEOUT: '20' };
		let server = await startServer({ dataDir: opened.dataDir, env });
		try {
			const ids: string[] = [];
			for (let i = 0; i < SAVES; i++) {
				const created = await request(`${server.url}/api/scenarios`, 'POST', { scenario: baselineScenario() });
				expect(created.status).toBe(201);
				ids.push((created.json as ScenarioResponse).scenario.id);
			}
			const headers = { cookie: adminCookieFor(server.url) ?? '', origin: server.url };
			const notes = ids.map((_, i) => `saved while stopping, ${i}`);
			const held = ids.map((id, i) =>
				holdSave(
					`${server.url}/api/scenarios/${id}`,
					JSON.stringify({ baseRevision: 1, scenario: baselineScenario(), note: notes[i] }),
					headers
				)
			);
			// Every request has reached the server and waits for its last bytes.
			await new Promise((resolve) => setTimeout(resolve, 500));
			const exited = exitOf(server);
			const signalledAt = Date.now();
			server.process.kill(signal);
			await new Promise((resolve) => setTimeout(resolve, 300));
			// The listener is closed: a new connection is refused, not queued.
			await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
			const answers = await Promise.allSettled(held.map((save) => save.finish()));
			const failed = answers.filter((a) => a.status === 'rejected');
			expect(failed, String(failed.map((f) => (f as PromiseRejectedResult).reason))).toEqual([]);
			for (const answer of answers) {
				const { status, json } = (answer as PromiseFulfilledResult<{ status: number; json: unknown }>).value;
				expect(status, JSON.stringify(json)).toBe(200);
				expect((json as SavedRevisionResponse).revision.revision).toBe(2);
			}
			const { code, at } = await exited;
			expect(code).toBe(0);
			// Long before SHUTDOWN_TIMEOUT (20 s): it ends once the last answer has gone.
			expect(at - signalledAt).toBeLessThan(10_000);
			expect(server.output()).toContain(`${signal}: no new connections`);
			expect(server.output()).toContain('stopped: every request answered');

			// Started again on the same database: every acknowledged save is there.
			server = await startServer({ dataDir: opened.dataDir, env });
			for (const [i, id] of ids.entries()) {
				const history = await request(`${server.url}/api/scenarios/${id}/revisions`, 'GET');
				expect(history.status).toBe(200);
				const revisions = (history.json as RevisionListResponse).revisions;
				expect(revisions.map((r) => [r.revision, r.note])).toEqual([
					[2, notes[i]],
					[1, '']
				]);
			}
		} finally {
			await server.stop();
			await opened.close();
		}
	}, 90_000);
});
