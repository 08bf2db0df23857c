import { describe, expect, it } from 'vitest';
import { keyJudgments, simulate } from '$lib/model';
import { tinyModel, tinyScenario } from '$lib/schema/test-fixtures';
import { compute } from '$lib/server/compute';
import { revisionOutputChanges } from './saved-history-outputs';

const model = tinyModel();
const first = { ...tinyScenario(), samples: 300 };
const second = structuredClone(first);
second.drivers[model.drivers[0].id].assessment = -0.8;

describe('revisionOutputChanges', () => {
	it('computes both revisions with the engine, as the dashboard would', async () => {
		const changes = await revisionOutputChanges(
			model,
			first,
			{ revision: 1, scenario: first },
			{ revision: 2, scenario: second }
		);
		const projection = simulate(model, second);
		expect(changes.judgments.map((j) => j.to.probability)).toEqual(
			keyJudgments(model, projection).map((j) => j.probability)
		);
		expect(changes.judgments.map((j) => j.from?.probability)).toEqual(
			keyJudgments(model, simulate(model, first)).map((j) => j.probability)
		);
	});

	it('runs no simulation for a pair whose revisions are kept by content', async () => {
		const pair = [
			{ revision: 1, scenario: first },
			{ revision: 2, scenario: second }
		] as const;
		const a = await revisionOutputChanges(model, first, ...pair);
		const jobs = compute().cache.size;
		const b = await revisionOutputChanges(model, first, ...pair);
		expect(compute().cache.size).toBe(jobs);
		expect(b).toEqual(a);
	});
});
