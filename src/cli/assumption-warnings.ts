// `validate`'s warnings about a format-2 model that is valid but does not yet say how its
// outcomes resolve, or what it assumes: both are optional in the file (a new question can be
// written first), but a forecast cannot be scored without resolution criteria.

import type { ModelInput } from '../lib/model/index';
import { listNames } from '../lib/schema/messages';

/** Lines for stderr, each ending in \n. */
export function assumptionWarnings(modelFile: string, model: ModelInput): string[] {
	if (model.format !== 2) return [];
	const unresolved = model.outcomes.filter((o) => o.resolution === undefined).map((o) => o.id);
	const warnings: string[] = [];
	if (unresolved.length > 0)
		warnings.push(
			`warning: ${modelFile}: outcomes: ${unresolved.length} of ${model.outcomes.length} without "resolution" criteria (how an outside reader tells, at a date, that the outcome held): ${listNames(unresolved)}\n`
		);
	if ((model.assumptions ?? []).length === 0)
		warnings.push(
			`warning: ${modelFile}: assumptions: none stated; list the key assumptions, each tied to the settings it stands for\n`
		);
	return warnings;
}
