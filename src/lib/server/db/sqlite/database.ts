// Opening the database file: the connection settings every process must share, then the
// schema brought up to date.

import Database from 'better-sqlite3';
import { migrate } from './migrations';
import { foldForSearch } from '../../storage/search-text';

// Long enough for a crowded moment (many writers on one file); short enough that a stuck
// writer surfaces as an error rather than a hung request.
const BUSY_TIMEOUT_MS = 10_000;

export function openDatabase(file: string): Database.Database {
	const db = new Database(file);
	try {
		db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
		db.pragma('journal_mode = WAL');
		// Under WAL, NORMAL loses no committed transaction when the process dies (the WAL
		// frames are in the OS cache); only an OS crash or power cut may lose the latest ones.
		db.pragma('synchronous = NORMAL');
		db.pragma('foreign_keys = ON');
		db.function('search_fold', { deterministic: true }, (text: unknown) =>
			typeof text === 'string' ? foldForSearch(text) : ''
		);
		migrate(db);
		return db;
	} catch (error) {
		db.close();
		throw error;
	}
}
