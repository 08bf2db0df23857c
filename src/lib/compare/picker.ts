// The picker's refusals: a scenario already compared cannot be chosen again, in another slot or
// by "Add". Pure, so the rule is tested apart from the page; the server shows a link's repeated
// scenario once as well (plan.ts), with the same notion of "the same scenario".

import { sameScenarioKey } from './plan';
import { parseRef } from './refs';
import type { ComparedScenario, PickerChoices } from './types';

/** The same-scenario key of a ref as the picker offers it (a saved one unpinned is at its head). */
export function pickedKey(ref: string, choices: PickerChoices): string {
	const parsed = parseRef(ref);
	if (!parsed.ok || parsed.ref.kind === 'preset') return ref;
	const { id, revision } = parsed.ref;
	const head = choices.saved.find((s) => s.id === id)?.headRevision;
	const shown = revision ?? head;
	return shown === undefined ? ref : sameScenarioKey({ ref, revision: shown });
}

/** The slot (0-based) other than `slot` that already shows what `ref` names, or −1. */
export function duplicateSlot(
	scenarios: readonly Pick<ComparedScenario, 'ref' | 'revision'>[],
	slot: number,
	ref: string,
	choices: PickerChoices
): number {
	const key = pickedKey(ref, choices);
	return scenarios.findIndex((s, i) => i !== slot && sameScenarioKey(s) === key);
}

/** What "Add" adds: the first preset not compared yet, else the first such saved scenario. */
export function nextToAdd(
	scenarios: readonly Pick<ComparedScenario, 'ref' | 'revision'>[],
	choices: PickerChoices
): string | undefined {
	const offered = [...choices.presets.map((p) => p.ref), ...choices.saved.map((s) => `saved:${s.id}`)];
	return offered.find((ref) => duplicateSlot(scenarios, -1, ref, choices) < 0);
}
