// The outputs of two revisions of a saved scenario, computed with the engine as the dashboard
// computes them (each revision fitted to the model as it is now, its own seed and paths), in the
// worker pool and kept by content with the saved list's figures (saved-headline.ts): the history
// page reopened, or another language, costs no simulation.

import { outputChanges, type OutputChanges } from '$lib/compare/output-changes';
import type { ModelInput, ScenarioInput } from '$lib/model';
import { orBusyPage } from '$lib/server/compute';
import { savedJudged } from './saved-headline';

export interface RevisionRef {
	revision: number;
	scenario: ScenarioInput;
}

/**
 * `reference`: the model's first preset, which fills in settings for drivers and events a revision
 * saved on an earlier version of the model lacks (as the dashboard and Compare do).
 */
export async function revisionOutputChanges(
	model: ModelInput,
	reference: ScenarioInput | undefined,
	from: RevisionRef,
	to: RevisionRef
): Promise<OutputChanges> {
	const [before, after] = await orBusyPage(
		Promise.all([savedJudged(model, reference, from.scenario), savedJudged(model, reference, to.scenario)])
	);
	return outputChanges(model, before, after);
}
