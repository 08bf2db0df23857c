// `npm start`: builds the app when the build is missing or older than the sources, then serves it.
// PORT (default 3000) and HOST are respected; DATA_DIR sets where the database lives.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

function newestChange(path) {
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	return readdirSync(path).reduce((newest, name) => Math.max(newest, newestChange(join(path, name))), stat.mtimeMs);
}

const sources = ['src', 'static', 'messages', 'scenarios', 'svelte.config.js', 'vite.config.ts', 'package.json'].filter(existsSync);
const built = existsSync('build/index.js') ? statSync('build/index.js').mtimeMs : 0;
if (built < Math.max(...sources.map(newestChange))) {
	console.log('Building Scenario Desk…');
	const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
	if (build.status !== 0) process.exit(build.status ?? 1);
}
const port = process.env.PORT ?? '3000';
console.log(`Scenario Desk on http://localhost:${port}`);
const server = spawn(process.execPath, ['build'], { stdio: 'inherit', env: { ...process.env, PORT: port } });
server.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
