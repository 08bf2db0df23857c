// Which scenarios a comparison shows, once the link's refs have been looked up: all on one model
// (the first found scenario's), at least two (topped up from the model's presets), at most four.
// Pure: the lookups themselves (files, database) happen on the server before this runs.

import type { ModelInput } from '$lib/model';
import { MIN_COMPARED } from './refs';
import type { Candidate, CompareNotice } from './types';

export type Lookup = { ok: true; candidate: Candidate } | { ok: false; notice: CompareNotice };

export interface PresetCatalog {
	/** Models with at least one preset; the first is the default. */
	models: ModelInput[];
	/** A model's presets as candidates, baseline first. */
	presets(modelId: string): Candidate[];
}

export interface Plan {
	model: ModelInput;
	chosen: Candidate[];
	notices: CompareNotice[];
}

export function planComparison(lookups: readonly Lookup[], catalog: PresetCatalog): Plan {
	const notices: CompareNotice[] = [];
	const found: Candidate[] = [];
	for (const lookup of lookups) {
		if (lookup.ok) found.push(lookup.candidate);
		else notices.push(lookup.notice);
	}
	const model = found[0]?.model ?? catalog.models[0];
	if (!model) throw new Error('planComparison: no model to compare on');

	// Indicators and drivers differ between models, so scenarios of two models cannot share
	// charts; the first one named decides, and each odd one out is named in a notice.
	const chosen: Candidate[] = [];
	for (const candidate of found) {
		if (candidate.model.id === model.id) chosen.push(candidate);
		else
			notices.push({
				kind: 'other-model',
				ref: candidate.ref,
				title: candidate.title,
				model: candidate.model.title,
				expected: model.title
			});
	}

	// Fewer than two: the model's baseline, then its next preset, whichever are not shown yet.
	const presets = catalog.presets(model.id);
	for (const preset of presets) {
		if (chosen.length >= MIN_COMPARED) break;
		if (!chosen.some((c) => c.ref === preset.ref)) chosen.push(preset);
	}
	// A model with a single preset and nothing saved: the scenario against itself still renders.
	while (chosen.length > 0 && chosen.length < MIN_COMPARED) chosen.push(chosen[0]);
	return { model, chosen, notices };
}
