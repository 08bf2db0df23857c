// `npm run db -- restore FILE`: replaces the app's database with a backup. It refuses a file that
// is not a Scenario Desk database of a schema version this app knows, and a database that a
// running server (or any other process) holds open; the file it replaces is kept as `.bak`.

import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DbCommandError, inspectDatabase, type DatabaseFacts } from './db-inspect';

export interface RestoreReport extends DatabaseFacts {
	/** Where the replaced database now is; null when there was none. */
	keptAs: string | null;
}

/**
 * Leaving WAL mode needs every other connection closed: SQLite answers BUSY while a server
 * has the file open, even idle. Left in rollback mode, the file is complete on its own.
 */
function takeOver(target: string): void {
	const db = new Database(target, { fileMustExist: true, timeout: 200 });
	try {
		db.pragma('journal_mode = DELETE');
	} catch (error) {
		const code = (error as { code?: string }).code;
		if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED')
			throw new DbCommandError(
				`${target} is in use (a running server?): stop the server, then restore again. Nothing was changed.`
			);
		throw error;
	} finally {
		db.close();
	}
}

export async function restoreDatabase(backup: string, target: string): Promise<RestoreReport> {
	inspectDatabase(backup);
	let keptAs: string | null = null;
	if (existsSync(target)) {
		takeOver(target);
		keptAs = `${target}.bak`;
		renameSync(target, keptAs);
		for (const side of ['-wal', '-shm', '-journal']) rmSync(`${target}${side}`, { force: true });
	}
	mkdirSync(path.dirname(target), { recursive: true });
	const staging = `${target}.restoring`;
	rmSync(staging, { force: true });
	const source = new Database(backup, { readonly: true, fileMustExist: true });
	try {
		await source.backup(staging);
	} finally {
		source.close();
	}
	renameSync(staging, target);
	return { ...inspectDatabase(target), keptAs };
}
