// Dump and load on SQLite (see ../transfer.ts). Scenarios come out in rowid order and go in in
// the dump's order, so lists break ties as they did.

import type Database from 'better-sqlite3';
import {
	canonicalRows,
	DUMP_FORMAT,
	DUMP_VERSION,
	emptyOrRefuse,
	quoteName as quote,
	type DatabaseTransfer,
	type TableSpec
} from '../transfer';

export function sqliteTransfer(db: Database.Database): DatabaseTransfer {
	return {
		// Synchronous underneath: each is one transaction, whole.
		async dump(tables) {
			const read = db.transaction(() =>
				Object.fromEntries(
					tables.map((t: TableSpec) => {
						const order = t.key.length === 0 ? ' ORDER BY rowid' : '';
						const rows = db.prepare(`SELECT * FROM ${quote(t.name)}${order}`).all() as Record<string, unknown>[];
						return [t.name, canonicalRows(t, rows)];
					})
				)
			);
			return { format: DUMP_FORMAT, version: DUMP_VERSION, tables: read() };
		},
		async load(dump, tables) {
			const write = db.transaction(() => {
				const count = (name: string) =>
					(db.prepare(`SELECT count(*) AS n FROM ${quote(name)}`).get() as { n: number }).n;
				emptyOrRefuse({ scenarios: count('scenarios'), user: count('user'), audit_log: count('audit_log') });
				for (const t of tables) {
					const columns = t.columns.map((c) => quote(c.name)).join(', ');
					const insert = db.prepare(
						`INSERT INTO ${quote(t.name)} (${columns}) VALUES (${t.columns.map(() => '?').join(', ')})`
					);
					for (const row of dump.tables[t.name] ?? []) {
						insert.run(...t.columns.map((c) => (typeof row[c.name] === 'boolean' ? Number(row[c.name]) : row[c.name])));
					}
				}
			});
			write.immediate();
		}
	};
}
