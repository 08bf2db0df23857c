// Builds the app when needed and runs the real server on a free local port, for browser benchmarks.

import { spawn, type ChildProcess } from 'node:child_process';
import { buildIfStale } from '../scripts/build-if-stale.mjs';
import { createServer } from 'node:net';

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() =>
				typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))
			);
		});
	});
}

/** `env` adds to the server's environment (e.g. its own DATA_DIR). */
export async function startServer(env: Record<string, string> = {}): Promise<{ url: string; stop: () => void }> {
	if (buildIfStale() !== 0) throw new Error('build failed');
	const port = await freePort();
	const child: ChildProcess = spawn(process.execPath, ['build'], {
		env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
		stdio: 'ignore'
	});
	const url = `http://127.0.0.1:${port}`;
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(url)).ok) return { url, stop: () => child.kill() };
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	child.kill();
	throw new Error(`server did not start on ${url}`);
}
