// Runs the unit and server tests (`vitest run`, the server tests against the built server) on
// Node 22 and 24, the LTS lines teams deploy on, while the machines themselves run Node 20.
// Each Node comes from the npm registry (other-nodes/node-release.mjs) and runs in a throwaway
// copy of the project whose better-sqlite3 is rebuilt for it (other-nodes/project-copy.mjs).
//
// Usage: node scripts/test-other-nodes.mjs [22] [24]   (npm run test:nodes; default: both)
// TEST_NODES_KEEP=1 keeps a failed run's copy for a look; otherwise every copy is removed.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfStale } from '../src/node/build-if-stale.mjs';
import { fetchNodeRelease, NODE_RELEASES, unsupportedPlatform } from './other-nodes/node-release.mjs';
import { copyProject, rebuildSqliteFor } from './other-nodes/project-copy.mjs';
import { runStoppable, stoppedBy, stoppedStatus, throwIfStopped } from './other-nodes/stoppable.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** @typedef {{ version: string, passed: number, failed: number, skipped: number, seconds: number }} Outcome */

/**
 * @param {'22' | '24'} major
 * @returns {Promise<Outcome>}
 */
async function testOn(major) {
	const started = Date.now();
	const { version } = NODE_RELEASES[major];
	const nodeHome = fetchNodeRelease(NODE_RELEASES[major], path.join(ROOT, 'node_modules', '.cache'));
	const node = path.join(nodeHome, 'bin', 'node');
	// First on PATH: what the tests spawn (`node build` through process.execPath, tsx through its
	// `#!/usr/bin/env node`) runs on this Node too, and node-gyp builds against its headers.
	const env = {
		...process.env,
		PATH: `${path.join(nodeHome, 'bin')}${path.delimiter}${process.env.PATH}`,
		npm_config_nodedir: nodeHome,
		JOBS: 'max'
	};
	const copy = copyProject(ROOT, `scenario-desk-node${major}`);
	const outcome = { version, passed: 0, failed: 0, skipped: 0, seconds: 0 };
	try {
		rebuildSqliteFor(copy, nodeHome, env);
		throwIfStopped();
		const ready = Math.round((Date.now() - started) / 1000);
		console.log(`\nNode ${version}: better-sqlite3 built (${ready} s); vitest run (unit and server tests)…`);
		const report = path.join(copy, 'vitest-report.json');
		const vitest = path.join(copy, 'node_modules', 'vitest', 'vitest.mjs');
		const args = [vitest, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`];
		const status = await runStoppable(node, args, { cwd: copy, env });
		const counts = existsSync(report) ? JSON.parse(readFileSync(report, 'utf8')) : {};
		outcome.passed = counts.numPassedTests ?? 0;
		outcome.skipped = (counts.numPendingTests ?? 0) + (counts.numTodoTests ?? 0);
		// A run that failed outside any test (a crash, a failed setup) counts as one failure.
		outcome.failed = counts.numFailedTests || (status === 0 ? 0 : 1);
	} finally {
		const failed = outcome.failed > 0 || outcome.passed === 0;
		if (failed && process.env.TEST_NODES_KEEP === '1') console.error(`Node ${version}: the copy is kept: ${copy}`);
		else rmSync(copy, { recursive: true, force: true });
	}
	outcome.seconds = Math.round((Date.now() - started) / 1000);
	return outcome;
}

const requested = process.argv.slice(2).length > 0 ? process.argv.slice(2) : Object.keys(NODE_RELEASES);
const majors = /** @type {('22' | '24')[]} */ (requested.filter((major) => major in NODE_RELEASES));
const problem =
	unsupportedPlatform() ??
	(majors.length < requested.length
		? `no pinned Node release for ${requested.filter((m) => !(m in NODE_RELEASES)).join(', ')}`
		: null);
if (problem) {
	console.error(`test:nodes: ${problem}.`);
	process.exit(1);
}
// One build, made here on the project's Node, serves every copy.
const built = buildIfStale();
if (built !== 0) process.exit(built);

/** @type {Outcome[]} */
const outcomes = [];
for (const major of majors) {
	if (stoppedBy()) break;
	try {
		outcomes.push(await testOn(major));
	} catch (error) {
		console.error(`Node ${major}: ${error instanceof Error ? error.message : String(error)}`);
		outcomes.push({ version: major, passed: 0, failed: 1, skipped: 0, seconds: 0 });
	}
}
console.log('');
for (const { version, passed, failed, skipped, seconds } of outcomes) {
	console.log(
		`Node ${version}, unit and server tests: ${passed} passed, ${failed} failed, ${skipped} skipped (${seconds} s)`
	);
}
const total = (/** @type {'passed' | 'failed' | 'skipped'} */ key) => outcomes.reduce((sum, o) => sum + o[key], 0);
console.log(`nodes: ${total('passed')} passed, ${total('failed')} failed, ${total('skipped')} skipped`);
if (stoppedBy()) process.exit(stoppedStatus());
process.exit(total('failed') === 0 && total('passed') > 0 ? 0 : 1);
