// Builds the app (vite build) when build/ is missing or older than any of its sources. Shared by
// `npm start`, `npm test`, the server and browser tests, the benchmarks and `npm run brief`, so
// one build serves them all. Plain JavaScript: scripts/ and playwright.config.ts run it as is.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Paths are the project's, wherever the command was started from.
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BUILT = path.join(ROOT, 'build', 'index.js');
const SOURCES = [
	'src',
	'static',
	'messages',
	'scenarios',
	'project.inlang/settings.json',
	'svelte.config.js',
	'vite.config.ts',
	'package.json'
];
// Generated on every vite start (from messages/), and tests are not part of the build.
const IGNORED = new Set([path.join(ROOT, 'src', 'lib', 'paraglide')]);

/**
 * Newest modification among files (a folder's own time moves when generated files change).
 * @param {string} file
 * @returns {number}
 */
function newestChange(file) {
	if (IGNORED.has(file) || file.endsWith('.test.ts')) return 0;
	const stat = statSync(file);
	if (!stat.isDirectory()) return stat.mtimeMs;
	return readdirSync(file).reduce(
		(/** @type {number} */ newest, name) => Math.max(newest, newestChange(path.join(file, name))),
		0
	);
}

/** @returns {boolean} */
export function buildIsStale() {
	if (!existsSync(BUILT)) return true;
	const built = statSync(BUILT).mtimeMs;
	return SOURCES.map((s) => path.join(ROOT, s))
		.filter((s) => existsSync(s))
		.some((s) => newestChange(s) > built);
}

/**
 * Returns the build's exit status (0 when nothing had to be done).
 * @returns {number}
 */
export function buildIfStale() {
	if (!buildIsStale()) return 0;
	console.log('Building Scenario Desk (vite build)…');
	// A production build whoever asks: under vitest NODE_ENV is 'test', with which Vite resolves the
	// 'development' export condition, so `dev` from $app/environment would be true in the server
	// the tests run — not the one deployed.
	return (
		spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
			cwd: ROOT,
			stdio: 'inherit',
			env: { ...process.env, NODE_ENV: 'production' }
		}).status ?? 1
	);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exit(buildIfStale());
