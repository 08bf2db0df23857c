// A scenario's key assumptions: the model's, each replaced by the scenario's own where the
// scenario restates it (same id), then the scenario's additions, in the order each file lists them.

import type { KeyAssumption, ModelInput, ScenarioInput } from '$lib/model';

/** Where an assumption comes from: the model, the model's restated by the scenario, the scenario's own. */
export type AssumptionOrigin = 'model' | 'restated' | 'scenario';

export interface ScenarioAssumption {
	assumption: KeyAssumption;
	origin: AssumptionOrigin;
}

export function scenarioAssumptions(
	model: Pick<ModelInput, 'assumptions'>,
	scenario: Pick<ScenarioInput, 'assumptions'>
): ScenarioAssumption[] {
	const own = new Map((scenario.assumptions ?? []).map((a) => [a.id, a]));
	const fromModel = (model.assumptions ?? []).map((a): ScenarioAssumption => {
		const restated = own.get(a.id);
		return restated ? { assumption: restated, origin: 'restated' } : { assumption: a, origin: 'model' };
	});
	const modelIds = new Set((model.assumptions ?? []).map((a) => a.id));
	const added = (scenario.assumptions ?? [])
		.filter((a) => !modelIds.has(a.id))
		.map((a): ScenarioAssumption => ({ assumption: a, origin: 'scenario' }));
	return [...fromModel, ...added];
}
