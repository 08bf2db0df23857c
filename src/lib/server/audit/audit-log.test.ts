import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ScenarioInput } from '$lib/model';
import { tinyScenario } from '$lib/schema/test-fixtures';
import { testBackends, type TestDatabase } from '../db/test-databases';
import type { AppDatabase } from '../db/types';
import { audited } from './audited';
import type { Actor } from './types';

const ana: Actor = { id: 'u1', name: 'ana' };
const cli: Actor = { id: null, name: 'command line (root)' };

function scenario(): ScenarioInput {
	const { $schema: _ref, ...rest } = tinyScenario();
	return rest;
}

describe.each(testBackends())('the audit log on $name', (backend) => {
	let opened: TestDatabase;
	let db: AppDatabase;
	beforeEach(async () => {
		opened = await backend.open();
		db = opened.database;
	});
	afterEach(() => opened.close());

	it('reads back newest first, a page at a time, to the end', async () => {
		for (let i = 1; i <= 5; i++)
			await db.audit.append({ actor: ana, action: 'scenario.save', target: `scenario:a@${i}`, outcome: 'ok' });
		const first = await db.audit.read({ limit: 2 });
		expect(first.entries.map((e) => e.target)).toEqual(['scenario:a@5', 'scenario:a@4']);
		const second = await db.audit.read({ limit: 2, before: first.next ?? undefined });
		expect(second.entries.map((e) => e.target)).toEqual(['scenario:a@3', 'scenario:a@2']);
		const last = await db.audit.read({ limit: 2, before: second.next ?? undefined });
		expect(last.entries.map((e) => e.target)).toEqual(['scenario:a@1']);
		expect(last.next).toBeNull();
	});

	it('filters by account (id, or name for the command line) and by action', async () => {
		await db.audit.append({ actor: ana, action: 'scenario.create', target: 'scenario:a', outcome: 'ok' });
		await db.audit.append({ actor: cli, action: 'user.create', target: 'user:bo', outcome: 'ok' });
		await db.audit.append({ actor: ana, action: 'scenario.delete', target: 'scenario:a', outcome: 'ok' });
		expect((await db.audit.read({ limit: 10, account: 'u1' })).entries.map((e) => e.action)).toEqual([
			'scenario.delete',
			'scenario.create'
		]);
		expect((await db.audit.read({ limit: 10, account: cli.name })).entries.map((e) => e.target)).toEqual(['user:bo']);
		expect((await db.audit.read({ limit: 10, action: 'scenario.create' })).entries.map((e) => e.actor)).toEqual([ana]);
		expect((await db.audit.accounts()).map((a) => a.key)).toEqual(['u1', cli.name]);
	});

	it('refuses to change or remove a row, even past the app', async () => {
		await db.audit.append({ actor: ana, action: 'scenario.create', target: 'scenario:a', outcome: 'ok' });
		await expect(opened.exec("UPDATE audit_log SET outcome = 'conflict'")).rejects.toThrow(/append-only/);
		await expect(opened.exec('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
		expect((await db.audit.read({ limit: 10 })).entries).toHaveLength(1);
	});

	describe('audited writes', () => {
		const outcome = (target: string) => (done: boolean) => ({ target, outcome: done ? 'ok' : 'not-found' }) as const;

		it('records the write with the outcome it had', async () => {
			const { id } = await db.store.create({ scenario: scenario() });
			await audited(db, ana, 'scenario.delete', 'remove', [id], outcome(`scenario:${id}`));
			await audited(db, ana, 'scenario.delete', 'remove', ['missing'], outcome('scenario:missing'));
			expect((await db.audit.read({ limit: 10 })).entries.map((e) => [e.target, e.outcome])).toEqual([
				['scenario:missing', 'not-found'],
				[`scenario:${id}`, 'ok']
			]);
		});

		it('leaves no row when the write fails, and no write when the row cannot be written', async () => {
			const { id } = await db.store.create({ scenario: scenario() });
			const broken = { ...scenario(), model: null as unknown as string };
			await expect(
				audited(db, ana, 'scenario.create', 'create', [{ scenario: broken }], () => ({
					target: 'scenario:x',
					outcome: 'ok'
				}))
			).rejects.toThrow(/model_id/);
			// The row fails after the write was made: the write must be undone with it.
			await expect(
				audited(db, ana, 'scenario.delete', 'remove', [id], () => {
					throw new Error('no room');
				})
			).rejects.toThrow('no room');
			expect((await db.store.get(id))?.deletedAt).toBeNull();
			expect((await db.store.list()).items.map((s) => s.id)).toEqual([id]);
			expect((await db.audit.read({ limit: 10 })).entries).toEqual([]);
		});
	});
});
