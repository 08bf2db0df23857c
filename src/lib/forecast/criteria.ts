// Each outcome's resolution criteria: the words an outside reader checks to say that the outcome
// held (the model file's optional `resolution`, issue 14). Read loosely so that a model without
// them — or written before the field — shows none rather than failing.

import type { BilingualText, OutcomeDef } from '$lib/model';

export function resolutionCriteria(outcome: OutcomeDef): BilingualText | null {
	const resolution = (outcome as OutcomeDef & { resolution?: BilingualText }).resolution;
	return resolution && typeof resolution.en === 'string' ? resolution : null;
}
