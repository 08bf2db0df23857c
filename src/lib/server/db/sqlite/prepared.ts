// Statements prepared once per connection and kept: the account and token lookups run on every
// request, and preparing their SQL anew each time was the largest single cost of a cached page
// (better-sqlite3's `prepare`, about 80 µs a call, profiled under `npm run bench -- server`).

import type Database from 'better-sqlite3';

const kept = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** `db.prepare(sql)`, made once per connection and SQL text. */
export function preparedOn(db: Database.Database): (sql: string) => Database.Statement {
	let statements = kept.get(db);
	if (!statements) kept.set(db, (statements = new Map()));
	const cache = statements;
	return (sql) => {
		let statement = cache.get(sql);
		if (!statement) cache.set(sql, (statement = db.prepare(sql)));
		return statement;
	};
}
