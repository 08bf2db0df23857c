// better-auth's own connection to the store's database file: its tables (user, session, account,
// verification) live beside the scenarios, so one file is backed up and restored whole. A
// separate connection, because better-auth drives it through Kysely with async calls while the
// store's connection runs synchronous transactions.

import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

const BUSY_TIMEOUT_MS = 10_000;

export function openAuthDatabase(file: string): Database.Database {
	mkdirSync(path.dirname(file), { recursive: true });
	const db = new Database(file);
	try {
		db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
		db.pragma('journal_mode = WAL');
		db.pragma('synchronous = NORMAL');
		db.pragma('foreign_keys = ON');
		return db;
	} catch (error) {
		db.close();
		throw error;
	}
}
