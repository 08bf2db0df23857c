// A throwaway PostgreSQL cluster for tests and benchmarks: Debian's postgresql (initdb, pg_ctl),
// a data folder under a temporary directory, a free loopback port, stopped and removed at the
// end. initdb refuses to run as root, so as root the cluster runs as the `postgres` OS user
// (runuser), owning its folder. Nothing here is fit for real data: fsync is off.

import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './start-server';

export interface PgCluster {
	/** `postgres://postgres@127.0.0.1:<port>/postgres` (trust authentication on loopback). */
	url: string;
	/** The cluster's database URL for another database name. */
	urlFor(database: string): string;
	stop(): void;
}

/** The folder of initdb and pg_ctl: PG_BIN, else the newest /usr/lib/postgresql/<version>/bin; null when not installed. */
export function postgresBinDir(env: NodeJS.ProcessEnv = process.env): string | null {
	if (env.PG_BIN) return existsSync(path.join(env.PG_BIN, 'initdb')) ? env.PG_BIN : null;
	const root = '/usr/lib/postgresql';
	if (!existsSync(root)) return null;
	const versions = readdirSync(root)
		.filter((v) => existsSync(path.join(root, v, 'bin', 'initdb')))
		.sort((a, b) => Number(b) - Number(a));
	return versions.length > 0 ? path.join(root, versions[0], 'bin') : null;
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** Runs a PostgreSQL program, as `postgres` when we are root; throws with its output when it fails. */
function runPg(bin: string, program: string, args: string[]): void {
	const command = path.join(bin, program);
	const [file, argv] = isRoot() ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
	const result = spawnSync(file, argv, { encoding: 'utf8' });
	if (result.status !== 0) {
		throw new Error(`${program} failed (exit ${result.status}): ${(result.stderr || result.stdout || '').trim()}`);
	}
}

export async function startPgCluster(bin = postgresBinDir()): Promise<PgCluster> {
	if (!bin) throw new Error('PostgreSQL is not installed (apt-get install postgresql)');
	const dir = mkdtempSync(path.join(os.tmpdir(), 'scenario-desk-pg-'));
	if (isRoot()) {
		const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
		const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
		chownSync(dir, uid, gid);
	}
	const data = path.join(dir, 'data');
	try {
		runPg(bin, 'initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
		const port = await freePort();
		const options = [
			`-p ${port}`,
			`-k ${dir}`,
			"-c listen_addresses='127.0.0.1'",
			'-c fsync=off',
			'-c synchronous_commit=off',
			'-c full_page_writes=off',
			'-c max_connections=200'
		].join(' ');
		runPg(bin, 'pg_ctl', ['-D', data, '-l', path.join(dir, 'log'), '-o', options, '-w', 'start']);
		const urlFor = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
		let stopped = false;
		return {
			url: urlFor('postgres'),
			urlFor,
			stop() {
				if (stopped) return;
				stopped = true;
				try {
					runPg(bin, 'pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
				} finally {
					rmSync(dir, { recursive: true, force: true });
				}
			}
		};
	} catch (error) {
		rmSync(dir, { recursive: true, force: true });
		throw error;
	}
}
