import { describe, expect, it } from 'vitest';
import { evidenceMatrix } from './matrix';
import { item, modelWith, scenarioWith } from './test-evidence';

describe('evidenceMatrix', () => {
	const model = modelWith([
		item('treaty', { a: 'raises', b: 'lowers' }, 'A1', 'Treaty'),
		item('rumour', { a: 'lowers' }, 'F4', 'Rumour'),
		{ ...item('bare', { c: 'raises' }), direction: undefined }
	]);
	const m = evidenceMatrix(model, scenarioWith({ a: 0.5, b: 0.4 }), ['b', 'a']);

	it('has a row per item with its grade and a cell per driver: the direction, context when undirected, null where silent', () => {
		expect(m.rows.map((r) => [r.item.id, r.grade, r.cells])).toEqual([
			['treaty', 'A1', ['raises', 'lowers', null]],
			['rumour', 'F4', ['lowers', null, null]],
			['bare', '–', [null, null, 'context']]
		]);
	});

	it('has a column per driver with its balance, rank in the ranking given, and flags', () => {
		expect(m.drivers.map((d) => [d.driver, d.rank, d.lean, d.flags])).toEqual([
			['a', 2, 'raises', []],
			['b', 1, 'lowers', ['single-source', 'against-evidence']],
			['c', null, 'none', ['single-source']]
		]);
		expect(m.drivers[0].raising).toBe(1);
		expect(m.drivers[0].lowering).toBeCloseTo(0.09, 12);
	});
});
