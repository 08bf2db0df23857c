// Differences in points of probability against the reference scenario, beside every headline
// number of a comparison: each key judgment, each outcome's probability at the horizon, and the
// rupture risk by then. Read from the engine's own numbers (the judgments and the projections),
// never recomputed otherwise, so "−13.1 pp" is exactly one judgment's probability minus the other's.

import type { KeyJudgment, ModelInput, Projection } from '$lib/model';

/** What the differences need of a compared scenario. */
export interface Headlined {
	projection: Projection;
	judgments: KeyJudgment[];
}

/**
 * The reference's probability of what `judgment` says: its own judgment of the same kind, date
 * and outcome when it has one; for "the most likely outcome", which may be another outcome in
 * the reference, the reference's probability of this judgment's outcome at that date.
 */
export function referenceProbability(judgment: KeyJudgment, reference: Headlined): number | null {
	const same = reference.judgments.find(
		(j) => j.kind === judgment.kind && j.step === judgment.step && j.outcome === judgment.outcome
	);
	if (same) return same.probability;
	if (judgment.kind === 'most-likely')
		return reference.projection.stateProbabilities[judgment.outcome]?.[judgment.step] ?? null;
	return null;
}

/** Per scenario, per judgment: its probability minus the reference's (null for the reference itself). */
export function judgmentDifferences(scenarios: readonly Headlined[]): (number | null)[][] {
	const [reference] = scenarios;
	return scenarios.map((scenario, i) =>
		scenario.judgments.map((judgment) => {
			if (i === 0 || !reference) return null;
			const base = referenceProbability(judgment, reference);
			return base === null ? null : judgment.probability - base;
		})
	);
}

/** One headline number across the compared scenarios, with each one's difference to the reference. */
export interface HeadlineRow {
	kind: 'outcome' | 'rupture';
	/** The outcome's id; the worst outcome's for the rupture risk. */
	id: string;
	values: number[];
	/** values[i] − values[0]; null for the reference. */
	differences: (number | null)[];
}

/** The step the headline numbers speak of: the judgments' horizon, else the projection's last. */
export function headlineStep(scenario: Headlined): number {
	const horizon = scenario.judgments.find((j) => j.kind === 'most-likely');
	return horizon?.step ?? scenario.projection.times.length - 1;
}

/** Every outcome's probability at the horizon, best first as the judgments read, then the rupture risk by then. */
export function horizonHeadlines(model: ModelInput, scenarios: readonly Headlined[]): HeadlineRow[] {
	if (scenarios.length === 0) return [];
	const step = headlineStep(scenarios[0]);
	const row = (kind: HeadlineRow['kind'], id: string, values: number[]): HeadlineRow => ({
		kind,
		id,
		values,
		differences: values.map((v, i) => (i === 0 ? null : v - values[0]))
	});
	const outcomes = [...model.outcomes].reverse().map((o) =>
		row(
			'outcome',
			o.id,
			scenarios.map((s) => s.projection.stateProbabilities[o.id]?.[step] ?? Number.NaN)
		)
	);
	const worst = model.outcomes[0]?.id ?? '';
	return [
		...outcomes,
		row(
			'rupture',
			worst,
			scenarios.map((s) => s.projection.ruptureRisk[step] ?? Number.NaN)
		)
	];
}
