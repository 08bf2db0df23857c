import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../../../node/start-server';
import { openDatabaseFromEnv } from './app-database';

const opened: { close(): Promise<void> }[] = [];
afterEach(async () => {
	for (const db of opened.splice(0)) await db.close().catch(() => undefined);
});

describe('the configured database', () => {
	it('is PostgreSQL for a postgres:// DATABASE_URL, and says why it cannot be reached', async () => {
		const url = `postgres://nobody@127.0.0.1:${await freePort()}/nothing`;
		const db = openDatabaseFromEnv({ DATABASE_URL: url });
		opened.push(db);
		expect(db.kind).toBe('postgres');
		await expect(db.ready).rejects.toThrow(/ECONNREFUSED/);
		await expect(db.store.get('abc')).rejects.toThrow(/ECONNREFUSED/);
	});

	it('refuses a DATABASE_URL of another kind, naming the variable', () => {
		expect(() => openDatabaseFromEnv({ DATABASE_URL: 'mysql://x@y/z' })).toThrow(
			/DATABASE_URL must be a postgres:\/\//
		);
	});
});
