// The evidence a scenario is judged on: the model's items, then the analyst's own (the scenario
// file's `evidence`), counted alike in the balances, flags, matrix and confidence
// (docs/model.md#the-analysts-own-evidence). An analyst's item is an EvidenceItem with more to it
// (date, link, citation), and is always graded and directed.

import type { ModelInput, ScenarioInput } from '$lib/model';

export type EvidenceOf = Pick<ModelInput, 'evidence' | 'drivers'>;

/** The model with the scenario's own items after its own; the same object when there are none. */
export function withScenarioEvidence(model: EvidenceOf, scenario: Pick<ScenarioInput, 'evidence'>): EvidenceOf {
	const own = scenario.evidence ?? [];
	if (own.length === 0) return model;
	return { drivers: model.drivers, evidence: [...model.evidence, ...own] };
}

/** Ids of the analyst's items, to mark them apart from the model's. */
export function analystEvidenceIds(scenario: Pick<ScenarioInput, 'evidence'>): Set<string> {
	return new Set((scenario.evidence ?? []).map((e) => e.id));
}
