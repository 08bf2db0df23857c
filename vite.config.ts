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
		testTimeout: 60_000
	}
});
