// `npm test`: lint, type check and build (two lanes at once), then unit, property and server tests
// (vitest), then browser tests (Playwright in Debian's Chromium). Installs Chromium from Debian's packages when missing and we are root.
import { spawn, spawnSync } from 'node:child_process';
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

const suiteStarted = Date.now();
/** @param {number} since */
const seconds = (since) => `${Math.round((Date.now() - since) / 1000)} s`;

/**
 * Runs the steps one after another, its output kept until the lane ends (two lanes run at once,
 * and interleaved lines of prettier, eslint and svelte-check would be unreadable).
 * @param {string} name
 * @param {[string, string[]][]} steps
 * @returns {Promise<{ name: string, status: number, output: string }>}
 */
async function lane(name, steps) {
	let output = '';
	for (const [command, args] of steps) {
		const started = Date.now();
		const status = await new Promise((resolve) => {
			const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
			child.stdout.on('data', (chunk) => (output += chunk));
			child.stderr.on('data', (chunk) => (output += chunk));
			child.on('close', (code) => resolve(code ?? 1));
		});
		output += `(${args[0] === '-e' ? 'build' : args[0]}: ${seconds(started)})\n`;
		if (status !== 0) return { name, status, output };
	}
	return { name, status: 0, output };
}

// Lint, types and the build first, in two lanes: each tool is mostly one thread, and the machine
// has two cores. The generated types are made once before, so the lanes never both write them.
// Only svelte-check holds the code to strict TypeScript (Vite's build strips types unchecked).
const synced = run('npx', ['svelte-kit', 'sync']);
if (synced !== 0) process.exit(synced);
const lanes = await Promise.all([
	lane('lint', [
		['npx', ['prettier', '--check', '.']],
		['npx', ['eslint', '.', '--max-warnings', '0']]
	]),
	lane('types, then the build', [
		['npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--threshold', 'error']],
		['node', ['-e', 'import("./src/node/build-if-stale.mjs").then((m) => process.exit(m.buildIfStale()))']]
	])
]);
for (const { name, status, output } of lanes) {
	console.log(`── ${name}: ${status === 0 ? 'passed' : `failed (exit ${status})`}`);
	process.stdout.write(output);
}
const failed = lanes.find((l) => l.status !== 0);
if (failed) process.exit(failed.status);

console.log(`── lint, types and build: ${seconds(suiteStarted)}`);
const unitStarted = Date.now();
const unit = run('npx', ['vitest', 'run']);
console.log(`── vitest: ${seconds(unitStarted)}`);
if (unit !== 0) process.exit(unit);
const chromium = ensureChromium();
const browserStarted = Date.now();
const browser = run('npx', ['playwright', 'test'], { ...process.env, CHROMIUM_PATH: chromium });
console.log(`── playwright: ${seconds(browserStarted)}; npm test: ${seconds(suiteStarted)}`);
process.exit(browser);
