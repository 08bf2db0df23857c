// The flagship model and baseline preset, simulated with few paths, for the briefing's tests.

import {
	keyJudgments,
	sensitivity,
	simulate,
	type ModelInput,
	type Projection,
	type ScenarioInput,
	type Tornado
} from '$lib/model';
import { loadScenarioWithModel } from '$lib/server/preset-files';

export interface Fixture {
	model: ModelInput;
	scenario: ScenarioInput;
	projection: Projection;
	tornado: Tornado;
	judgments: number;
}

export async function flagship(samples = 800): Promise<Fixture> {
	const loaded = await loadScenarioWithModel('scenarios/russia-dprk/baseline.json');
	if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('; '));
	const scenario = { ...loaded.scenario, samples };
	const projection = simulate(loaded.model, scenario);
	return {
		model: loaded.model,
		scenario,
		projection,
		tornado: sensitivity(loaded.model, scenario, { samples: 400 }),
		judgments: keyJudgments(loaded.model, projection).length
	};
}
