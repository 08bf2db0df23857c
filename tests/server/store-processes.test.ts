// The store's locking across processes, without HTTP in between so that the processes collide
// often: each save is a BEGIN IMMEDIATE transaction, so a writer never builds on a head that
// another process has just replaced. (With deferred transactions this test fails: SQLite
// refuses the late lock upgrade with "database is locked" hundreds of times.)

import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteDatabase } from '../../src/lib/server/db/sqlite/open';
import type { ScenarioInput } from '../../src/lib/model';
import type { RevisionMeta } from '../../src/lib/api/types';
import type { PageKey } from '../../src/lib/server/storage/paging';
import type { ScenarioStore } from '../../src/lib/server/storage/types';
import { baselineScenario, tempDataDir } from './harness';

const ROUNDS = 1500;
const data = tempDataDir('scenario-store-processes-');
const children = new Set<ReturnType<typeof spawn>>();

afterAll(() => {
	for (const child of children) child.kill('SIGKILL');
	data.remove();
});

interface Tally {
	tag: string;
	ok: number;
	conflicts: number;
	errors: string[];
}

function writer(file: string, id: string, tag: string): Promise<Tally> {
	return new Promise((resolve, reject) => {
		const child = spawn(
			process.execPath,
			['--import', 'tsx', path.join(import.meta.dirname, 'store-writer.ts'), file, id, String(ROUNDS), tag],
			{
				stdio: ['ignore', 'pipe', 'pipe']
			}
		);
		children.add(child);
		let out = '';
		let err = '';
		child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
		child.once('exit', (code) => {
			children.delete(child);
			if (code === 0) resolve(JSON.parse(out) as Tally);
			else reject(new Error(`writer ${tag} exited ${code}: ${err}`));
		});
	});
}

/** The whole history, page by page (the store hands it out a page at a time). */
async function everyRevision(store: ScenarioStore, id: string): Promise<RevisionMeta[]> {
	const all: RevisionMeta[] = [];
	let after: PageKey | undefined;
	do {
		const page = await store.revisions(id, { limit: 200, after });
		all.push(...(page?.items ?? []));
		after = page?.next ?? undefined;
	} while (after);
	return all;
}

describe('two processes saving on one file through the store', () => {
	it('never fail to lock, never lose or duplicate a save, and keep revisions contiguous', async () => {
		const file = path.join(data.dir, 'shared.sqlite');
		const database = openSqliteDatabase(file);
		const { $schema: _ref, ...scenario } = baselineScenario();
		const id = (await database.store.create({ scenario: scenario as unknown as ScenarioInput })).id;
		await database.close();

		const tallies = await Promise.all([writer(file, id, 'a'), writer(file, id, 'b')]);
		console.log(
			`store across processes: ${tallies.map((t) => `${t.tag}: ${t.ok} saved, ${t.conflicts} conflicts, ${t.errors.length} errors`).join('; ')}`
		);
		expect(tallies.flatMap((t) => t.errors)).toEqual([]);

		const reopened = openSqliteDatabase(file);
		try {
			const revisions = await everyRevision(reopened.store, id);
			const saved = tallies.reduce((sum, t) => sum + t.ok, 0);
			expect(revisions).toHaveLength(1 + saved);
			expect(revisions.map((r) => r.revision)).toEqual(revisions.map((_, i) => revisions.length - i));
			const notes = revisions.slice(0, -1).map((r) => r.note);
			expect(new Set(notes).size).toBe(saved);
			for (const t of tallies) expect(notes.filter((n) => n.startsWith(`${t.tag}-`))).toHaveLength(t.ok);
			// Every save was on the head it read: each revision's base is the one before it.
			for (const r of revisions.slice(0, -1)) expect(r.baseRevision).toBe(r.revision - 1);
		} finally {
			await reopened.close();
		}
	});
});
