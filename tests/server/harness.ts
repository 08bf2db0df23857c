// Runs the real production server (`node build`) for tests: a free port, its own DATA_DIR, and
// a guarantee that no server outlives the test process, whatever fails.

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface RunningServer {
	url: string;
	process: ChildProcess;
	/** Graceful stop (SIGTERM, then SIGKILL after a grace period); resolves once it has exited. */
	stop(): Promise<void>;
	/** SIGKILL, as in a crash; resolves once it has exited. */
	kill(): Promise<void>;
}

const running = new Set<ChildProcess>();
// Last line of defence: a failed or interrupted test file still takes its servers with it.
process.once('exit', () => {
	for (const child of running) child.kill('SIGKILL');
});

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

/** A fresh folder, made on first use: merely importing a test file leaves nothing behind. */
export function tempDataDir(prefix = 'scenario-desk-'): { readonly dir: string; remove(): void } {
	let made: string | null = null;
	return {
		get dir() {
			made ??= mkdtempSync(path.join(os.tmpdir(), prefix));
			return made;
		},
		remove() {
			if (made) rmSync(made, { recursive: true, force: true });
			made = null;
		}
	};
}

function exited(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
	return new Promise((resolve) => child.once('exit', () => resolve()));
}

async function waitUntilAnswering(
	url: string,
	child: ChildProcess,
	output: () => string,
	timeoutMs: number
): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (child.exitCode !== null || child.signalCode !== null) {
			throw new Error(`server exited (${child.exitCode ?? child.signalCode}) before answering:\n${output()}`);
		}
		try {
			const response = await fetch(`${url}/api/scenarios`, { signal: AbortSignal.timeout(1000) });
			await response.arrayBuffer();
			if (response.ok) return;
		} catch {
			// Not listening yet.
		}
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	throw new Error(`server did not answer within ${timeoutMs} ms:\n${output()}`);
}

export async function startServer(options: {
	dataDir: string;
	env?: Record<string, string>;
	timeoutMs?: number;
}): Promise<RunningServer> {
	// The port is free when probed, but another process may take it before the server binds.
	for (let attempt = 1; ; attempt++) {
		const port = await freePort();
		const url = `http://127.0.0.1:${port}`;
		const child = spawn(process.execPath, ['build'], {
			cwd: path.resolve(import.meta.dirname, '../..'),
			env: {
				...process.env,
				NODE_ENV: 'production',
				PORT: String(port),
				HOST: '127.0.0.1',
				ORIGIN: url,
				DATA_DIR: options.dataDir,
				SHUTDOWN_TIMEOUT: '2',
				...options.env
			},
			stdio: ['ignore', 'pipe', 'pipe']
		});
		running.add(child);
		let log = '';
		child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
		child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
		child.once('exit', () => running.delete(child));
		const kill = async () => {
			child.kill('SIGKILL');
			await exited(child);
		};
		try {
			await waitUntilAnswering(url, child, () => log, options.timeoutMs ?? 20_000);
		} catch (error) {
			await kill();
			if (attempt < 3 && log.includes('EADDRINUSE')) continue;
			throw error;
		}
		return {
			url,
			process: child,
			kill,
			async stop() {
				if (child.exitCode !== null || child.signalCode !== null) return;
				child.kill('SIGTERM');
				const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
				await exited(child);
				clearTimeout(timer);
			}
		};
	}
}

/** The preset scenario that the API tests save and edit. */
export function baselineScenario(): Record<string, unknown> & { drivers: Record<string, Record<string, number>> } {
	const file = path.resolve(import.meta.dirname, '../../scenarios/russia-dprk/baseline.json');
	return JSON.parse(readFileSync(file, 'utf8')) as ReturnType<typeof baselineScenario>;
}

export async function request(
	url: string,
	method: string,
	body?: unknown,
	headers: Record<string, string> = {}
): Promise<{ status: number; json: unknown; headers: Headers; text: string }> {
	const response = await fetch(url, {
		method,
		headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
		body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body)
	});
	const text = await response.text();
	let json: unknown;
	try {
		json = text ? (JSON.parse(text) as unknown) : null;
	} catch {
		json = null;
	}
	return { status: response.status, json, headers: response.headers, text };
}
