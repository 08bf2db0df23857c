// A revision's forecasts, computed with the engine as the saved list and the history page compute
// its numbers (savedJudged: fitted to the model as it is now, its own seed and paths, in the worker
// pool and kept by content, so a copy or a rename costs no simulation), and the baseline preset's
// forecasts for the same year-ends.

import { yearEndForecasts, type ForecastRow } from '$lib/forecast';
import type { ModelInput, ScenarioInput } from '$lib/model';
import { savedJudged, savedJudgedInBackground } from '$lib/server/pages/saved-headline';
import type { PresetLibrary } from '$lib/server/presets';
import type { UnforecastRevision } from './table';

export const BASELINE_PRESET = 'baseline';

export function modelOf(library: PresetLibrary, modelId: string): ModelInput | undefined {
	return library.models.find((m) => m.id === modelId);
}

/** The rows of a revision's forecasts; empty when its model is not served or reaches no December. */
export async function revisionForecasts(library: PresetLibrary, revision: UnforecastRevision): Promise<ForecastRow[]> {
	const model = modelOf(library, revision.modelId);
	if (!model) return [];
	const scenario = JSON.parse(revision.scenario) as ScenarioInput;
	const reference = library.scenarios.get(model.id)?.[0];
	// Nobody waits for a revision's forecasts: they never take a thread from a page.
	const { projection } = await savedJudgedInBackground(model, reference, scenario);
	return yearEndForecasts(model, projection).flatMap(({ target, probabilities }) =>
		probabilities.map(({ outcome, probability }) => ({
			scenarioId: revision.scenarioId,
			revision: revision.revision,
			modelId: model.id,
			target,
			outcome,
			probability,
			madeAt: revision.createdAt,
			authorId: revision.authorId,
			authorName: revision.author
		}))
	);
}

/** The baseline preset's probabilities per year-end (target → outcome → p); null without a baseline. */
export async function baselineForecasts(
	library: PresetLibrary,
	model: ModelInput
): Promise<Map<string, Record<string, number>> | null> {
	const baseline = library.scenarios.get(model.id)?.find((s) => s.id === BASELINE_PRESET);
	if (!baseline) return null;
	const { projection } = await savedJudged(model, undefined, baseline);
	return new Map(
		yearEndForecasts(model, projection).map(({ target, probabilities }) => [
			target,
			Object.fromEntries(probabilities.map((p) => [p.outcome, p.probability]))
		])
	);
}
