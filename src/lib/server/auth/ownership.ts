// Whose scenario is it: the owner's account id, read on better-auth's connection to the same
// file (a single indexed lookup by primary key, before the route runs).

import type Database from 'better-sqlite3';

/** The owner's id; null for a scenario saved before accounts; undefined when there is no such scenario. */
export function ownerOf(db: Database.Database, scenarioId: string): string | null | undefined {
	const row = db.prepare('SELECT owner FROM scenarios WHERE id = ?').get(scenarioId) as
		{ owner: string | null } | undefined;
	return row ? row.owner : undefined;
}
