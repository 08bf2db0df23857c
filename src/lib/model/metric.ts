// Scalar summaries of a scenario that sensitivity analysis swings.

import { type DrawCache } from './draws';
import { indexAtStep } from './index-at-step';
import { runKernel } from './kernel';
import { prepareRun } from './prepare';
import { drawsFor } from './simulate';
import type { ModelInput, ScenarioInput } from './types';

export type Metric =
	/** Probability of being in any of these outcomes at the step (default: the horizon). */
	| { kind: 'outcomes'; outcomes: string[]; step?: number }
	/** Probability of having been in the lowest outcome by the step. */
	| { kind: 'rupture'; step?: number }
	/** Mean cohesion index at the step. */
	| { kind: 'mean-index'; step?: number };

/**
 * The default metric: probability of the outcomes from the middle up at the horizon — the same
 * outcomes as the key judgment "… or better at the end of <horizon year>" (judgments.ts).
 */
export function defaultMetric(model: ModelInput): Metric {
	return { kind: 'outcomes', outcomes: model.outcomes.slice(Math.floor(model.outcomes.length / 2)).map((o) => o.id) };
}

export interface MetricContext {
	model: ModelInput;
	seed: number;
	samples: number;
	cache?: DrawCache;
}

/** Evaluates a metric for a scenario with the context's seed and samples (common random numbers). */
export function evaluateMetric(context: MetricContext, scenario: ScenarioInput, metric: Metric): number {
	const { model, seed, samples } = context;
	const run = prepareRun(model, scenario);
	const stepCount = run.steps.labels.length;
	const step = Math.min(stepCount - 1, Math.max(0, metric.step ?? stepCount - 1));
	const draws = drawsFor(run, seed, samples, context.cache);
	if (metric.kind === 'rupture')
		return runKernel(run, draws, samples, context.cache?.scratch).ruptureCounts[step] / samples;
	const values = new Float64Array(samples);
	indexAtStep(run, draws, samples, step, values);
	if (metric.kind === 'mean-index') return values.reduce((sum, v) => sum + v, 0) / samples;
	const wanted = new Set(metric.outcomes);
	const inWanted = model.outcomes.map((o) => wanted.has(o.id));
	let hits = 0;
	for (const s of values) {
		let outcome = 0;
		while (outcome < run.thresholds.length && s >= run.thresholds[outcome]) outcome++;
		if (inWanted[outcome]) hits++;
	}
	return hits / samples;
}
