// The outputs of two revisions of a saved scenario, computed on the server with the engine as
// the dashboard computes them (each revision fitted to the model as it is now, its own seed and
// paths). A revision never changes once saved, so a pair's result is kept: the history page
// reopened, or another language, costs no simulation. A few dozen pairs are plenty.

import { outputChanges, type OutputChanges } from '$lib/compare/output-changes';
import { fitToModel } from '$lib/editing/fit-to-model';
import { DrawCache, keyJudgments, simulate, type ModelInput, type ScenarioInput } from '$lib/model';

const KEPT_PAIRS = 32;
const kept = new Map<string, OutputChanges>();

export interface RevisionRef {
	revision: number;
	scenario: ScenarioInput;
}

/**
 * `reference`: the model's first preset, which fills in settings for drivers and events a revision
 * saved on an earlier version of the model lacks (as the dashboard and Compare do).
 */
export function revisionOutputChanges(
	model: ModelInput,
	reference: ScenarioInput | undefined,
	id: string,
	from: RevisionRef,
	to: RevisionRef
): OutputChanges {
	const key = `${model.id}\n${id}\n${from.revision}\n${to.revision}`;
	const known = kept.get(key);
	if (known) {
		// Most recently used last: the oldest pair is the one forgotten.
		kept.delete(key);
		kept.set(key, known);
		return known;
	}
	const cache = new DrawCache(2);
	const run = (scenario: ScenarioInput) => {
		const fitted = reference ? fitToModel(scenario, model, reference).scenario : scenario;
		const projection = simulate(model, fitted, { cache });
		return { projection, judgments: keyJudgments(model, projection) };
	};
	const changes = outputChanges(model, run(from.scenario), run(to.scenario));
	kept.set(key, changes);
	if (kept.size > KEPT_PAIRS) kept.delete(kept.keys().next().value as string);
	return changes;
}

/** How many pairs are kept now (for tests). */
export function keptPairs(): number {
	return kept.size;
}
