import { defineConfig } from '@playwright/test';
// @ts-expect-error a plain .mjs helper shared with the test script
import { findChromium } from './scripts/find-chromium.mjs';

const port = Number(process.env.TEST_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests',
	fullyParallel: false,
	workers: 2,
	retries: 0,
	timeout: 60_000,
	reporter: process.env.CI ? 'list' : 'line',
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		launchOptions: {
			executablePath: findChromium(),
			args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run']
		}
	},
	webServer: {
		command: `npx vite build --logLevel warn && node build`,
		url: `http://127.0.0.1:${port}`,
		timeout: 180_000,
		reuseExistingServer: false,
		env: { PORT: String(port), HOST: '127.0.0.1', DATA_DIR: 'test-results/data', ORIGIN: `http://127.0.0.1:${port}` }
	}
});
