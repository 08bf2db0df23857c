// The built server on PostgreSQL (DATABASE_URL): accounts, saves, conflicts, the history and the
// audit log all in that database, nothing in DATA_DIR but the auth secret. Runs when the test
// run has a PostgreSQL cluster (tests/server/postgres-setup.ts); skipped, and said so, when not.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorResponse, RevisionListResponse, ScenarioResponse } from '../../src/lib/api/types';
import { postgresBackend, type TestDatabase } from '../../src/lib/server/db/test-databases';
import { baselineScenario, request, startServer, type RunningServer } from './harness';

const backend = postgresBackend();

describe.skipIf(!backend)('the server on PostgreSQL', () => {
	let opened: TestDatabase;
	let server: RunningServer;

	beforeAll(async () => {
		opened = await backend!.open();
		server = await startServer({
			dataDir: opened.dataDir,
			env: { DATABASE_URL: opened.env.DATABASE_URL, BETTER_AUTH_SECRET: 'postgres-server-test-secret-of-32-chars' }
		});
	}, 30_000);
	afterAll(async () => {
		await server?.stop();
		await opened?.close();
	}, 15_000);

	it('keeps accounts, scenarios, revisions and the audit log in PostgreSQL; a stale save is a 409', async () => {
		const created = await request(`${server.url}/api/scenarios`, 'POST', baselineScenario());
		expect(created.status).toBe(201);
		const { id } = (created.json as ScenarioResponse).scenario;
		const save = (base: number, note: string) =>
			request(`${server.url}/api/scenarios/${id}`, 'PUT', { baseRevision: base, scenario: baselineScenario(), note });
		expect((await save(1, 'mine')).status).toBe(200);
		const stale = await save(1, 'theirs');
		expect(stale.status).toBe(409);
		expect((stale.json as ErrorResponse & { current: { revision: number } }).current.revision).toBe(2);

		const history = await request(`${server.url}/api/scenarios/${id}/revisions`, 'GET');
		expect((history.json as RevisionListResponse).revisions.map((r) => [r.revision, r.author, r.note])).toEqual([
			[2, 'test-admin', 'mine'],
			[1, 'test-admin', '']
		]);
		const audit = await opened.query<{ action: string; outcome: string }>(
			`SELECT action, outcome FROM audit_log WHERE target LIKE 'scenario:${id}%' ORDER BY id`
		);
		expect(audit).toEqual([
			{ action: 'scenario.create', outcome: 'ok' },
			{ action: 'scenario.save', outcome: 'ok' },
			{ action: 'scenario.save', outcome: 'conflict' }
		]);
		expect(await opened.query(`SELECT username FROM "user"`)).toEqual([{ username: 'test-admin' }]);
		expect(existsSync(path.join(opened.dataDir, 'scenario-desk.sqlite'))).toBe(false);
	});
});
