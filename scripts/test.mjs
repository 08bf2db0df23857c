// `npm test`: lint and type check, unit, property and server tests (vitest), then browser tests (Playwright in
// Debian's Chromium). Installs Chromium from Debian's packages when missing and we are root.
import { spawnSync } from 'node:child_process';
import { buildIfStale } from '../src/node/build-if-stale.mjs';
import { findChromium } from '../src/node/find-chromium.mjs';

/**
 * @param {string} command
 * @param {string[]} args
 * @returns {number} the exit status
 */
function run(command, args, env = process.env) {
	const result = spawnSync(command, args, { stdio: 'inherit', env });
	return result.status ?? 1;
}

function ensureChromium() {
	let path = findChromium();
	if (path) return path;
	const root = typeof process.getuid === 'function' && process.getuid() === 0;
	if (root && spawnSync('which', ['apt-get']).status === 0) {
		console.log("Chromium not found: installing Debian's chromium package…");
		run('apt-get', ['update', '-qq']);
		run('apt-get', ['install', '-y', '-qq', 'chromium']);
		path = findChromium();
	}
	if (!path) {
		console.error('No Chromium found. Install one (Debian: apt-get install chromium) or set CHROMIUM_PATH.');
		process.exit(1);
	}
	return path;
}

// Lint first: it is the quickest to fail, and a formatting slip should not wait for the browser tests.
const lint = run('npm', ['run', '--silent', 'lint']);
if (lint !== 0) process.exit(lint);
// Then the types: Vite's build strips them without checking, so only svelte-check holds the code to strict TypeScript.
const types = run('npm', ['run', '--silent', 'check', '--', '--threshold', 'error']);
if (types !== 0) process.exit(types);

// One build serves the server tests (vitest) and the browser tests (Playwright).
const built = buildIfStale();
if (built !== 0) process.exit(built);
const unit = run('npx', ['vitest', 'run']);
if (unit !== 0) process.exit(unit);
const chromium = ensureChromium();
process.exit(run('npx', ['playwright', 'test'], { ...process.env, CHROMIUM_PATH: chromium }));
