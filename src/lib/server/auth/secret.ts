// The key that signs session cookies. `BETTER_AUTH_SECRET` when the deployment sets one;
// otherwise one generated on first start and kept beside the database (readable by its owner
// only), so `npm start` needs no set-up and sessions survive a restart.

import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const SECRET_FILE_NAME = 'auth-secret';
const MIN_SECRET_LENGTH = 32;

export function authSecret(dataDir: string, env: NodeJS.ProcessEnv = process.env): string {
	const fromEnv = env.BETTER_AUTH_SECRET?.trim();
	if (fromEnv) {
		if (fromEnv.length < MIN_SECRET_LENGTH) {
			throw new Error(`BETTER_AUTH_SECRET must be at least ${MIN_SECRET_LENGTH} characters`);
		}
		return fromEnv;
	}
	const file = path.join(dataDir, SECRET_FILE_NAME);
	try {
		const stored = readFileSync(file, 'utf8').trim();
		if (stored.length >= MIN_SECRET_LENGTH) return stored;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
	}
	mkdirSync(dataDir, { recursive: true });
	const generated = randomBytes(32).toString('base64url');
	try {
		// 'wx': two processes starting at once on a new data folder must not each write their own.
		writeFileSync(file, generated + '\n', { mode: 0o600, flag: 'wx' });
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') return readFileSync(file, 'utf8').trim();
		throw error;
	}
	chmodSync(file, 0o600);
	return generated;
}

/**
 * Several instances on one PostgreSQL database each keep a DATA_DIR of their own, so a secret
 * generated into it would differ between them and a session signed by one would be no one on the
 * next: with DATABASE_URL the server refuses to start (hooks.server.ts) unless BETTER_AUTH_SECRET
 * is set, the same for every instance.
 */
export function requireSharedSecret(env: NodeJS.ProcessEnv = process.env): void {
	if (!env.DATABASE_URL?.trim() || env.BETTER_AUTH_SECRET?.trim()) return;
	throw new Error(
		'BETTER_AUTH_SECRET must be set when DATABASE_URL is: every instance on the database must sign ' +
			`sessions with the same secret (${MIN_SECRET_LENGTH} characters or more, e.g. from \`openssl rand -base64 32\`)`
	);
}
