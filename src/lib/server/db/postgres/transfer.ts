// Dump and load on PostgreSQL (see ../transfer.ts). Scenarios come out in `seq` order and go in in
// the dump's order (so `seq` breaks ties as SQLite's rowid did), with their folded titles for
// search; the audit log keeps its ids, and its identity continues after the last.

import type { Pool } from 'pg';
import { foldForSearch } from '../../storage/search-text';
import {
	canonicalRows,
	DUMP_FORMAT,
	DUMP_VERSION,
	emptyOrRefuse,
	quoteName as quote,
	type DatabaseTransfer,
	type TableSpec
} from '../transfer';
import { inTransaction } from './sql';

export function pgTransfer(pool: Pool, ready: Promise<void>): DatabaseTransfer {
	return {
		async dump(tables) {
			await ready;
			// One snapshot for every table.
			return inTransaction(pool, async (client) => {
				await client.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
				const out: Record<string, ReturnType<typeof canonicalRows>> = {};
				for (const t of tables) {
					const order = t.name === 'scenarios' ? ' ORDER BY seq' : '';
					const { rows } = await client.query(`SELECT * FROM ${quote(t.name)}${order}`);
					out[t.name] = canonicalRows(t, rows);
				}
				return { format: DUMP_FORMAT, version: DUMP_VERSION, tables: out };
			});
		},
		async load(dump, tables) {
			await ready;
			await inTransaction(pool, async (client) => {
				const count = async (name: string) =>
					(await client.query<{ n: number }>(`SELECT count(*)::integer AS n FROM ${quote(name)}`)).rows[0].n;
				emptyOrRefuse({
					scenarios: await count('scenarios'),
					user: await count('user'),
					audit_log: await count('audit_log')
				});
				for (const t of tables as TableSpec[]) {
					const names = t.columns.map((c) => c.name);
					const extra = t.name === 'scenarios' ? ['search_text'] : [];
					const columns = [...names, ...extra].map(quote).join(', ');
					const values = [...names, ...extra].map((_, i) => `$${i + 1}`).join(', ');
					const overriding = t.name === 'audit_log' ? ' OVERRIDING SYSTEM VALUE' : '';
					const sql = `INSERT INTO ${quote(t.name)} (${columns})${overriding} VALUES (${values})`;
					for (const row of dump.tables[t.name] ?? []) {
						const cells = names.map((n) => row[n]);
						if (t.name === 'scenarios') cells.push(foldForSearch(`${row.title_en}\n${row.title_ar}`));
						await client.query(sql, cells);
					}
				}
				await client.query(
					"SELECT setval(pg_get_serial_sequence('audit_log', 'id'), coalesce(max(id), 0) + 1, false) FROM audit_log"
				);
			});
		}
	};
}
