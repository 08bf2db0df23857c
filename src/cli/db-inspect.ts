// Is a file a Scenario Desk database this app can open? The checks `npm run db -- restore` makes
// before it replaces anything, and the figures both commands report.

import { existsSync, openSync, readSync, closeSync } from 'node:fs';
import Database from 'better-sqlite3';
import { migrations } from '../lib/server/db/sqlite/migrations';

export interface DatabaseFacts {
	/** PRAGMA user_version: how many of the app's migrations the file has had. */
	version: number;
	scenarios: number;
	revisions: number;
}

export class DbCommandError extends Error {}

const SQLITE_HEADER = 'SQLite format 3\0';
const REQUIRED_TABLES = ['scenarios', 'revisions'];

function hasSqliteHeader(file: string): boolean {
	const fd = openSync(file, 'r');
	try {
		const header = Buffer.alloc(SQLITE_HEADER.length);
		const read = readSync(fd, header, 0, header.length, 0);
		return read === header.length && header.toString('latin1') === SQLITE_HEADER;
	} finally {
		closeSync(fd);
	}
}

/** The facts of `file`, or a DbCommandError saying why it is not a database this app can use. */
export function inspectDatabase(file: string): DatabaseFacts {
	if (!existsSync(file)) throw new DbCommandError(`${file}: no such file`);
	if (!hasSqliteHeader(file)) throw new DbCommandError(`${file}: not an SQLite database (no SQLite header)`);
	const db = new Database(file, { readonly: true, fileMustExist: true });
	try {
		const integrity = db.pragma('quick_check', { simple: true });
		if (integrity !== 'ok') throw new DbCommandError(`${file}: the database is damaged (${String(integrity)})`);
		const tables = new Set(
			db
				.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")
				.all()
				.map((t) => t.name)
		);
		const missing = REQUIRED_TABLES.filter((t) => !tables.has(t));
		if (missing.length > 0)
			throw new DbCommandError(`${file}: not a Scenario Desk database (no ${missing.join(' or ')} table)`);
		const version = db.pragma('user_version', { simple: true }) as number;
		if (version < 1 || version > migrations.length)
			throw new DbCommandError(
				`${file}: schema version ${version} is not one this app knows (1 to ${migrations.length})${version > migrations.length ? ': it was written by a newer app' : ''}`
			);
		const count = (table: string) =>
			(db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${table}`).get() ?? { n: 0 }).n;
		return { version, scenarios: count('scenarios'), revisions: count('revisions') };
	} catch (error) {
		if (error instanceof DbCommandError) throw error;
		throw new DbCommandError(
			`${file}: cannot be read as a database (${error instanceof Error ? error.message : String(error)})`
		);
	} finally {
		db.close();
	}
}

export function describeFacts(facts: DatabaseFacts): string {
	return `${facts.scenarios} saved scenarios, ${facts.revisions} revisions, schema version ${facts.version}`;
}
