// The process's one database, chosen by the environment: DATABASE_URL=postgres://… selects that
// PostgreSQL database; without it, SQLite in DATA_DIR as always. Opened on first use, shared by
// every request (it holds no per-user state), closed when adapter-node shuts the server down.

import { databaseFile } from '../storage/database-file';
import { isPostgresUrl, openPostgresDatabase } from './postgres/open';
import { openSqliteDatabase } from './sqlite/open';
import type { AppDatabase } from './types';

let current: AppDatabase | null = null;

export function openDatabaseFromEnv(env: NodeJS.ProcessEnv = process.env): AppDatabase {
	const url = env.DATABASE_URL?.trim();
	if (url) {
		if (!isPostgresUrl(url)) throw new Error('DATABASE_URL must be a postgres:// (or postgresql://) URL');
		return openPostgresDatabase(url);
	}
	return openSqliteDatabase(databaseFile(env.DATA_DIR || 'data'));
}

export function getDatabase(): AppDatabase {
	if (current) return current;
	const opened = openDatabaseFromEnv();
	current = opened;
	// A database server that cannot be reached (or migrated) now may be later: the requests that
	// waited on this one fail, and the next one opens the database again.
	opened.ready.catch(() => {
		if (current !== opened) return;
		current = null;
		void opened.close().catch(() => undefined);
	});
	// adapter-node emits this on SIGINT/SIGTERM once requests are done: closing checkpoints SQLite's
	// WAL into the main file (one self-contained file), or ends PostgreSQL's connections.
	process.once('sveltekit:shutdown', () => {
		if (current === opened) current = null;
		void opened.close();
	});
	return opened;
}
