// Pure edits of a scenario's own evidence and confidence, as the dashboard's forms make them: the
// scenario is replaced, never mutated, and a field left empty is removed rather than kept as [].

import type { AnalystEvidence, ConfidenceOverride, ModelInput, ScenarioInput } from '$lib/model';

/** The item added, or put in the place of the item with its id. */
export function withOwnEvidence(scenario: ScenarioInput, item: AnalystEvidence): ScenarioInput {
	const list = scenario.evidence ?? [];
	const at = list.findIndex((e) => e.id === item.id);
	const evidence = at < 0 ? [...list, item] : list.map((e, i) => (i === at ? item : e));
	return { ...scenario, evidence };
}

export function withoutOwnEvidence(scenario: ScenarioInput, id: string): ScenarioInput {
	const evidence = (scenario.evidence ?? []).filter((e) => e.id !== id);
	if (evidence.length > 0) return { ...scenario, evidence };
	const rest = { ...scenario };
	delete rest.evidence;
	return rest;
}

/** `analyst-1`, `analyst-2`, …: the first id neither the model's evidence nor the scenario's uses. */
export function nextOwnEvidenceId(model: Pick<ModelInput, 'evidence'>, scenario: ScenarioInput): string {
	const taken = new Set([...model.evidence, ...(scenario.evidence ?? [])].map((e) => e.id));
	let n = 1;
	while (taken.has(`analyst-${n}`)) n++;
	return `analyst-${n}`;
}

/** The analyst's level and reason over the derived confidence; null returns to the derived one. */
export function withConfidenceOverride(scenario: ScenarioInput, override: ConfidenceOverride | null): ScenarioInput {
	if (override) return { ...scenario, confidence: override };
	const rest = { ...scenario };
	delete rest.confidence;
	return rest;
}
