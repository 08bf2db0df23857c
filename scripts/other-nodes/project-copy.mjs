// A throwaway copy of the project for another Node: the sources and build/ as they are, and a
// node_modules that links every package to the project's own except better-sqlite3, a copy
// rebuilt for that Node's ABI. The project's node_modules (the machine's Node) is not touched.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { quietly } from './quietly.mjs';

// Not copied: installed per copy, the database, test output, history.
const NOT_COPIED = new Set(['node_modules', '.git', 'data', 'test-results', 'playwright-report']);
// gyp's make output for the SQLite library inside better-sqlite3's build/.
const SQLITE_LIBRARY = 'Release/obj.target/deps/sqlite3.a';

/**
 * @param {string} root the project
 * @param {string} name names the copy's folder under the system's temporary folder
 * @returns {string} the copy's folder
 */
export function copyProject(root, name) {
	const copy = mkdtempSync(path.join(os.tmpdir(), `${name}-`));
	// Kept timestamps leave build/ newer than its sources, so the server tests' setup does not rebuild.
	cpSync(root, copy, {
		recursive: true,
		preserveTimestamps: true,
		verbatimSymlinks: true,
		filter: (source) => path.dirname(source) !== root || !NOT_COPIED.has(path.basename(source))
	});
	const modules = path.join(copy, 'node_modules');
	mkdirSync(modules);
	const installed = realpathSync(path.join(root, 'node_modules'));
	for (const entry of readdirSync(installed)) {
		// Caches (.vite, .vite-temp, .cache) stay per copy; better-sqlite3 is rebuilt.
		if (entry === 'better-sqlite3' || (entry.startsWith('.') && entry !== '.bin')) continue;
		symlinkSync(path.join(installed, entry), path.join(modules, entry));
	}
	cpSync(path.join(installed, 'better-sqlite3'), path.join(modules, 'better-sqlite3'), {
		recursive: true,
		preserveTimestamps: true
	});
	return copy;
}

/**
 * Rebuilds the copy's better-sqlite3 for the Node in nodeHome (env: that Node first on PATH and
 * npm_config_nodedir set to nodeHome), then checks that this Node loads it. The SQLite library
 * the project's install compiled is kept (plain C, no Node header in it) and only the binding
 * is compiled: seconds instead of a minute and a half. A full rebuild when that fails.
 * @param {string} copy
 * @param {string} nodeHome
 * @param {NodeJS.ProcessEnv} env
 */
export function rebuildSqliteFor(copy, nodeHome, env) {
	const cwd = path.join(copy, 'node_modules', 'better-sqlite3');
	// npm puts its own node-gyp on the PATH of what it runs.
	const gyp = (/** @type {string} */ command) => quietly('npm', ['exec', '-c', `node-gyp ${command}`], { cwd, env });
	if (existsSync(path.join(cwd, 'build', SQLITE_LIBRARY))) {
		try {
			gyp('configure --release');
			// -o: the library counts as up to date although the headers' folder in its command changed.
			quietly('make', ['-C', 'build', 'BUILDTYPE=Release', '-o', SQLITE_LIBRARY, 'better_sqlite3'], { cwd, env });
		} catch (error) {
			console.log(`Reusing the compiled SQLite failed (${String(error)}); rebuilding all of better-sqlite3.`);
			gyp('rebuild --release');
		}
	} else {
		gyp('rebuild --release');
	}
	const check = "const Database = require('better-sqlite3'); new Database(':memory:').close()";
	quietly(path.join(nodeHome, 'bin', 'node'), ['-e', check], { cwd: copy, env });
}
