// `npm start`: builds the app when the build is missing or older than the sources, then serves it.
// PORT (default 3000) and HOST are respected; DATA_DIR sets where the database lives.
import { spawn } from 'node:child_process';
import { buildIfStale } from '../src/node/build-if-stale.mjs';

const status = buildIfStale();
if (status !== 0) process.exit(status);
const port = process.env.PORT ?? '3000';
console.log(`Scenario Desk on http://localhost:${port}`);
// Scenario files up to 1 MiB are accepted by the API; the adapter's default limit is 512 kB.
const server = spawn(process.execPath, ['build'], {
	stdio: 'inherit',
	env: { BODY_SIZE_LIMIT: '1M', ...process.env, PORT: port }
});
server.on('exit', (code) => process.exit(code ?? 0));
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(signal, () => server.kill(signal));
