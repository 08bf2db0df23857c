// Which of a projection's numbers are forecasts: the outcome probabilities at each year-end
// (December) of the model's horizon — the step that holds December, as the key judgments' "by the
// end of <year>". A year whose last step ends before December (a horizon ending in June) has none.

import { monthNumber, timeSteps, yearEndSteps, type ModelInput, type Projection } from '$lib/model';

export interface YearEndForecast {
	/** `YYYY-12`. */
	target: string;
	/** Outcome id → probability, in the model's order. */
	probabilities: { outcome: string; probability: number }[];
}

/** The model's year-ends as `YYYY-12`, in order. */
export function yearEndTargets(model: Pick<ModelInput, 'horizon'>): { target: string; step: number }[] {
	const steps = timeSteps(model.horizon);
	return yearEndSteps(steps)
		.filter(({ step }) => monthNumber(steps.months[step]) % 12 >= 9)
		.map(({ year, step }) => ({ target: `${year}-12`, step }));
}

export function yearEndForecasts(model: ModelInput, projection: Projection): YearEndForecast[] {
	return yearEndTargets(model).map(({ target, step }) => ({
		target,
		probabilities: model.outcomes.map((o) => ({
			outcome: o.id,
			probability: projection.stateProbabilities[o.id]?.[step] ?? 0
		}))
	}));
}

/** The first instant after the month `YYYY-MM` (UTC), as epoch milliseconds. */
export function endOfMonth(month: string): number {
	const n = monthNumber(month);
	if (!Number.isFinite(n)) return Number.NaN;
	const next = n + 1;
	return Date.UTC(Math.floor(next / 12), next % 12, 1);
}

/** The rule for scoring: a forecast counts for a resolved date only when made before that month ended. */
export function madeBefore(madeAt: string, date: string): boolean {
	return Date.parse(madeAt) < endOfMonth(date);
}
