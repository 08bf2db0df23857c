// The saved list's headline figure for a scenario: its key judgment "… or better at the end of
// <horizon>" (the engine's number and estimative word, as the dashboard shows them for the same
// revision: fitted to the model as it is now, its own seed and paths). Computed in the worker pool
// and kept by content (src/lib/server/compute): a revision never changes, and a rename or a copy
// has the same settings as what it came from, so each settings' figure is computed once.

import { fitToModel } from '$lib/editing/fit-to-model';
import type { KeyJudgment, ModelInput, ScenarioInput } from '$lib/model';
import type { SavedHeadline } from '$lib/page-data';
import { compute, contentKey, type Judged } from '$lib/server/compute';

/**
 * What decides the numbers: the settings, seed and paths. Not the id (which only names the
 * projection), nor the title, summary or notes — a copy or a rename shares the figure.
 */
function judgedJob(model: ModelInput, reference: ScenarioInput | undefined, scenario: ScenarioInput) {
	const settings = { ...(reference ? fitToModel(scenario, model, reference).scenario : scenario), id: '' };
	return { key: contentKey('judged', model, [settings]), job: { kind: 'judged' as const, model, scenario: settings } };
}

/** The projection and judgments of a saved scenario's settings, computed once per content. */
export function savedJudged(
	model: ModelInput,
	reference: ScenarioInput | undefined,
	scenario: ScenarioInput
): Promise<Judged> {
	const { key, job } = judgedJob(model, reference, scenario);
	return compute().run(key, job);
}

/** The same, computed in the background (the forecast record's fill): never in a page's way. */
export function savedJudgedInBackground(
	model: ModelInput,
	reference: ScenarioInput | undefined,
	scenario: ScenarioInput
): Promise<Judged> {
	const { key, job } = judgedJob(model, reference, scenario);
	return compute().runInBackground(key, job);
}

function headlineOf(model: ModelInput, judgments: KeyJudgment[]): SavedHeadline | null {
	// The last "or better" judgment is the one at the horizon.
	const judgment = judgments.filter((j) => j.kind === 'at-least').at(-1);
	const outcome = model.outcomes.find((o) => o.id === judgment?.outcome);
	return judgment && outcome
		? { probability: judgment.probability, term: judgment.term.label, outcome: outcome.label, year: judgment.year }
		: null;
}

/** The figure when already computed; undefined when it still has to be. */
export function knownHeadline(
	model: ModelInput,
	reference: ScenarioInput | undefined,
	scenario: ScenarioInput
): SavedHeadline | null | undefined {
	const known = compute().known<ReturnType<typeof judgedJob>['job']>(judgedJob(model, reference, scenario).key);
	return known && headlineOf(model, known.judgments);
}

/** The figure, computed with the engine unless kept (null for a model without yearly judgments). */
export async function savedHeadline(
	model: ModelInput,
	reference: ScenarioInput | undefined,
	scenario: ScenarioInput
): Promise<SavedHeadline | null> {
	return headlineOf(model, (await savedJudged(model, reference, scenario)).judgments);
}
