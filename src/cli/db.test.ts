import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ScenarioInput } from '$lib/model';
import { tinyScenario } from '$lib/schema/test-fixtures';
import { migrations } from '$lib/server/db/sqlite/migrations';
import { openSqliteDatabase } from '$lib/server/db/sqlite/open';
import type { ScenarioStore } from '$lib/server/storage/types';
import { backupDatabase } from './db-backup';
import { inspectDatabase } from './db-inspect';
import { restoreDatabase } from './db-restore';

let dir: string;
let live: string;
const children = new Set<ChildProcess>();

beforeEach(() => {
	dir = mkdtempSync(path.join(os.tmpdir(), 'scenario-db-'));
	live = path.join(dir, 'data', 'scenario-desk.sqlite');
	mkdirSync(path.dirname(live));
});

afterEach(() => {
	for (const child of children) child.kill('SIGKILL');
	children.clear();
	rmSync(dir, { recursive: true, force: true });
});

function scenario(title: string): ScenarioInput {
	const { $schema: _ref, ...rest } = tinyScenario();
	return { ...rest, title: { en: title, ar: `${title} ar` } };
}

async function withStore<T>(file: string, use: (store: ScenarioStore) => Promise<T>): Promise<T> {
	const database = openSqliteDatabase(file);
	try {
		return await use(database.store);
	} finally {
		await database.close();
	}
}

const titlesIn = (file: string) =>
	withStore(file, async (s) => (await s.list({ limit: 200 })).items.map((x) => x.title.en).sort());
const seed = (file: string, titles: string[]) =>
	withStore(file, async (s) => {
		const ids: string[] = [];
		for (const t of titles) ids.push((await s.create({ scenario: scenario(t) })).id);
		return ids;
	});

/** A process running `script` (tsx) with `args`; resolves once it prints its first line. */
function child(script: string, args: string[]): Promise<{ process: ChildProcess; done: Promise<string> }> {
	const proc = spawn(process.execPath, ['--import', 'tsx', script, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
	children.add(proc);
	let out = '';
	let err = '';
	const done = new Promise<string>((resolve, reject) =>
		proc.once('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`${script} exited ${code}: ${err}`))))
	);
	return new Promise((resolve, reject) => {
		proc.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
		proc.stdout?.on('data', (chunk: Buffer) => {
			const first = out === '';
			out += chunk.toString();
			if (first) resolve({ process: proc, done });
		});
		done.catch(reject);
	});
}

describe('npm run db -- backup', () => {
	it('copies a consistent database while another process keeps writing', async () => {
		const [id] = await seed(live, ['Busy']);
		const writer = path.resolve('tests/server/store-writer.ts');
		const proc = spawn(process.execPath, ['--import', 'tsx', writer, live, id, '3000', 'w'], { stdio: 'pipe' });
		children.add(proc);
		let running = true;
		const finished = new Promise<void>((resolve) =>
			proc.once('exit', () => {
				running = false;
				resolve();
			})
		);
		while (running && inspectDatabase(live).revisions < 2) await new Promise((r) => setTimeout(r, 20));
		const counts: number[] = [];
		// Back up again and again while the writer saves revision after revision.
		for (let i = 0; running && i < 30; i++) {
			const file = path.join(dir, `backup-${i}.sqlite`);
			const facts = await backupDatabase(live, file);
			counts.push(facts.revisions);
			// A snapshot: every revision from 1 to the head it names, nothing half-written.
			const copy = new Database(file, { readonly: true });
			const head = copy.prepare<[], { head_revision: number }>('SELECT head_revision FROM scenarios').get();
			const numbers = copy.prepare<[], { revision: number }>('SELECT revision FROM revisions ORDER BY revision').all();
			copy.close();
			expect(numbers.map((r) => r.revision)).toEqual(Array.from({ length: head?.head_revision ?? 0 }, (_, n) => n + 1));
			expect(readFileSync(file).subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
		}
		await finished;
		expect(proc.exitCode).toBe(0);
		// The backups were taken while the writer was under way: they hold different histories.
		expect(new Set(counts).size, `revisions per backup: ${counts.join(', ')}`).toBeGreaterThan(1);
		expect(Math.min(...counts)).toBeGreaterThan(1);
	}, 60_000);

	it('refuses to replace an existing file unless told to', async () => {
		await seed(live, ['One']);
		const file = path.join(dir, 'backup.sqlite');
		writeFileSync(file, 'precious');
		await expect(backupDatabase(live, file)).rejects.toThrow(/already exists.*--force/);
		expect(readFileSync(file, 'utf8')).toBe('precious');
		await expect(backupDatabase(live, file, { force: true })).resolves.toMatchObject({ scenarios: 1 });
	});
});

describe('npm run db -- restore', () => {
	it('puts the backup in place and keeps the replaced database as .bak', async () => {
		await seed(live, ['Before']);
		const file = path.join(dir, 'backup.sqlite');
		await backupDatabase(live, file);
		await seed(live, ['After']);
		const report = await restoreDatabase(file, live);
		expect(report).toMatchObject({ scenarios: 1, version: migrations.length, keptAs: `${live}.bak` });
		expect(await titlesIn(live)).toEqual(['Before']);
		expect(await titlesIn(`${live}.bak`)).toEqual(['After', 'Before']);
	});

	it('restores into an empty data folder', async () => {
		await seed(live, ['Only']);
		const file = path.join(dir, 'backup.sqlite');
		await backupDatabase(live, file);
		const elsewhere = path.join(dir, 'fresh', 'scenario-desk.sqlite');
		await expect(restoreDatabase(file, elsewhere)).resolves.toMatchObject({ keptAs: null, scenarios: 1 });
		expect(await titlesIn(elsewhere)).toEqual(['Only']);
	});

	it('refuses while another process has the database open, and changes nothing', async () => {
		await seed(live, ['Live']);
		const file = path.join(dir, 'backup.sqlite');
		await backupDatabase(live, file);
		await seed(live, ['Newer']);
		const holder = await child(path.resolve('src/cli/test-db-holder.ts'), [live]);
		await expect(restoreDatabase(file, live)).rejects.toThrow(/is in use \(a running server\?\).*Nothing was changed/);
		holder.process.stdin?.end();
		await holder.done;
		expect(await titlesIn(live)).toEqual(['Live', 'Newer']);
	}, 30_000);

	it('refuses a file that is not a Scenario Desk database of a known version, saying why', async () => {
		await seed(live, ['Kept']);
		const junk = path.join(dir, 'notes.txt');
		writeFileSync(junk, 'not a database at all');
		const other = path.join(dir, 'other.sqlite');
		const db = new Database(other);
		db.exec('CREATE TABLE things (x)');
		db.close();
		const newer = path.join(dir, 'newer.sqlite');
		await backupDatabase(live, newer);
		const bump = new Database(newer);
		bump.pragma(`user_version = ${migrations.length + 1}`);
		bump.close();
		const cases: [string, RegExp][] = [
			[path.join(dir, 'missing.sqlite'), /no such file/],
			[junk, /not an SQLite database/],
			[other, /not a Scenario Desk database \(no scenarios or revisions table\)/],
			[newer, new RegExp(`schema version ${migrations.length + 1} is not one this app knows.*newer app`)]
		];
		for (const [file, message] of cases) await expect(restoreDatabase(file, live), file).rejects.toThrow(message);
		expect(await titlesIn(live)).toEqual(['Kept']);
		expect(() => inspectDatabase(live)).not.toThrow();
	});
});
