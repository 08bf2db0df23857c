import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from './src/node/find-chromium.mjs';
import { storageStateFile } from './tests/accounts';

// A port of this run's own (kept for the worker processes through the environment), so that two
// runs on one machine — a developer's and CI's — never meet on a fixed port.
const port = Number(process.env.TEST_PORT ?? 20000 + (process.pid % 20000));
process.env.TEST_PORT = String(port);
// A fresh database for every run: the browser tests save scenarios and count what they find.
const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'scenario-desk-e2e-'));
process.env.E2E_DATA_DIR = dataDir;

export default defineConfig({
	testDir: 'tests',
	// tests/server holds vitest suites that drive the built server; the browser tests are *.spec.ts.
	testMatch: '**/*.spec.ts',
	fullyParallel: false,
	// Three on two cores: a spec spends much of its time waiting on the server and the simulation
	// worker (130 specs: 5.6 min with three, 7.5 min with two, on this machine).
	workers: 3,
	retries: 0,
	timeout: 60_000,
	reporter: process.env.CI ? 'list' : 'line',
	// Makes the first admin through /setup, an analyst and a viewer; the specs run signed in as the admin.
	globalSetup: './tests/global-setup.ts',
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		storageState: storageStateFile('admin'),
		// The API takes writes from the app's own origin only; the `request` fixture, unlike a page,
		// sends no Origin of its own. (security.spec.ts shows that pages send it themselves.)
		extraHTTPHeaders: { origin: `http://127.0.0.1:${port}` },
		launchOptions: {
			executablePath: findChromium(),
			args: [
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--disable-quic',
				'--no-first-run'
			]
		}
	},
	webServer: {
		command: 'node src/node/build-if-stale.mjs && node build',
		url: `http://127.0.0.1:${port}`,
		timeout: 180_000,
		reuseExistingServer: false,
		env: {
			PORT: String(port),
			HOST: '127.0.0.1',
			DATA_DIR: dataDir,
			ORIGIN: `http://127.0.0.1:${port}`,
			BODY_SIZE_LIMIT: '1M'
		}
	}
});
