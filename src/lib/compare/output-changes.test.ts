import { describe, expect, it } from 'vitest';
import { keyJudgments, simulate, type ScenarioInput } from '$lib/model';
import { tinyModel, tinyScenario } from '$lib/schema/test-fixtures';
import { anyOutputChange, outputChanges } from './output-changes';

const model = tinyModel();

function run(change: (s: ScenarioInput) => void = () => {}) {
	const scenario = structuredClone(tinyScenario());
	scenario.samples = 400;
	change(scenario);
	const projection = simulate(model, scenario);
	return { projection, judgments: keyJudgments(model, projection) };
}

const before = run();
const after = run((s) => (s.drivers[model.drivers[0].id].assessment = -0.9));

describe('outputChanges', () => {
	it('pairs each later judgment with the earlier one and gives the change in its probability', () => {
		const changes = outputChanges(model, before, after);
		expect(changes.judgments.map((j) => j.to)).toEqual(after.judgments);
		for (const row of changes.judgments) {
			expect(row.from?.kind).toBe(row.to.kind);
			expect(row.from?.step).toBe(row.to.step);
			if (row.from && row.from.outcome === row.to.outcome)
				expect(row.change).toBe(row.to.probability - row.from.probability);
		}
		expect(anyOutputChange(changes)).toBe(true);
	});

	it('gives the horizon’s outcomes and the rupture risk in both revisions', () => {
		const changes = outputChanges(model, before, after);
		const last = before.projection.times.length - 1;
		expect(changes.time).toBe(before.projection.times[last]);
		const rupture = changes.headlines.at(-1)!;
		expect(rupture.values).toEqual([before.projection.ruptureRisk[last], after.projection.ruptureRisk[last]]);
		expect(rupture.differences[1]).toBe(rupture.values[1] - rupture.values[0]);
	});

	it('says nothing moved between two revisions with the same settings', () => {
		const same = outputChanges(model, before, run());
		expect(anyOutputChange(same)).toBe(false);
		expect(same.judgments.every((j) => j.change === 0)).toBe(true);
	});
});
