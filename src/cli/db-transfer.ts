// `npm run db -- export FILE` and `npm run db -- import FILE`: everything the app keeps, out of the
// configured database (DATABASE_URL, else DATA_DIR's SQLite file) into a JSON file, or from one
// into a new, empty database — the way from SQLite to PostgreSQL and back (src/lib/server/db/transfer.ts).

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as z from 'zod';
import { authSettingsFromEnv, prepareAuth } from '../lib/server/auth/auth';
import {
	authTableSpecs,
	DUMP_FORMAT,
	DUMP_VERSION,
	tableSpecs,
	TransferError,
	type DatabaseDump
} from '../lib/server/db/transfer';
import type { AppDatabase } from '../lib/server/db/types';
import { DbCommandError } from './db-inspect';

const cell = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const dumpSchema = z.object({
	format: z.literal(DUMP_FORMAT),
	version: z.literal(DUMP_VERSION),
	tables: z.record(z.string(), z.array(z.record(z.string(), cell)))
});

/** The configured database with every table made (better-auth's too), and what they are. */
async function openPrepared(env: NodeJS.ProcessEnv) {
	const settings = { ...authSettingsFromEnv(env), origin: 'http://localhost' };
	const { auth, database } = await prepareAuth(settings);
	return { database, tables: tableSpecs(authTableSpecs(auth.options)) };
}

async function closing<T>(database: AppDatabase, work: () => Promise<T>): Promise<T> {
	try {
		return await work();
	} finally {
		await database.close();
	}
}

export interface TransferCounts {
	scenarios: number;
	revisions: number;
	accounts: number;
	auditRows: number;
}

function counts(dump: DatabaseDump): TransferCounts {
	const n = (table: string) => dump.tables[table]?.length ?? 0;
	return { scenarios: n('scenarios'), revisions: n('revisions'), accounts: n('user'), auditRows: n('audit_log') };
}

export function describeCounts(c: TransferCounts): string {
	return `${c.scenarios} scenarios, ${c.revisions} revisions, ${c.accounts} accounts, ${c.auditRows} audit rows`;
}

export async function exportDatabase(
	file: string,
	options: { force?: boolean; env?: NodeJS.ProcessEnv } = {}
): Promise<TransferCounts> {
	if (existsSync(file) && !options.force) throw new DbCommandError(`${file} exists: pass --force to replace it`);
	const { database, tables } = await openPrepared(options.env ?? process.env);
	return closing(database, async () => {
		const dump = await database.transfer.dump(tables);
		writeFileSync(file, `${JSON.stringify(dump, null, 1)}\n`, { mode: 0o600 });
		return counts(dump);
	});
}

export async function importDatabase(file: string, env: NodeJS.ProcessEnv = process.env): Promise<TransferCounts> {
	if (!existsSync(file)) throw new DbCommandError(`${file}: no such file`);
	let raw: unknown;
	try {
		raw = JSON.parse(readFileSync(file, 'utf8'));
	} catch (error) {
		throw new DbCommandError(`${file}: not JSON (${error instanceof Error ? error.message : String(error)})`);
	}
	const parsed = dumpSchema.safeParse(raw);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		throw new DbCommandError(
			`${file}: not a Scenario Desk export (${issue.path.join('.') || 'file'}: ${issue.message})`
		);
	}
	const dump = parsed.data as DatabaseDump;
	const { database, tables } = await openPrepared(env);
	return closing(database, async () => {
		const unknown = Object.keys(dump.tables).filter((name) => !tables.some((t) => t.name === name));
		if (unknown.length > 0) throw new DbCommandError(`${file}: tables this app does not have: ${unknown.join(', ')}`);
		try {
			await database.transfer.load(dump, tables);
		} catch (error) {
			if (error instanceof TransferError) throw new DbCommandError(error.message);
			throw error;
		}
		return counts(dump);
	});
}

/** Where the configured database is, for the commands' messages. */
export function databaseName(env: NodeJS.ProcessEnv = process.env): string {
	const url = env.DATABASE_URL?.trim();
	if (url) {
		const parsed = new URL(url);
		return `PostgreSQL ${parsed.host}${parsed.pathname}`;
	}
	return `${env.DATA_DIR || 'data'}/scenario-desk.sqlite`;
}
