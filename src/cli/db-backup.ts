// `npm run db -- backup FILE`: an online copy of the database, consistent (SQLite's backup API
// reads one snapshot), safe while the server runs and writes; the copy is one self-contained
// file (rollback journal, not WAL), checked by opening it before it is reported.

import { existsSync, rmSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { DbCommandError, inspectDatabase, type DatabaseFacts } from './db-inspect';

export async function backupDatabase(
	source: string,
	target: string,
	options: { force?: boolean } = {}
): Promise<DatabaseFacts & { bytes: number }> {
	inspectDatabase(source);
	if (existsSync(target) && !options.force)
		throw new DbCommandError(`${target} already exists: choose another name, or pass --force to replace it`);
	if (existsSync(target)) rmSync(target);
	const db = new Database(source, { readonly: true, fileMustExist: true, timeout: 10_000 });
	try {
		// After the first step, copy the rest in one step: a writer elsewhere restarts a backup
		// that is still under way, so small steps under steady writes might never finish.
		await db.backup(target, { progress: ({ remainingPages }) => Math.max(remainingPages, 100) });
	} finally {
		db.close();
	}
	const copy = new Database(target);
	try {
		copy.pragma('journal_mode = DELETE');
	} finally {
		copy.close();
	}
	return { ...inspectDatabase(target), bytes: statSync(target).size };
}
