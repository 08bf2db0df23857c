import { describe, expect, it } from 'vitest';
import { keyJudgments, simulate } from '$lib/model';
import { tinyModel, tinyScenario } from '$lib/schema/test-fixtures';
import { keptPairs, revisionOutputChanges } from './saved-history-outputs';

const model = tinyModel();
const first = { ...tinyScenario(), samples: 300 };
const second = structuredClone(first);
second.drivers[model.drivers[0].id].assessment = -0.8;

describe('revisionOutputChanges', () => {
	it('computes both revisions with the engine, as the dashboard would', () => {
		const changes = revisionOutputChanges(
			model,
			first,
			'abc',
			{ revision: 1, scenario: first },
			{ revision: 2, scenario: second }
		);
		const projection = simulate(model, second);
		expect(changes.judgments.map((j) => j.to.probability)).toEqual(
			keyJudgments(model, projection).map((j) => j.probability)
		);
	});

	it('keeps a pair once computed, and a bounded number of pairs', () => {
		const a = revisionOutputChanges(
			model,
			first,
			'keep',
			{ revision: 1, scenario: first },
			{ revision: 2, scenario: second }
		);
		const b = revisionOutputChanges(
			model,
			first,
			'keep',
			{ revision: 1, scenario: first },
			{ revision: 2, scenario: second }
		);
		expect(b).toBe(a);
		for (let i = 0; i < 40; i++)
			revisionOutputChanges(
				model,
				first,
				`many-${i}`,
				{ revision: 1, scenario: first },
				{ revision: 1, scenario: first }
			);
		expect(keptPairs()).toBeLessThanOrEqual(32);
		const again = revisionOutputChanges(
			model,
			first,
			'keep',
			{ revision: 1, scenario: first },
			{ revision: 2, scenario: second }
		);
		expect(again).not.toBe(a);
		expect(again).toEqual(a);
	});
});
