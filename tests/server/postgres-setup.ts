// Vitest global setup: a throwaway PostgreSQL cluster (src/node/pg-cluster.ts) for the tests that
// run against both backends (src/lib/server/db/test-databases.ts), when any of them is selected.
// Its URL reaches the tests through `inject('postgresUrl')`; it is stopped and removed at the end.
// Without PostgreSQL installed, those tests run on SQLite only, and this says so.

import { readFileSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { postgresBinDir, startPgCluster } from '../../src/node/pg-cluster';

declare module 'vitest' {
	export interface ProvidedContext {
		/** The throwaway cluster's URL (its `postgres` database); null when PostgreSQL is not installed. */
		postgresUrl: string | null;
	}
}

/** The marker of a test that runs on both backends: it imports the test databases. */
const BOTH_BACKENDS = /test-databases['"]/;

export default async function setup(project: TestProject): Promise<(() => void) | void> {
	project.provide('postgresUrl', null);
	const filters = (project.vitest as unknown as { filenamePattern?: string[] }).filenamePattern;
	const { testFiles } = await project.globTestFiles(filters);
	if (!testFiles.some((file) => BOTH_BACKENDS.test(readFileSync(file, 'utf8')))) return;
	const bin = postgresBinDir();
	if (!bin) {
		console.log('PostgreSQL not installed: the PostgreSQL store tests are skipped');
		return;
	}
	const cluster = await startPgCluster(bin);
	project.provide('postgresUrl', cluster.url);
	return () => cluster.stop();
}
