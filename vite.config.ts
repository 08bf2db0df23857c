import { sveltekit } from '@sveltejs/kit/vite';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { defineConfig } from 'vitest/config';
import { nodeWorker } from './scripts/vite-node-worker.mjs';

export default defineConfig({
	plugins: [
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			strategy: ['url', 'cookie', 'preferredLanguage', 'baseLocale']
		}),
		nodeWorker({ libDir: 'src/lib' }),
		sveltekit()
	],
	worker: { format: 'es' },
	test: {
		include: ['src/**/*.test.ts', 'bench/**/*.test.ts', 'tests/server/**/*.test.ts'],
		globalSetup: ['tests/server/global-setup.ts', 'tests/server/postgres-setup.ts'],
		environment: 'node',
		// Two files at once even on two cores (Vitest's default there is one): the server tests spend
		// most of their time waiting on the servers and CLIs they start (the suite: 3.6 min with two,
		// about 5 with one, on this machine).
		maxWorkers: 2,
		testTimeout: 60_000
	}
});
