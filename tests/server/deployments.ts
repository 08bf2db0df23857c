// Several app instances (`node build` processes) on one database, as a team deploys them: on
// SQLite, processes sharing one DATA_DIR (its file and its generated auth secret); on PostgreSQL,
// processes with one DATABASE_URL, each with a DATA_DIR of its own and the BETTER_AUTH_SECRET they
// must share (auth/secret.ts). For the server tests that hold on both backends (`describe.each`
// over testBackends(), which a test file must import itself so that the run starts a cluster).

import type { TestBackend, TestDatabase } from '../../src/lib/server/db/test-databases';
import { startServer, tempDataDir, type RunningServer } from './harness';
import { adminCookieFor } from './test-accounts';

export const SHARED_SECRET = 'instances-share-this-secret-0123456789';

export interface Deployment {
	name: TestBackend['name'];
	/** The database, also for reading it directly. */
	opened: TestDatabase;
	/** One more instance on the database; each is stopped by `close`. */
	start(env?: Record<string, string>): Promise<RunningServer>;
	close(): Promise<void>;
}

export async function deploy(backend: TestBackend): Promise<Deployment> {
	const opened = await backend.open();
	const started: RunningServer[] = [];
	const ownDirs: ReturnType<typeof tempDataDir>[] = [];
	return {
		name: backend.name,
		opened,
		async start(env = {}) {
			let dataDir = opened.dataDir;
			if (backend.name === 'postgres') {
				const own = tempDataDir();
				ownDirs.push(own);
				dataDir = own.dir;
			}
			const extra =
				backend.name === 'postgres' ? { DATABASE_URL: opened.env.DATABASE_URL, BETTER_AUTH_SECRET: SHARED_SECRET } : {};
			const server = await startServer({ dataDir, env: { ...extra, ...env } });
			started.push(server);
			// Every instance of a deployment acts as the one test admin: say so here rather than
			// as a 401 on the test's first write.
			if (!adminCookieFor(server.url)) throw new Error(`instance at ${server.url} could not sign the test admin in`);
			return server;
		},
		async close() {
			await Promise.all(started.map((s) => s.stop()));
			await opened.close();
			for (const dir of ownDirs) dir.remove();
		}
	};
}
