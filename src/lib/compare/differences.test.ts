import { describe, expect, it } from 'vitest';
import { keyJudgments, simulate, type ScenarioInput } from '$lib/model';
import { tinyModel, tinyScenario } from '$lib/schema/test-fixtures';
import { headlineStep, horizonHeadlines, judgmentDifferences, referenceProbability } from './differences';

const model = tinyModel();

function run(change: (s: ScenarioInput) => void = () => {}) {
	const scenario = structuredClone(tinyScenario());
	scenario.samples = 400;
	change(scenario);
	const projection = simulate(model, scenario);
	return { projection, judgments: keyJudgments(model, projection) };
}

const reference = run();
const firstDriver = model.drivers[0].id;
const lower = run((s) => (s.drivers[firstDriver].assessment = -0.9));

describe('judgmentDifferences', () => {
	it('is each judgment’s probability minus the reference’s, and nothing for the reference', () => {
		const [ofReference, ofLower] = judgmentDifferences([reference, lower]);
		expect(ofReference.every((d) => d === null)).toBe(true);
		lower.judgments.forEach((judgment, k) => {
			const same = reference.judgments.find(
				(j) => j.kind === judgment.kind && j.step === judgment.step && j.outcome === judgment.outcome
			);
			const base = same?.probability ?? reference.projection.stateProbabilities[judgment.outcome][judgment.step];
			expect(ofLower[k]).toBe(judgment.probability - base);
		});
		// A lower assessment moves something: not every difference is zero.
		expect(ofLower.some((d) => d !== null && Math.abs(d) > 0.01)).toBe(true);
	});

	it('measures another most likely outcome by the reference’s probability of that outcome', () => {
		const judgment = { ...lower.judgments.find((j) => j.kind === 'most-likely')! };
		const other = model.outcomes.find((o) => o.id !== judgment.outcome)!.id;
		const asked = { ...judgment, outcome: other };
		const onlyOther = { ...reference, judgments: reference.judgments.filter((j) => j.kind !== 'most-likely') };
		expect(referenceProbability(asked, onlyOther)).toBe(reference.projection.stateProbabilities[other][judgment.step]);
	});

	it('swapping the reference turns every difference around', () => {
		const forward = judgmentDifferences([reference, lower])[1];
		const back = judgmentDifferences([lower, reference])[1];
		reference.judgments.forEach((j, k) => {
			if (j.kind === 'most-likely') return;
			const i = lower.judgments.findIndex((l) => l.kind === j.kind && l.step === j.step);
			expect(back[k]).toBeCloseTo(-(forward[i] ?? Number.NaN), 12);
		});
	});
});

describe('horizonHeadlines', () => {
	it('gives every outcome at the horizon, best first, then the rupture risk, with differences to the first', () => {
		const rows = horizonHeadlines(model, [reference, lower]);
		const step = headlineStep(reference);
		expect(rows.map((r) => r.id)).toEqual([...model.outcomes.map((o) => o.id)].reverse().concat(model.outcomes[0].id));
		expect(rows.at(-1)?.kind).toBe('rupture');
		expect(rows.at(-1)?.values).toEqual([reference.projection.ruptureRisk[step], lower.projection.ruptureRisk[step]]);
		for (const row of rows.slice(0, -1)) {
			expect(row.values[1]).toBe(lower.projection.stateProbabilities[row.id][step]);
			expect(row.differences).toEqual([null, row.values[1] - row.values[0]]);
		}
	});
});
