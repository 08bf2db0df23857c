import { describe, expect, it } from 'vitest';
import { changedRows, differsFromFirst, settingRows } from './diff';
import { scenarioFor, smallModel } from './test-arbitraries';

const model = smallModel(2, [{ date: '2026-01', effects: { 0: 0.2 } }], [0]);
const setting = { weight: 0.5, assessment: 0.1, low: 0, high: 0.2, trend: 0 };
const a = scenarioFor(model, [setting, setting], [0.3]);
const b = { ...a, drivers: { ...a.drivers, d1: { ...setting, weight: 0.9 } }, events: { e0: { probability: 0.6 } } };

describe('settings diff', () => {
	it('lists every setting of the model, in its order', () => {
		const rows = settingRows(model, [a, b]);
		expect(rows).toHaveLength(2 * 5 + 1 + 2);
		expect(rows[0]).toEqual({ kind: 'driver', id: 'd0', field: 'weight', values: [0.5, 0.5] });
	});

	it('finds exactly what changed', () => {
		expect(changedRows(model, [a, b]).map((r) => `${r.id}.${r.field}`)).toEqual(['d1.weight', 'e0.probability']);
		expect(changedRows(model, [a, a])).toEqual([]);
		expect(differsFromFirst({ kind: 'run', id: 'seed', field: 'value', values: [1, 1] }, 1)).toBe(false);
	});
});
