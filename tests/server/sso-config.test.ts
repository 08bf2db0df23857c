// A half-set single sign-on stops the built server at start, naming what is missing, instead of
// serving 500 to every request (the hooks' init checks the OIDC_* variables).

import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { tempDataDir } from './harness';

const data = tempDataDir();
afterAll(() => data.remove());

const ROOT = path.resolve(import.meta.dirname, '../..');

it('refuses to start with OIDC_ISSUER alone, naming the missing variables', async () => {
	const { OIDC_CLIENT_ID: _id, OIDC_CLIENT_SECRET: _secret, ...env } = process.env;
	const server = spawn(process.execPath, ['build'], {
		cwd: ROOT,
		env: { ...env, PORT: '0', DATA_DIR: data.dir, OIDC_ISSUER: 'http://127.0.0.1:9/' },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
	server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const timer = setTimeout(() => server.kill('SIGKILL'), 30_000);
	const [code] = await once(server, 'exit');
	clearTimeout(timer);
	expect(code).toBe(1);
	expect(output).toContain('OIDC_CLIENT_ID, OIDC_CLIENT_SECRET not set');
	expect(output).not.toContain('Listening on');
}, 40_000);
