import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ScenarioInput } from '$lib/model';
import { tinyScenario } from '$lib/schema/test-fixtures';
import { testBackends, type TestDatabase } from '../db/test-databases';
import type { ScenarioStore } from '../storage/types';
import { withWriteContext } from './actor-context';
import { auditedStore } from './audited-store';

const ana = { id: 'u1', name: 'ana' };

function scenario(en = 'Baseline'): ScenarioInput {
	const { $schema: _ref, ...rest } = tinyScenario();
	return { ...rest, title: { en, ar: 'أساسي' } };
}

describe.each(testBackends())('the audited store on $name', (backend) => {
	let opened: TestDatabase;
	let store: ScenarioStore;
	beforeEach(async () => {
		opened = await backend.open();
		store = auditedStore(opened.database);
	});
	afterEach(() => opened.close());

	const entries = async () => (await opened.database.audit.read({ limit: 100 })).entries;
	const log = async () => (await entries()).map((e) => [e.action, e.target, e.outcome]);

	it('appends one row per write, naming the account, the target and the outcome', async () => {
		await withWriteContext({ actor: ana, routeId: '/api/scenarios' }, async () => {
			const { id } = await store.create({ scenario: scenario() });
			await store.save(id, { baseRevision: 1, scenario: scenario('Edited') });
			await store.save(id, { baseRevision: 1, scenario: scenario('Stale') });
			await store.rename(id, { en: 'Renamed', ar: 'جديد' }, 2);
			await store.restoreRevision(id, 1, 3);
			const copy = await store.duplicate(id, 2);
			await store.remove(id);
			await store.restore(id);
			await store.remove('missing');
			expect(await log()).toEqual([
				['scenario.delete', 'scenario:missing', 'not-found'],
				['scenario.undelete', `scenario:${id}`, 'ok'],
				['scenario.delete', `scenario:${id}`, 'ok'],
				['scenario.duplicate', `scenario:${copy?.id}@1 from scenario:${id}`, 'ok'],
				['scenario.restore-revision', `scenario:${id}@4`, 'ok'],
				['scenario.rename', `scenario:${id}@3`, 'ok'],
				['scenario.save', `scenario:${id}@2`, 'conflict'],
				['scenario.save', `scenario:${id}@2`, 'ok'],
				['scenario.create', `scenario:${id}@1`, 'ok']
			]);
		});
		expect(new Set((await entries()).map((e) => e.actor.name))).toEqual(new Set(['ana']));
	});

	it('tells an import from a create by the route, and names the server outside a request', async () => {
		await withWriteContext({ actor: ana, routeId: '/api/scenarios/import' }, () =>
			store.create({ scenario: scenario() })
		);
		await store.create({ scenario: scenario() });
		const [outside, imported] = await entries();
		expect([imported.action, imported.actor]).toEqual(['scenario.import', ana]);
		expect([outside.action, outside.actor]).toEqual(['scenario.create', { id: null, name: 'server' }]);
	});

	it('writes nothing, not even the row, when the store throws', async () => {
		await expect(
			store.create({ scenario: { ...scenario(), model: undefined as unknown as string } })
		).rejects.toThrow();
		expect(await log()).toEqual([]);
		expect((await store.list()).items).toEqual([]);
	});
});
