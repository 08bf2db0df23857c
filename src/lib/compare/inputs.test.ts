import { describe, expect, it } from 'vitest';
import { tinyModel, tinyScenario } from '$lib/schema/test-fixtures';
import { differenceCounts, inputGroups, onlyDifferences } from './inputs';

const model = tinyModel();
const first = tinyScenario();
const second = tinyScenario();
second.drivers.trade = { ...second.drivers.trade, weight: 0.8 };
second.events.ceasefire = { probability: 0.9 };
const third = tinyScenario();
// The same value reached by arithmetic: not a difference.
third.drivers.military = { ...third.drivers.military, assessment: 0.1 + 0.5 };

describe('inputGroups', () => {
	const groups = inputGroups(model, [first, second, third]);

	it('lists every driver’s five settings, every event’s probability, then the unmodelled factors', () => {
		expect(groups.map((g) => `${g.kind}:${g.id}`)).toEqual([
			'driver:military',
			'driver:trade',
			'driver:china',
			'event:ceasefire',
			'unmodelled:unmodelled'
		]);
		expect(groups[4].rows.map((r) => r.field)).toEqual(['volatility', 'persistence']);
		expect(groups[0].rows.map((r) => r.field)).toEqual(['weight', 'assessment', 'low', 'high', 'trend']);
		expect(groups[3].rows.map((r) => r.field)).toEqual(['probability']);
	});

	it('holds one value per scenario and marks what differs from the first', () => {
		const weight = groups[1].rows[0];
		expect(weight.values).toEqual([0.5, 0.8, 0.5]);
		expect(weight.differs).toEqual([false, true, false]);
		expect(groups[3].rows[0].differs).toEqual([false, true, false]);
		expect(groups[0].rows[1].differs).toEqual([false, false, false]);
	});

	it('reads the model’s unmodelled factors for a scenario without its own, and marks a scenario’s own', () => {
		const own = { ...tinyScenario(), dynamics: { ...model.dynamics, volatility: model.dynamics.volatility + 0.25 } };
		const [, , , , unmodelled] = inputGroups(model, [first, own]);
		expect(unmodelled.rows[0].values).toEqual([model.dynamics.volatility, model.dynamics.volatility + 0.25]);
		expect(unmodelled.rows[0].differs).toEqual([false, true]);
		expect(unmodelled.rows[1].differs).toEqual([false, false]);
		expect(unmodelled.fromModel).toEqual([true, false]);
		// The model's own numbers written into a scenario are the same setting, not a difference.
		const same = { ...tinyScenario(), dynamics: { ...model.dynamics } };
		expect(onlyDifferences(inputGroups(model, [first, same]))).toEqual([]);
	});

	it('counts the differences per scenario', () => {
		expect(differenceCounts(groups, 3)).toEqual([0, 2, 0]);
	});

	it('treats a missing setting as different rather than failing', () => {
		const partial = { ...tinyScenario(), drivers: { ...tinyScenario().drivers }, events: {} };
		const rows = inputGroups(model, [first, partial]);
		expect(rows[3].rows[0].values[1]).toBeNaN();
		expect(rows[3].rows[0].differs).toEqual([false, true]);
	});
});

describe('onlyDifferences', () => {
	it('keeps only rows that differ and drops groups left empty', () => {
		const kept = onlyDifferences(inputGroups(model, [first, second, third]));
		expect(kept.map((g) => [g.id, g.rows.map((r) => r.field)])).toEqual([
			['trade', ['weight']],
			['ceasefire', ['probability']]
		]);
		expect(onlyDifferences(inputGroups(model, [first, first]))).toEqual([]);
	});
});
