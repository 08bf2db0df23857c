// Vitest global setup: the server tests run the real production build (`node build`), so it is
// rebuilt once before them when it is missing or older than its sources. Runs that select no
// server test skip this, so unit-test runs do not pay for a build.

import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildIfStale } from '../../src/node/build-if-stale.mjs';

export default async function setup(project: TestProject): Promise<void> {
	// The CLI's file filters are not on the public API; without them, assume the server tests run.
	const filters = (project.vitest as unknown as { filenamePattern?: string[] }).filenamePattern;
	const { testFiles } = await project.globTestFiles(filters);
	const serverTests = `${path.sep}tests${path.sep}server${path.sep}`;
	if (!testFiles.some((file) => file.includes(serverTests))) return;
	const status: number = buildIfStale();
	if (status !== 0) throw new Error(`vite build failed (exit ${status}); the server tests need build/`);
}
