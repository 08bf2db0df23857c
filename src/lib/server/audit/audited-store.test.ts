import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ScenarioInput } from '$lib/model';
import { tinyScenario } from '$lib/schema/test-fixtures';
import { openStore } from '../storage/sqlite-store';
import type { ScenarioStore } from '../storage/types';
import { withWriteContext } from './actor-context';
import { readAudit } from './audit-log';
import { auditedStore } from './audited-store';

let dir: string;
let raw: ScenarioStore;
let store: ScenarioStore;
const ana = { id: 'u1', name: 'ana' };

beforeEach(() => {
	dir = mkdtempSync(path.join(os.tmpdir(), 'audited-store-'));
	raw = openStore(path.join(dir, 'test.sqlite'));
	store = auditedStore(raw, raw.database);
});
afterEach(() => {
	raw.close();
	rmSync(dir, { recursive: true, force: true });
});

function scenario(en = 'Baseline'): ScenarioInput {
	const { $schema: _ref, ...rest } = tinyScenario();
	return { ...rest, title: { en, ar: 'أساسي' } };
}

const log = () => readAudit(raw.database, { limit: 100 }).entries.map((e) => [e.action, e.target, e.outcome]);

describe('the audited store', () => {
	it('appends one row per write, naming the account, the target and the outcome', () => {
		withWriteContext({ actor: ana, routeId: '/api/scenarios' }, () => {
			const { id } = store.create({ scenario: scenario() });
			store.save(id, { baseRevision: 1, scenario: scenario('Edited') });
			store.save(id, { baseRevision: 1, scenario: scenario('Stale') });
			store.rename(id, { en: 'Renamed', ar: 'جديد' }, 2);
			store.restoreRevision(id, 1, 3);
			const copy = store.duplicate(id, 2);
			store.remove(id);
			store.restore(id);
			store.remove('missing');
			expect(log()).toEqual([
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
		expect(new Set(readAudit(raw.database, { limit: 100 }).entries.map((e) => e.actor.name))).toEqual(new Set(['ana']));
	});

	it('tells an import from a create by the route, and names the server outside a request', () => {
		withWriteContext({ actor: ana, routeId: '/api/scenarios/import' }, () => store.create({ scenario: scenario() }));
		store.create({ scenario: scenario() });
		const [outside, imported] = readAudit(raw.database, { limit: 10 }).entries;
		expect([imported.action, imported.actor]).toEqual(['scenario.import', ana]);
		expect([outside.action, outside.actor]).toEqual(['scenario.create', { id: null, name: 'server' }]);
	});

	it('writes nothing, not even the row, when the store throws', () => {
		expect(() => store.create({ scenario: { ...scenario(), model: undefined as unknown as string } })).toThrow();
		expect(log()).toEqual([]);
		expect(raw.database.prepare('SELECT count(*) AS n FROM scenarios').get()).toEqual({ n: 0 });
	});
});
