// A graceful stop (SIGTERM from a service manager or a deploy, SIGINT from a terminal). adapter-node
// does the first part: it stops accepting connections, closes the idle ones, lets every request
// under way finish — a save is answered and committed — and, once the last connection has closed
// (or after SHUTDOWN_TIMEOUT seconds, 30 by default, when it cuts the rest), emits
// 'sveltekit:shutdown'. Then the database closes itself (db/app-database.ts) and this stops the
// compute pool's threads, and the process ends with nothing left to run: exit status 0.

import { dev } from '$app/environment';
import { closeCompute } from '../compute';

/** After everything is closed, how long something forgotten (a timer, a socket) may hold the process. */
const EXIT_GRACE_MS = 3000;

let installed = false;

export function closeOnShutdown(): void {
	// Vite's dev server is no adapter-node: its Ctrl+C must stay what it was.
	if (installed || dev) return;
	installed = true;
	for (const signal of ['SIGTERM', 'SIGINT'] as const) {
		process.once(signal, () => {
			const seconds = process.env.SHUTDOWN_TIMEOUT || '30';
			console.log(`${signal}: no new connections; finishing the requests under way (at most ${seconds} s)`);
		});
	}
	process.once('sveltekit:shutdown', () => void closeEverything());
}

async function closeEverything(): Promise<void> {
	try {
		await closeCompute();
		console.log('stopped: every request answered, the compute threads stopped, the database closing');
	} catch (error) {
		console.error('stopping: the compute pool did not close cleanly:', error);
	}
	// Nothing of ours is left to run, so the process ends by itself; should a forgotten handle keep
	// it alive, it still ends (with 0: every request was answered and the database is closed)
	// rather than wait for the service manager's SIGKILL.
	setTimeout(() => {
		console.error(
			`still running ${EXIT_GRACE_MS} ms after stopping (${process.getActiveResourcesInfo().join(', ')}): exiting`
		);
		process.exit(0);
	}, EXIT_GRACE_MS).unref();
}
