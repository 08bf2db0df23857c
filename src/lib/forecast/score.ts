// Scoring the record: each forecast made before its target's resolution (madeBefore) is scored
// against the outcome that held, beside the baseline preset's and the uniform forecast's score for
// the same target; then summaries by any grouping and the reliability bins.

import { brierScore, rankedProbabilityScore, uniformForecast } from './brier';
import { madeBefore } from './year-end';
import type { ForecastRow, Resolution, ScoredForecast, ScoreSummary } from './types';

/** A model's ordered outcome ids, and its baseline preset's probabilities per target (outcome id → p). */
export interface QuestionInfo {
	outcomes: readonly string[];
	baseline: ReadonlyMap<string, Readonly<Record<string, number>>> | null;
}

/** The stored rows of each forecast (one revision, one target) together. */
export function groupForecasts(rows: readonly ForecastRow[]): ForecastRow[][] {
	const groups = new Map<string, ForecastRow[]>();
	for (const row of rows) {
		const key = `${row.scenarioId}\u0000${row.revision}\u0000${row.target}`;
		const group = groups.get(key);
		if (group) group.push(row);
		else groups.set(key, [row]);
	}
	return [...groups.values()];
}

export function scoreForecasts(
	rows: readonly ForecastRow[],
	resolutions: readonly Resolution[],
	questions: ReadonlyMap<string, QuestionInfo>
): ScoredForecast[] {
	const resolved = new Map(resolutions.map((r) => [`${r.modelId}\u0000${r.date}`, r]));
	const scored: ScoredForecast[] = [];
	for (const group of groupForecasts(rows)) {
		const [first] = group;
		const resolution = resolved.get(`${first.modelId}\u0000${first.target}`);
		const question = questions.get(first.modelId);
		if (!resolution || !question || !madeBefore(first.madeAt, resolution.date)) continue;
		const observed = question.outcomes.indexOf(resolution.outcome);
		if (observed < 0) continue;
		const byOutcome = new Map(group.map((r) => [r.outcome, r.probability]));
		const probabilities = question.outcomes.map((o) => byOutcome.get(o) ?? 0);
		const baseline = question.baseline?.get(first.target);
		scored.push({
			scenarioId: first.scenarioId,
			revision: first.revision,
			modelId: first.modelId,
			target: first.target,
			madeAt: first.madeAt,
			authorId: first.authorId,
			authorName: first.authorName,
			probabilities,
			observed,
			brier: brierScore(probabilities, observed),
			rankedProbability: rankedProbabilityScore(probabilities, observed),
			baselineBrier: baseline
				? brierScore(
						question.outcomes.map((o) => baseline[o] ?? 0),
						observed
					)
				: null,
			uniformBrier: brierScore(uniformForecast(question.outcomes.length), observed)
		});
	}
	return scored;
}

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

export function summarize(scored: readonly ScoredForecast[]): ScoreSummary | null {
	if (scored.length === 0) return null;
	const baselines = scored.flatMap((f) => (f.baselineBrier === null ? [] : [f.baselineBrier]));
	return {
		count: scored.length,
		meanBrier: mean(scored.map((f) => f.brier)),
		meanRankedProbability: mean(scored.map((f) => f.rankedProbability)),
		meanBaselineBrier: baselines.length ? mean(baselines) : null,
		meanUniformBrier: mean(scored.map((f) => f.uniformBrier))
	};
}

/** Summaries per key (a scenario id, an analyst), in the order each key first appears. */
export function summarizeBy(
	scored: readonly ScoredForecast[],
	keyOf: (f: ScoredForecast) => string
): { key: string; summary: ScoreSummary }[] {
	const groups = new Map<string, ScoredForecast[]>();
	for (const f of scored) groups.set(keyOf(f), [...(groups.get(keyOf(f)) ?? []), f]);
	return [...groups].map(([key, forecasts]) => ({ key, summary: summarize(forecasts) as ScoreSummary }));
}

/** An analyst's key: the account id, or the name for revisions saved before accounts. */
export const analystKey = (f: Pick<ScoredForecast, 'authorId' | 'authorName'>) =>
	f.authorId ? `id:${f.authorId}` : `name:${f.authorName}`;
