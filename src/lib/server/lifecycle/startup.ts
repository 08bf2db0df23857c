// The database is opened and brought up to date when the server starts, before it listens:
// the store's migrations, then better-auth's and the API tokens' tables (auth/auth.ts), each safe
// when several instances start at once (an advisory lock on PostgreSQL, BEGIN IMMEDIATE on SQLite).
// A DATABASE_URL that is not a PostgreSQL URL stops the server here, naming the variable. A
// database that cannot be reached yet does not: the server starts, says so once, /healthz answers
// 503, and each request tries to open it again until it can (db/app-database.ts) — instances
// started before their database come up on their own.

import { getAuth } from '../auth';
import { getDatabase } from '../db/app-database';

export async function prepareDatabaseAtStart(): Promise<void> {
	getDatabase();
	try {
		await getAuth();
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		console.error(`The database is not ready at start (${reason}); /healthz answers 503 until it is.`);
	}
}
