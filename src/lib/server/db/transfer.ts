// Moving everything between databases (`npm run db -- export FILE` / `import FILE`): a dump is
// every row the app keeps — scenarios, revisions, the forecast record, the audit log, API tokens and better-auth's
// tables — in one backend-neutral form: timestamps as the ISO strings the app writes, booleans as
// booleans, a revision's scenario as the JSON text stored. Rows keep their order of creation
// (scenarios, which lists break ties by) or are sorted by key, so the same data gives the same
// file whichever backend it came from. Each backend's SQL for it: sqlite/transfer.ts, postgres/transfer.ts.

import type { BetterAuthOptions } from 'better-auth';
import { getAuthTables } from 'better-auth/db';

export const DUMP_FORMAT = 'scenario-desk-dump';
export const DUMP_VERSION = 1;

/** A table or column name as SQL quotes it, on SQLite and PostgreSQL alike. */
export const quoteName = (name: string) => `"${name.replace(/"/g, '""')}"`;

export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

export interface ColumnSpec {
	name: string;
	type: 'text' | 'integer' | 'real' | 'boolean' | 'date';
}

export interface TableSpec {
	name: string;
	columns: ColumnSpec[];
	/** The columns a row is sorted by in a dump; none: kept in the order of creation. */
	key: string[];
}

const text = (...names: string[]): ColumnSpec[] => names.map((name) => ({ name, type: 'text' }));
const integer = (name: string): ColumnSpec => ({ name, type: 'integer' });
const real = (name: string): ColumnSpec => ({ name, type: 'real' });

/** The app's own tables, parents first. */
export const APP_TABLES: readonly TableSpec[] = [
	{
		name: 'api_tokens',
		columns: text('id', 'user_id', 'label', 'token_hash', 'created_at', 'last_used_at', 'revoked_at'),
		key: ['id']
	},
	{
		name: 'scenarios',
		columns: [
			...text('id', 'model_id', 'title_en', 'title_ar'),
			integer('head_revision'),
			...text('created_at', 'updated_at', 'deleted_at', 'owner')
		],
		key: []
	},
	{
		name: 'revisions',
		columns: [
			...text('scenario_id'),
			integer('revision'),
			...text('created_at', 'author', 'author_id', 'note'),
			integer('base_revision'),
			...text('scenario')
		],
		key: ['scenario_id', 'revision']
	},
	{
		name: 'forecasts',
		columns: [
			...text('scenario_id'),
			integer('revision'),
			...text('model_id', 'target', 'outcome'),
			real('probability'),
			...text('made_at', 'author_id', 'author_name')
		],
		key: ['scenario_id', 'revision', 'target', 'outcome']
	},
	{
		name: 'resolutions',
		columns: text('model_id', 'date', 'outcome', 'source', 'note', 'resolved_at', 'resolved_by_id', 'resolved_by_name'),
		key: ['model_id', 'date']
	},
	{
		name: 'audit_log',
		columns: [integer('id'), ...text('at', 'account_id', 'account_name', 'action', 'target', 'outcome')],
		key: ['id']
	}
];

/** better-auth's tables as its configuration defines them (users first), with each field's type. */
export function authTableSpecs(options: BetterAuthOptions): TableSpec[] {
	return Object.values(getAuthTables(options)).map((table) => ({
		name: table.modelName,
		columns: [
			{ name: 'id', type: 'text' as const },
			...Object.entries(table.fields).map(([field, spec]) => ({
				name: spec.fieldName ?? field,
				type:
					spec.type === 'boolean' ? ('boolean' as const) : spec.type === 'date' ? ('date' as const) : ('text' as const)
			}))
		],
		key: ['id']
	}));
}

/** What every table goes in and out as: better-auth's first (the app's tables reference its users). */
export function tableSpecs(auth: TableSpec[]): TableSpec[] {
	return [...auth, ...APP_TABLES];
}

export interface DatabaseDump {
	format: typeof DUMP_FORMAT;
	version: typeof DUMP_VERSION;
	tables: Record<string, Row[]>;
}

/** A cell as a dump holds it, from what a driver returned. */
export function canonicalCell(column: ColumnSpec, value: unknown): Cell {
	if (value === null || value === undefined) return null;
	if (value instanceof Date) return value.toISOString();
	if (column.type === 'boolean') return Boolean(value);
	if (column.type === 'integer' || column.type === 'real') return Number(value);
	if (column.type === 'date' && typeof value === 'number') return new Date(value).toISOString();
	return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : String(value);
}

export function canonicalRows(table: TableSpec, rows: Record<string, unknown>[]): Row[] {
	const out = rows.map((row) => Object.fromEntries(table.columns.map((c) => [c.name, canonicalCell(c, row[c.name])])));
	if (table.key.length === 0) return out;
	const compare = (a: Row, b: Row) => {
		for (const k of table.key) {
			const [x, y] = [a[k], b[k]];
			if (x === y) continue;
			if (x === null) return -1;
			if (y === null) return 1;
			return x < y ? -1 : 1;
		}
		return 0;
	};
	return out.sort(compare);
}

/** Moving a database's content out and (into an empty one) in; each backend has its own. */
export interface DatabaseTransfer {
	dump(tables: TableSpec[]): Promise<DatabaseDump>;
	/** Refuses unless the database holds no scenario, account or audit row; one transaction. */
	load(dump: DatabaseDump, tables: TableSpec[]): Promise<void>;
}

export class TransferError extends Error {}

export function emptyOrRefuse(counts: Record<string, number>): void {
	const held = Object.entries(counts).filter(([, n]) => n > 0);
	if (held.length > 0) {
		throw new TransferError(
			`the database is not empty (${held.map(([t, n]) => `${n} in ${t}`).join(', ')}): import into a new database`
		);
	}
}
