import { describe, expect, it } from 'vitest';
import { keyJudgments, simulate } from '$lib/model';
import { tinyModel, tinyScenario } from '$lib/schema/test-fixtures';
import { knownHeadline, savedHeadline } from './saved-headline';

const model = tinyModel();
const scenario = { ...tinyScenario(), samples: 300 };

describe('savedHeadline', () => {
	it("is the engine's last 'or better' judgment, with its word, outcome and year", async () => {
		const headline = await savedHeadline(model, scenario, scenario);
		const judgment = keyJudgments(model, simulate(model, scenario))
			.filter((j) => j.kind === 'at-least')
			.at(-1);
		expect(headline).toEqual({
			probability: judgment?.probability,
			term: judgment?.term.label,
			outcome: model.outcomes.find((o) => o.id === judgment?.outcome)?.label,
			year: judgment?.year
		});
	});

	it('is kept per settings: known once computed, the same for a renamed copy, not for other settings', async () => {
		const moved = structuredClone(scenario);
		moved.drivers[model.drivers[0].id].assessment = -0.6;
		moved.drivers[model.drivers[0].id].low = -0.9;
		expect(knownHeadline(model, scenario, moved)).toBeUndefined();
		const computed = await savedHeadline(model, scenario, moved);
		const renamed = { ...moved, id: 'copy', title: { en: 'Renamed', ar: 'أعيدت تسميته' } };
		expect(knownHeadline(model, scenario, renamed)).toEqual(computed);
		expect(computed?.probability).not.toBe((await savedHeadline(model, scenario, scenario))?.probability);
		expect(knownHeadline(model, scenario, { ...moved, seed: moved.seed + 1 })).toBeUndefined();
	});
});
