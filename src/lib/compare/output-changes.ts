// What changed in the outputs between two revisions of a saved scenario (or any two settings):
// each key judgment with its numbers in both, each outcome's probability at the horizon and the
// rupture risk, with the change in percentage points. The same rule as Compare's differences,
// with the earlier revision as the reference, so the history and Compare never disagree.

import type { KeyJudgment, ModelInput } from '$lib/model';
import { headlineStep, horizonHeadlines, judgmentDifferences, type HeadlineRow, type Headlined } from './differences';

export interface JudgmentChange {
	/** The earlier revision's judgment of the same kind and date (its outcome may differ for "most likely"). */
	from: KeyJudgment | null;
	to: KeyJudgment;
	/** The later probability minus the earlier one of the same statement, or null when there is none. */
	change: number | null;
}

export interface OutputChanges {
	/** The step the horizon rows speak of, as a time label ("2030-Q4"). */
	time: string;
	judgments: JudgmentChange[];
	/** Every outcome at the horizon, best first, then the rupture risk: values [from, to]. */
	headlines: HeadlineRow[];
}

export function outputChanges(model: ModelInput, from: Headlined, to: Headlined): OutputChanges {
	const changes = judgmentDifferences([from, to])[1] ?? [];
	return {
		time: from.projection.times[headlineStep(from)] ?? '',
		judgments: to.judgments.map((judgment, k) => ({
			from: from.judgments.find((j) => j.kind === judgment.kind && j.step === judgment.step) ?? null,
			to: judgment,
			change: changes[k] ?? null
		})),
		headlines: horizonHeadlines(model, [from, to])
	};
}

/** Whether anything moved by at least half a tenth of a point (what the history shows as a change). */
export function anyOutputChange(changes: OutputChanges, epsilon = 0.0005): boolean {
	return (
		changes.judgments.some((j) => j.change !== null && Math.abs(j.change) >= epsilon) ||
		changes.headlines.some((h) => h.differences.some((d) => d !== null && Math.abs(d) >= epsilon))
	);
}
