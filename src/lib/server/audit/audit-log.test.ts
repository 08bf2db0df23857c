import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../storage/database';
import { auditAccounts, appendAudit, readAudit } from './audit-log';
import { audited } from './audited';
import type { Actor } from './types';

let dir: string;
let db: Database;
const ana: Actor = { id: 'u1', name: 'ana' };
const cli: Actor = { id: null, name: 'command line (root)' };

beforeEach(() => {
	dir = mkdtempSync(path.join(os.tmpdir(), 'audit-'));
	db = openDatabase(path.join(dir, 'db.sqlite'));
});
afterEach(() => {
	db.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('the audit log', () => {
	it('reads back newest first, a page at a time, to the end', () => {
		for (let i = 1; i <= 5; i++)
			appendAudit(db, { actor: ana, action: 'scenario.save', target: `scenario:a@${i}`, outcome: 'ok' });
		const first = readAudit(db, { limit: 2 });
		expect(first.entries.map((e) => e.target)).toEqual(['scenario:a@5', 'scenario:a@4']);
		const second = readAudit(db, { limit: 2, before: first.next ?? undefined });
		expect(second.entries.map((e) => e.target)).toEqual(['scenario:a@3', 'scenario:a@2']);
		const last = readAudit(db, { limit: 2, before: second.next ?? undefined });
		expect(last.entries.map((e) => e.target)).toEqual(['scenario:a@1']);
		expect(last.next).toBeNull();
	});

	it('filters by account (id, or name for the command line) and by action', () => {
		appendAudit(db, { actor: ana, action: 'scenario.create', target: 'scenario:a', outcome: 'ok' });
		appendAudit(db, { actor: cli, action: 'user.create', target: 'user:bo', outcome: 'ok' });
		appendAudit(db, { actor: ana, action: 'scenario.delete', target: 'scenario:a', outcome: 'ok' });
		expect(readAudit(db, { limit: 10, account: 'u1' }).entries.map((e) => e.action)).toEqual([
			'scenario.delete',
			'scenario.create'
		]);
		expect(readAudit(db, { limit: 10, account: cli.name }).entries.map((e) => e.target)).toEqual(['user:bo']);
		expect(readAudit(db, { limit: 10, action: 'scenario.create' }).entries.map((e) => e.actor)).toEqual([ana]);
		expect(auditAccounts(db).map((a) => a.key)).toEqual(['u1', cli.name]);
	});

	it('refuses to change or remove a row', () => {
		appendAudit(db, { actor: ana, action: 'scenario.create', target: 'scenario:a', outcome: 'ok' });
		expect(() => db.exec("UPDATE audit_log SET outcome = 'conflict'")).toThrow(/append-only/);
		expect(() => db.exec('DELETE FROM audit_log')).toThrow(/append-only/);
		expect(readAudit(db, { limit: 10 }).entries).toHaveLength(1);
	});
});

describe('audited writes', () => {
	// A table of the test's own: what the write is does not matter, only whether it commits.
	const trash = (id: string) => db.prepare('UPDATE things SET trashed = 1 WHERE id = ?').run(id).changes > 0;
	beforeEach(() => {
		db.exec("CREATE TABLE things (id TEXT PRIMARY KEY, trashed INTEGER NOT NULL); INSERT INTO things VALUES ('a', 0)");
	});

	it('records the write with the outcome it had', () => {
		audited(
			db,
			ana,
			'scenario.delete',
			() => trash('a'),
			(done) => ({
				target: 'scenario:a',
				outcome: done ? 'ok' : 'not-found'
			})
		);
		audited(
			db,
			ana,
			'scenario.delete',
			() => trash('b'),
			(done) => ({
				target: 'scenario:b',
				outcome: done ? 'ok' : 'not-found'
			})
		);
		expect(readAudit(db, { limit: 10 }).entries.map((e) => [e.target, e.outcome])).toEqual([
			['scenario:b', 'not-found'],
			['scenario:a', 'ok']
		]);
	});

	it('leaves no row when the write fails, and no write when the row cannot be written', () => {
		expect(() =>
			audited(
				db,
				ana,
				'scenario.create',
				() => {
					throw new Error('disk full');
				},
				() => ({ target: 'scenario:x', outcome: 'ok' })
			)
		).toThrow('disk full');
		db.exec("CREATE TRIGGER refuse BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'no room'); END");
		expect(() =>
			audited(
				db,
				ana,
				'scenario.delete',
				() => trash('a'),
				() => ({ target: 'scenario:a', outcome: 'ok' })
			)
		).toThrow('no room');
		expect(db.prepare("SELECT trashed FROM things WHERE id = 'a'").get()).toEqual({ trashed: 0 });
		db.exec('DROP TRIGGER refuse');
		expect(readAudit(db, { limit: 10 }).entries).toEqual([]);
	});
});
