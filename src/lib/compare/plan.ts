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
	/** The reference first, then the others in the link's order. */
	chosen: Candidate[];
	/** Canonical ref of the reference (the first of `chosen`). */
	reference: string;
	/** The link named the reference (`ref=`); otherwise it is the default one. */
	referenceAsked: boolean;
	notices: CompareNotice[];
}

/**
 * What makes two candidates the same scenario: a preset by its ref, a saved scenario by its id and
 * the revision shown (`saved:x` at head 3 and `saved:x@3` are one scenario; `@2` and `@3` are two).
 */
export function sameScenarioKey(c: Pick<Candidate, 'ref' | 'revision'>): string {
	if (c.revision === null) return c.ref;
	return `${c.ref.replace(/@\d+$/, '')}@${c.revision}`;
}

/**
 * The reference: the one the link asks for when it is shown, else the model's baseline (its
 * first preset) when shown, else the first column.
 */
export function pickReference(chosen: readonly Candidate[], baselineRef: string | undefined, asked?: string): number {
	const byRef = (ref: string | undefined) => (ref === undefined ? -1 : chosen.findIndex((c) => c.ref === ref));
	const named = byRef(asked);
	if (named >= 0) return named;
	return Math.max(0, byRef(baselineRef));
}

export function planComparison(lookups: readonly Lookup[], catalog: PresetCatalog, askedReference?: string): Plan {
	const notices: CompareNotice[] = [];
	const found: Candidate[] = [];
	for (const lookup of lookups) {
		if (!lookup.ok) notices.push(lookup.notice);
		// The same scenario twice would compare it with itself: shown once, and the link says so.
		else if (found.some((c) => sameScenarioKey(c) === sameScenarioKey(lookup.candidate)))
			notices.push({ kind: 'duplicate', ref: lookup.candidate.ref, title: lookup.candidate.title });
		else found.push(lookup.candidate);
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
	const at = pickReference(chosen, presets[0]?.ref, askedReference);
	const ordered = [chosen[at], ...chosen.filter((_, i) => i !== at)];
	return {
		model,
		chosen: ordered,
		reference: ordered[0].ref,
		referenceAsked: askedReference !== undefined && ordered[0].ref === askedReference,
		notices
	};
}
