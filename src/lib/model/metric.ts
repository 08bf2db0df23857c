// Scalar summaries of a scenario that sensitivity analysis swings.

import { type DrawCache } from './draws';
import { indexAtStep } from './index-at-step';
import { runKernel } from './kernel';
import { prepareRun } from './prepare';
import { drawsFor } from './simulate';
import { timeSteps } from './time';
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
export function defaultMetric(model: ModelInput): OutcomesMetric {
	return { kind: 'outcomes', outcomes: model.outcomes.slice(Math.floor(model.outcomes.length / 2)).map((o) => o.id) };
}

export type OutcomesMetric = Extract<Metric, { kind: 'outcomes' }>;

export interface MetricContext {
	model: ModelInput;
	seed: number;
	samples: number;
	cache?: DrawCache;
}

/** Every path's index at one step, with the context's seed and samples (common random numbers). */
function indexValuesAt(context: MetricContext, scenario: ScenarioInput, step: number): Float64Array {
	const run = prepareRun(context.model, scenario);
	const values = new Float64Array(context.samples);
	indexAtStep(run, drawsFor(run, context.seed, context.samples, context.cache), context.samples, step, values);
	return values;
}

/** The share of `values` that lie in the given outcomes. */
function shareIn(model: ModelInput, outcomes: readonly string[], values: Float64Array): number {
	const wanted = new Set(outcomes);
	const inWanted = model.outcomes.map((o) => wanted.has(o.id));
	let hits = 0;
	for (const s of values) {
		let outcome = 0;
		while (outcome < model.thresholds.length && s >= model.thresholds[outcome]) outcome++;
		if (inWanted[outcome]) hits++;
	}
	return hits / values.length;
}

/** The mean index and the probability of `outcomes` at a step, from one pass over the paths. */
export function horizonValues(
	context: MetricContext,
	scenario: ScenarioInput,
	step: number,
	outcomes: readonly string[]
): { mean: number; share: number } {
	const values = indexValuesAt(context, scenario, step);
	return {
		mean: values.reduce((sum, v) => sum + v, 0) / values.length,
		share: shareIn(context.model, outcomes, values)
	};
}

/** Evaluates a metric for a scenario with the context's seed and samples (common random numbers). */
export function evaluateMetric(context: MetricContext, scenario: ScenarioInput, metric: Metric): number {
	const { model, seed, samples } = context;
	const stepCount = timeSteps(model.horizon).labels.length;
	const step = Math.min(stepCount - 1, Math.max(0, metric.step ?? stepCount - 1));
	if (metric.kind === 'rupture') {
		const run = prepareRun(model, scenario);
		const draws = drawsFor(run, seed, samples, context.cache);
		return runKernel(run, draws, samples, context.cache?.scratch).ruptureCounts[step] / samples;
	}
	const values = indexValuesAt(context, scenario, step);
	if (metric.kind === 'mean-index') return values.reduce((sum, v) => sum + v, 0) / samples;
	return shareIn(model, metric.outcomes, values);
}
