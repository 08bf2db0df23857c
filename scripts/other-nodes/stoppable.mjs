// Running the tests of another Node so that stopping them leaves nothing behind. Without this, a
// signal to the script alone (CI's timeout, `kill`) ended it at once: its vitest (and the servers
// vitest starts) ran on, orphaned, and the copy of the project stayed in the temporary folder.
// With it, the signal is passed on to the running vitest's whole process group (its workers and
// their servers too), followed by SIGKILL after a grace period since vitest's run mode does not
// stop on SIGTERM; the current step ends, the copy is removed, and the script exits as stopped.
import { spawn } from 'node:child_process';
import os from 'node:os';

const SIGNALS = /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP']);
// Far above a normal run (a few minutes): only a hung run meets it, and CI should not wait forever.
const TIMEOUT_MS = 30 * 60 * 1000;
const GRACE_MS = 10_000;

/** @type {NodeJS.Signals | null} */
let stopSignal = null;
/** @type {Set<import('node:child_process').ChildProcess>} */
const running = new Set();
for (const signal of SIGNALS) {
	process.on(signal, () => {
		stopSignal = signal;
		for (const child of running) stop(child, signal);
	});
}

/**
 * The signal to the child's process group, then SIGKILL to what is left of it.
 * @param {import('node:child_process').ChildProcess} child
 * @param {NodeJS.Signals} signal
 */
function stop(child, signal) {
	const group = (/** @type {NodeJS.Signals} */ s) => {
		try {
			if (child.pid) process.kill(-child.pid, s);
		} catch {
			// The group is gone already.
		}
	};
	group(signal);
	setTimeout(() => group('SIGKILL'), GRACE_MS).unref();
}

/** @returns {NodeJS.Signals | null} the signal that asked the script to stop, if one did */
export function stoppedBy() {
	return stopSignal;
}

/** Throws when a signal asked the script to stop: between steps, so that cleanups run. */
export function throwIfStopped() {
	if (stopSignal) throw new Error(`stopped by ${stopSignal}`);
}

/** The exit status of a process stopped by a signal, by the shell's convention (128 + its number). */
export function stoppedStatus() {
	return stopSignal ? 128 + os.constants.signals[stopSignal] : 0;
}

/**
 * Runs a command with inherited output until it exits, is stopped, or TIMEOUT_MS pass.
 * @param {string} command
 * @param {string[]} args
 * @param {import('node:child_process').SpawnOptions} options
 * @returns {Promise<number>} its exit status; 1 when it could not start, was killed or timed out
 */
export function runStoppable(command, args, options) {
	throwIfStopped();
	return new Promise((resolve) => {
		// Its own process group, so that stopping it reaches every process it started.
		const child = spawn(command, args, { ...options, stdio: 'inherit', detached: true });
		running.add(child);
		const timer = setTimeout(() => {
			console.error(`${command}: still running after ${TIMEOUT_MS / 60_000} minutes; stopping it.`);
			stop(child, 'SIGTERM');
		}, TIMEOUT_MS);
		const done = (/** @type {number} */ status) => {
			clearTimeout(timer);
			running.delete(child);
			resolve(status);
		};
		child.once('error', (error) => {
			console.error(`${command}: ${error.message}`);
			done(1);
		});
		child.once('exit', (code) => done(code ?? 1));
	});
}
