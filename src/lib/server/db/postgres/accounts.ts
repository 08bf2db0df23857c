// AccountQueries on PostgreSQL: better-auth's "user" table (its columns are camelCase, quoted) and
// the scenarios' owners. SQLite's: ../sqlite/accounts.ts.

import type { AccountQueries, StoredUser } from '../../auth/account-queries';
import type { Sql } from './sql';

export function pgAccountQueries(sql: Sql): AccountQueries {
	return {
		async userCount() {
			const [row] = await sql.query<{ n: number }>('SELECT count(*)::integer AS n FROM "user"');
			return row.n;
		},
		async passwordCount() {
			const [row] = await sql.query<{ n: number }>(
				`SELECT count(*)::integer AS n FROM account WHERE "providerId" = 'credential'`
			);
			return row.n;
		},
		async adminRoles() {
			const rows = await sql.query<{ role: string }>(`SELECT role FROM "user" WHERE role LIKE '%admin%'`);
			return rows.map((r) => r.role);
		},
		async userById(id) {
			const rows = await sql.query<StoredUser>(
				'SELECT id, name, username, "displayUsername", role, banned, "banExpires" FROM "user" WHERE id = $1',
				[id]
			);
			return rows[0] ?? null;
		},
		async ownerOf(scenarioId) {
			const rows = await sql.query<{ owner: string | null }>('SELECT owner FROM scenarios WHERE id = $1', [scenarioId]);
			return rows[0] ? rows[0].owner : undefined;
		}
	};
}
