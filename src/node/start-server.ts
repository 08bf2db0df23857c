// Runs the real production server (`node build`) on a free loopback port until it answers, for the
// CLI's brief, the benchmarks and the server tests: the one way this project starts its own
// server. No server outlives the process that started it, whatever fails.

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { buildIfStale } from './build-if-stale.mjs';

export interface StartOptions {
	/** The server's DATA_DIR (its database); by default the environment's, else ./data. */
	dataDir?: string;
	/** Added to the server's environment, last, so it may override anything set here; undefined removes a variable (ORIGIN, say). */
	env?: Record<string, string | undefined>;
	/** Run `vite build` first when build/ is older than its sources (the server tests build once instead). */
	build?: boolean;
	/** How long to wait for the first answer (default 20 s). */
	timeoutMs?: number;
}

export interface RunningServer {
	/** `http://127.0.0.1:<port>`, no trailing slash. */
	url: string;
	process: ChildProcess;
	/** What the server has printed so far, stdout and stderr. */
	output(): string;
	/** Graceful stop (SIGTERM, then SIGKILL after 5 s); resolves once it has exited. */
	stop(): Promise<void>;
	/** SIGKILL, as in a crash; resolves once it has exited. */
	kill(): Promise<void>;
}

const ROOT = path.resolve(import.meta.dirname, '../..');
const STOP_GRACE_MS = 5000;

const BUILT = path.join(ROOT, 'build', 'index.js');

const running = new Set<ChildProcess>();
function killRunning(): void {
	for (const child of running) child.kill('SIGKILL');
}
// Last line of defence: a failed caller still takes its servers with it.
process.once('exit', killRunning);

// A signal ends a process without 'exit' (vitest stopping a worker, CI's timeout, Ctrl+C given to
// the caller alone), which would leave its servers running. So while a server runs, these signals
// kill the servers first; then, unless the caller listens for the signal itself, the process dies
// of it as it would have. Not for SIGKILL, which no process can see.
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
function onSignal(signal: NodeJS.Signals): void {
	killRunning();
	unwatchSignals();
	if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}
function watchSignals(): void {
	for (const signal of SIGNALS) if (!process.listeners(signal).includes(onSignal)) process.on(signal, onSignal);
}
function unwatchSignals(): void {
	for (const signal of SIGNALS) process.off(signal, onSignal);
}
function track(child: ChildProcess): void {
	running.add(child);
	watchSignals();
	child.once('exit', () => {
		running.delete(child);
		if (running.size === 0) unwatchSignals();
	});
}

/** A port free on 127.0.0.1 when probed (another process may still take it before the server binds). */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = net.createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			probe.close(() => resolve(port));
		});
	});
}

function hasExited(child: ChildProcess): boolean {
	return child.exitCode !== null || child.signalCode !== null;
}

function exited(child: ChildProcess): Promise<void> {
	if (hasExited(child)) return Promise.resolve();
	return new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * Until the API answers 200, or 401 to this anonymous request once accounts are on: either way the
 * store and the accounts are open as well as the port.
 */
async function waitUntilAnswering(url: string, child: ChildProcess, output: () => string, timeoutMs: number) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (hasExited(child))
			throw new Error(`server exited (${child.exitCode ?? child.signalCode}) before answering:\n${output()}`);
		try {
			const response = await fetch(`${url}/api/scenarios`, { signal: AbortSignal.timeout(1000) });
			await response.arrayBuffer();
			if (response.ok || response.status === 401) return;
		} catch {
			// Not listening yet.
		}
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	throw new Error(`server did not answer within ${timeoutMs} ms:\n${output()}`);
}

function spawnServer(port: number, url: string, options: StartOptions): ChildProcess {
	const env: Record<string, string | undefined> = {
		...process.env,
		NODE_ENV: 'production',
		PORT: String(port),
		HOST: '127.0.0.1',
		ORIGIN: url,
		// Stopping waits this long (seconds) for open connections, not adapter-node's 30.
		SHUTDOWN_TIMEOUT: '2',
		...(options.dataDir === undefined ? {} : { DATA_DIR: options.dataDir }),
		...options.env
	};
	for (const [name, value] of Object.entries(env)) if (value === undefined) delete env[name];
	return spawn(process.execPath, ['build'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
}

export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
	if (options.build) {
		const status = buildIfStale();
		if (status !== 0) throw new Error(`vite build failed (exit ${status})`);
	} else if (!existsSync(BUILT)) {
		throw new Error(`no server build at ${BUILT}: run \`npm run build\` first (or start with build: true)`);
	}
	// The port is free when probed, but another process may take it before the server binds.
	for (let attempt = 1; ; attempt++) {
		const port = await freePort();
		const url = `http://127.0.0.1:${port}`;
		const child = spawnServer(port, url, options);
		track(child);
		let log = '';
		const output = () => log;
		child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
		child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
		// A failed spawn or kill is reported here; without a listener it would crash the caller.
		child.on('error', (error) => (log += `${error.message}\n`));
		const kill = async () => {
			child.kill('SIGKILL');
			await exited(child);
		};
		try {
			await waitUntilAnswering(url, child, output, options.timeoutMs ?? 20_000);
		} catch (error) {
			await kill();
			if (attempt < 3 && log.includes('EADDRINUSE')) continue;
			throw error;
		}
		return {
			url,
			process: child,
			output,
			kill,
			async stop() {
				if (hasExited(child)) return;
				child.kill('SIGTERM');
				const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
				await exited(child);
				clearTimeout(timer);
			}
		};
	}
}
