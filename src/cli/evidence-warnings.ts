// `validate`'s warnings about evidence that is valid but incomplete: items without a grade, and
// drivers an item informs without saying which way it pushes them. Warned, not refused, so that
// a new question can be written first and graded after.

import type { ModelInput } from '../lib/model/index';
import { evidenceGaps } from '../lib/schema/evidence-coverage';
import { plural } from '../lib/schema/findings';
import { listNames } from '../lib/schema/messages';

/** Lines for stderr, each ending in \n. */
export function evidenceWarnings(modelFile: string, model: ModelInput): string[] {
	const { ungraded, undirected } = evidenceGaps(model);
	const total = model.evidence.length;
	const warnings: string[] = [];
	if (ungraded.length > 0)
		warnings.push(
			`warning: ${modelFile}: evidence: ${ungraded.length} of ${plural(total, 'item')} not graded yet (no "grade" and "gradeReason"): ${listNames(ungraded)}\n`
		);
	if (undirected.length > 0) {
		const named = undirected.map(({ evidence, drivers }) => `${evidence} (${drivers.join(', ')})`);
		warnings.push(
			`warning: ${modelFile}: evidence: ${undirected.length} of ${plural(total, 'item')} with no "direction" yet for some of the drivers they inform: ${listNames(named)}\n`
		);
	}
	return warnings;
}
