// startServer's promise that no server outlives its caller, when the caller is ended by a signal
// (vitest stopping a worker, CI's timeout) rather than by exiting: 'exit' handlers do not run then.

import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDataDir } from './harness';

const data = tempDataDir();
afterAll(() => data.remove());

const ROOT = path.resolve(import.meta.dirname, '../..');
// A caller that starts a server, prints its pid, and waits to be ended.
const CALLER = `
import { startServer } from './src/node/start-server.ts';
const server = await startServer({ dataDir: process.env.TEST_DATA_DIR });
console.log('server-pid', server.process.pid);
setInterval(() => {}, 1000);
`;

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

async function gone(pid: number, withinMs: number): Promise<boolean> {
	const deadline = Date.now() + withinMs;
	while (Date.now() < deadline) {
		if (!isAlive(pid)) return true;
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	return !isAlive(pid);
}

describe('startServer, its caller ended by a signal', () => {
	for (const signal of ['SIGTERM', 'SIGHUP'] as const) {
		it(`takes its server with it on ${signal}, and dies of the signal`, async () => {
			// tsx as a loader, not its CLI: the CLI would be a second process relaying signals.
			const caller = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', CALLER], {
				cwd: ROOT,
				env: { ...process.env, TEST_DATA_DIR: data.dir },
				stdio: ['ignore', 'pipe', 'inherit']
			});
			let serverPid = 0;
			try {
				let printed = '';
				for await (const chunk of caller.stdout) {
					printed += String(chunk);
					const match = /server-pid (\d+)/.exec(printed);
					if (match) {
						serverPid = Number(match[1]);
						break;
					}
				}
				expect(serverPid, printed).toBeGreaterThan(0);
				expect(isAlive(serverPid)).toBe(true);
				const ended = once(caller, 'exit');
				caller.kill(signal);
				const [code, endedBy] = (await ended) as [number | null, NodeJS.Signals | null];
				expect({ code, endedBy }).toEqual({ code: null, endedBy: signal });
				expect(await gone(serverPid, 5000)).toBe(true);
			} finally {
				caller.kill('SIGKILL');
				if (serverPid && isAlive(serverPid)) process.kill(serverPid, 'SIGKILL');
			}
		}, 60_000);
	}
});
