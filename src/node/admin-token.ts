// An admin account and its API token in a DATA_DIR, made through `npm run user` (the documented
// way an administrator does it), for benchmarks and tests that call a running server as a script
// would: `Authorization: Bearer <token>`.

import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

function user(dataDir: string, args: string[], input = '', env: Record<string, string> = {}): string {
	return execFileSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli/user.ts'), ...args], {
		cwd: ROOT,
		env: { ...process.env, DATA_DIR: dataDir, ...env },
		input,
		encoding: 'utf8',
		stdio: ['pipe', 'pipe', 'pipe']
	}).trim();
}

/** Creates admin `name` (a random password) and returns a new token for it; `env` adds DATABASE_URL, say. */
export function adminToken(dataDir: string, name = 'bench', env: Record<string, string> = {}): string {
	user(dataDir, ['add', name, '--role', 'admin'], `${randomBytes(18).toString('base64url')}\n`, env);
	return user(dataDir, ['token', name], '', env).split('\n').at(-1) ?? '';
}
