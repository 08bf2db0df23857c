// deploy/scenario-desk.service, the systemd unit docs/deploy.md installs: systemd's own check of
// it (`systemd-analyze verify`, no warning allowed), what it promises about stopping and
// privileges, and that its ExecStart with its Environment (and the example EnvironmentFile) starts
// the built server — /healthz answers 200 — which its KillSignal ends with status 0 well within
// its TimeoutStopSec.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort } from '../../src/node/start-server';

const ROOT = path.resolve(import.meta.dirname, '../..');
const UNIT_FILE = path.join(ROOT, 'deploy/scenario-desk.service');
const ENV_EXAMPLE = path.join(ROOT, 'deploy/scenario-desk.env.example');
const SYSTEMD_ANALYZE = ['/usr/bin/systemd-analyze', '/bin/systemd-analyze'].find((file) => existsSync(file));

type Unit = Record<string, [string, string][]>;

/** Sections of `key=value` lines, in order (a key may repeat); comments and blank lines dropped. */
function parseUnit(text: string): Unit {
	const unit: Unit = {};
	let section = '';
	for (const raw of text.split('\n')) {
		const line = raw.trim();
		if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
		const header = /^\[(.+)\]$/.exec(line);
		if (header) section = header[1];
		else {
			const at = line.indexOf('=');
			(unit[section] ??= []).push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
		}
	}
	return unit;
}

const unit = parseUnit(readFileSync(UNIT_FILE, 'utf8'));
const service = unit.Service;
const one = (key: string) => service.filter(([k]) => k === key).map(([, v]) => v)[0];
const all = (key: string) => service.filter(([k]) => k === key).map(([, v]) => v);

/** `Environment=A=1` lines, and the example EnvironmentFile's uncommented NAME=value lines. */
function unitEnvironment(): Record<string, string> {
	const env: Record<string, string> = {};
	for (const assignment of all('Environment')) {
		const at = assignment.indexOf('=');
		env[assignment.slice(0, at)] = assignment.slice(at + 1);
	}
	for (const line of readFileSync(ENV_EXAMPLE, 'utf8').split('\n')) {
		const match = /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(line.trim());
		if (match) env[match[1]] = match[2];
	}
	return env;
}

if (!SYSTEMD_ANALYZE)
	console.log('systemd-analyze not installed: deploy/scenario-desk.service is not verified by systemd');

describe('deploy/scenario-desk.service', () => {
	it.skipIf(!SYSTEMD_ANALYZE)('passes systemd-analyze verify without a warning', () => {
		let file = UNIT_FILE;
		const [command] = one('ExecStart').split(/\s+/);
		const scratch = mkdtempSync(path.join(os.tmpdir(), 'unit-'));
		try {
			// verify checks that ExecStart's program exists: where Node is not at the unit's path, the same
			// unit with this Node's.
			if (!existsSync(command)) {
				file = path.join(scratch, 'scenario-desk.service');
				writeFileSync(
					file,
					readFileSync(UNIT_FILE, 'utf8').replace(`ExecStart=${command}`, `ExecStart=${process.execPath}`)
				);
			}
			const result = spawnSync(SYSTEMD_ANALYZE!, ['verify', file], { encoding: 'utf8' });
			expect(`${result.stdout}${result.stderr}`.trim()).toBe('');
			expect(result.status).toBe(0);
		} finally {
			rmSync(scratch, { recursive: true, force: true });
		}
	});

	it('runs unprivileged, writes only DATA_DIR, restarts on failure, and gives a stop time to finish', () => {
		const env = Object.fromEntries(
			all('Environment').map((a) => [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)])
		);
		expect(one('User')).not.toMatch(/^(root|0)?$/);
		expect(one('NoNewPrivileges')).toBe('true');
		expect(one('ProtectSystem')).toBe('strict');
		expect(one('PrivateTmp')).toBe('true');
		expect(one('ReadWritePaths')?.split(/\s+/)).toEqual([env.DATA_DIR]);
		expect(one('Restart')).toBe('on-failure');
		expect(one('KillSignal')).toBe('SIGTERM');
		// The app's own wait for requests under way, plus its closing (at most 3 s), must end before SIGKILL.
		expect(Number(one('TimeoutStopSec'))).toBeGreaterThan(Number(env.SHUTDOWN_TIMEOUT) + 3);
	});

	it('starts the built server from its ExecStart and Environment; /healthz 200; SIGTERM ends it with 0', async () => {
		const dataDir = mkdtempSync(path.join(os.tmpdir(), 'unit-data-'));
		const port = await freePort();
		const [command, ...args] = one('ExecStart').split(/\s+/);
		// The Node running this test (its native modules are built for it), the project as WorkingDirectory.
		const program = path.basename(command) === 'node' ? process.execPath : command;
		const env: Record<string, string> = {
			PATH: process.env.PATH ?? '',
			...unitEnvironment(),
			DATA_DIR: dataDir,
			PORT: String(port)
		};
		const child = spawn(program, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
		const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
		try {
			const url = `http://${env.HOST}:${port}/healthz`;
			let answer: { status: number; body: unknown } | null = null;
			for (const deadline = Date.now() + 30_000; Date.now() < deadline && child.exitCode === null;) {
				try {
					const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
					answer = { status: response.status, body: await response.json() };
					break;
				} catch {
					await new Promise((resolve) => setTimeout(resolve, 100));
				}
			}
			expect(answer, output).toEqual({
				status: 200,
				body: { status: 'ok', database: 'sqlite', migrations: 'current' }
			});
			expect(existsSync(path.join(dataDir, 'scenario-desk.sqlite'))).toBe(true);
			const stoppedAt = Date.now();
			child.kill(one('KillSignal') as NodeJS.Signals);
			expect(await exited, output).toBe(0);
			expect(Date.now() - stoppedAt).toBeLessThan(Number(one('TimeoutStopSec')) * 1000);
		} finally {
			child.kill('SIGKILL');
			rmSync(dataDir, { recursive: true, force: true });
		}
	}, 60_000);
});
