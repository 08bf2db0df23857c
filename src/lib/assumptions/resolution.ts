// Each outcome's resolution criteria (docs/model.md, Resolution criteria): the words an outside
// reader checks to say which outcome held at a date. Shown with the outcomes in the key-assumptions
// dialog and on the track-record page.

import type { BilingualText, ModelInput } from '$lib/model';

export interface OutcomeResolution {
	outcome: string;
	label: BilingualText;
	description: BilingualText;
	/** Null when the model states none (allowed; validate warns for a format-2 model). */
	resolution: BilingualText | null;
}

/** The model's outcomes, worst to best, each with its resolution criteria. */
export function resolutionCriteria(model: Pick<ModelInput, 'outcomes'>): OutcomeResolution[] {
	return model.outcomes.map((o) => ({
		outcome: o.id,
		label: o.label,
		description: o.description,
		resolution: o.resolution ?? null
	}));
}

/** Outcomes of a format-2 model with no resolution criteria: what `validate` warns of. */
export function outcomesWithoutResolution(model: Pick<ModelInput, 'format' | 'outcomes'>): string[] {
	return model.format === 2 ? model.outcomes.filter((o) => o.resolution === undefined).map((o) => o.id) : [];
}
