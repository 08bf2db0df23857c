// The saved list's headline figure for a scenario: its key judgment "… or better at the end of
// <horizon>" (the engine's number and estimative word, as the dashboard shows them for the same
// revision: fitted to the model as it is now, its own seed and paths). The numbers follow from
// the model and the settings alone, so each settings' figure is computed once and kept — a
// revision never changes, and a rename or a copy has the same settings as what it came from.

import { fitToModel } from '$lib/editing/fit-to-model';
import { DrawCache, keyJudgments, simulate, type ModelInput, type ScenarioInput } from '$lib/model';
import type { SavedHeadline } from '$lib/page-data';

const KEPT = 256;
const kept = new WeakMap<ModelInput, Map<string, SavedHeadline | null>>();

/** What decides the numbers: the settings, seed and paths (not the title, summary or notes). */
function settingsKey(s: ScenarioInput): string {
	return JSON.stringify([s.drivers, s.events, s.dynamics ?? null, s.seed, s.samples]);
}

function fitted(model: ModelInput, reference: ScenarioInput | undefined, scenario: ScenarioInput): ScenarioInput {
	return reference ? fitToModel(scenario, model, reference).scenario : scenario;
}

/** The figure when already computed; undefined when it still has to be. */
export function knownHeadline(
	model: ModelInput,
	reference: ScenarioInput | undefined,
	scenario: ScenarioInput
): SavedHeadline | null | undefined {
	return kept.get(model)?.get(settingsKey(fitted(model, reference, scenario)));
}

/** The figure, computed with the engine unless kept (null for a model without yearly judgments). */
export function savedHeadline(
	model: ModelInput,
	reference: ScenarioInput | undefined,
	scenario: ScenarioInput
): SavedHeadline | null {
	const settings = fitted(model, reference, scenario);
	const key = settingsKey(settings);
	const byKey = kept.get(model) ?? new Map<string, SavedHeadline | null>();
	kept.set(model, byKey);
	if (byKey.has(key)) return byKey.get(key) ?? null;
	const judgments = keyJudgments(model, simulate(model, settings, { cache: new DrawCache(1) }));
	// The last "or better" judgment is the one at the horizon.
	const judgment = judgments.filter((j) => j.kind === 'at-least').at(-1);
	const outcome = model.outcomes.find((o) => o.id === judgment?.outcome);
	const headline =
		judgment && outcome
			? { probability: judgment.probability, term: judgment.term.label, outcome: outcome.label, year: judgment.year }
			: null;
	byKey.set(key, headline);
	if (byKey.size > KEPT) byKey.delete(byKey.keys().next().value as string);
	return headline;
}
