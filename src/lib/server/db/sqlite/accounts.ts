// AccountQueries on SQLite: better-auth's "user" table and the scenarios' owners (PostgreSQL's:
// ../postgres/accounts.ts).

import type Database from 'better-sqlite3';
import { preparedOn } from './prepared';
import type { SyncOf } from '../../storage/types';
import type { AccountQueries, StoredUser } from '../../auth/account-queries';

export function sqliteAccountQueries(db: Database.Database): SyncOf<AccountQueries> {
	const sql = preparedOn(db);
	return {
		userCount: () => (sql('SELECT count(*) AS n FROM "user"').get() as { n: number }).n,
		passwordCount: () =>
			(sql(`SELECT count(*) AS n FROM account WHERE "providerId" = 'credential'`).get() as { n: number }).n,
		adminRoles: () =>
			(sql(`SELECT role FROM "user" WHERE role LIKE '%admin%'`).all() as { role: string }[]).map((r) => r.role),
		userById: (id) =>
			(sql('SELECT id, name, username, displayUsername, role, banned, banExpires FROM "user" WHERE id = ?').get(id) as
				StoredUser | undefined) ?? null,
		ownerOf(scenarioId) {
			const row = sql('SELECT owner FROM scenarios WHERE id = ?').get(scenarioId) as
				{ owner: string | null } | undefined;
			return row ? row.owner : undefined;
		}
	};
}
