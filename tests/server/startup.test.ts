// The database is brought up to date when the server starts, before any request: a fresh DATA_DIR
// holds the store's and the accounts' tables by the time the server says it listens. And a
// DATABASE_URL that is not PostgreSQL's stops the server at start, naming the variable.

import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { databaseFile } from '../../src/lib/server/storage/database-file';
import { tempDataDir } from './harness';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** `node build` until it prints `until` (resolves with its output) or exits (resolves with its output and status). */
function runBuild(env: Record<string, string>, until: RegExp): Promise<{ output: string; status: number | null }> {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, ['build'], {
			cwd: ROOT,
			env: { ...process.env, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: '0', ...env },
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let output = '';
		const seen = (chunk: Buffer) => {
			output += chunk.toString();
			if (until.test(output)) {
				child.kill('SIGKILL');
				resolve({ output, status: null });
			}
		};
		child.stdout.on('data', seen);
		child.stderr.on('data', seen);
		child.on('exit', (status) => resolve({ output, status }));
	});
}

describe('starting the server', () => {
	const data = tempDataDir('startup-');
	afterAll(() => data.remove());

	it('has migrated a fresh database by the time it listens, before any request', async () => {
		const { output } = await runBuild({ DATA_DIR: data.dir }, /Listening on/);
		expect(output).toMatch(/Listening on/);
		const db = new Database(databaseFile(data.dir), { readonly: true });
		try {
			const tables = (
				db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]
			).map((t) => t.name);
			expect(tables).toEqual(
				expect.arrayContaining(['scenarios', 'revisions', 'audit_log', 'user', 'session', 'api_tokens'])
			);
			expect((db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version).toBeGreaterThan(0);
		} finally {
			db.close();
		}
	}, 30_000);

	it('stops at start on a DATABASE_URL that is not PostgreSQL, naming it', async () => {
		const { output, status } = await runBuild(
			{ DATA_DIR: data.dir, DATABASE_URL: 'mysql://db.example/desk', BETTER_AUTH_SECRET: 'x'.repeat(40) },
			/Listening on/
		);
		expect(status).not.toBe(0);
		expect(status).not.toBeNull();
		expect(output).toContain('DATABASE_URL must be a postgres://');
		expect(output).not.toMatch(/Listening on/);
	}, 30_000);
});
