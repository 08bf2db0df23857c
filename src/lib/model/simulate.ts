import { drawSource, type DrawCache, type DrawSource } from './draws';
import { runKernel } from './kernel';
import { prepareRun, type PreparedRun } from './prepare';
import type { ModelInput, Projection, ScenarioInput } from './types';

export interface SimulateOptions {
	/** Overrides the scenario's sample count (live dragging uses fewer). */
	samples?: number;
	/** Overrides the scenario's seed. */
	seed?: number;
	/** Reuses draws between runs with the same seed and shape; results are identical either way. */
	cache?: DrawCache;
}

const BAND_PROBABILITIES = [0.05, 0.25, 0.5, 0.75, 0.95] as const;

/** The draws a prepared run reads, cached or streamed; η follows the run's unmodelled factors. */
export function drawsFor(run: PreparedRun, seed: number, samples: number, cache?: DrawCache): DrawSource {
	return drawSource(
		seed,
		samples,
		{ drivers: run.driverIds.length, events: run.eventChance.length, steps: run.steps.years.length },
		{ persistence: run.persistence, volatility: run.volatility },
		cache
	);
}

export function simulate(model: ModelInput, scenario: ScenarioInput, options: SimulateOptions = {}): Projection {
	const samples = Math.max(1, Math.floor(options.samples ?? scenario.samples));
	const seed = (options.seed ?? scenario.seed) >>> 0;
	const run = prepareRun(model, scenario);
	const stepCount = run.steps.labels.length;
	const result = runKernel(
		run,
		drawsFor(run, seed, samples, options.cache),
		samples,
		options.cache?.scratch,
		BAND_PROBABILITIES,
		true
	);

	const outcomeIds = model.outcomes.map((o) => o.id);
	const stateProbabilities: Record<string, number[]> = {};
	outcomeIds.forEach((id, o) => {
		stateProbabilities[id] = Array.from(
			{ length: stepCount },
			(_, k) => result.outcomeCounts[k * outcomeIds.length + o] / samples
		);
	});
	const contributions: Record<string, number[]> = {};
	const driverMeans: Record<string, number[]> = {};
	run.driverIds.forEach((id, i) => {
		const means = Array.from(
			{ length: stepCount },
			(_, k) => result.driverSums[k * run.driverIds.length + i] / samples
		);
		driverMeans[id] = means;
		contributions[id] = means.map((mean) => run.normalizedWeights[i] * mean);
	});
	const index = {
		p5: [] as number[],
		p25: [] as number[],
		p50: [] as number[],
		p75: [] as number[],
		p95: [] as number[],
		mean: [] as number[]
	};
	for (let k = 0; k < stepCount; k++) {
		const [p5, p25, p50, p75, p95] = result.bands.subarray(
			k * BAND_PROBABILITIES.length,
			(k + 1) * BAND_PROBABILITIES.length
		);
		index.p5.push(p5);
		index.p25.push(p25);
		index.p50.push(p50);
		index.p75.push(p75);
		index.p95.push(p95);
		index.mean.push(result.indexSums[k] / samples);
	}
	return {
		modelId: model.id,
		scenarioId: scenario.id,
		seed,
		samples,
		times: run.steps.labels,
		years: run.steps.years,
		outcomes: outcomeIds,
		stateProbabilities,
		ruptureRisk: Array.from(result.ruptureCounts, (c) => c / samples),
		index,
		contributions,
		driverMeans,
		eventShares: Object.fromEntries(
			model.events.map((event, e) => [
				event.id,
				Array.from(result.eventCounts.subarray(e * stepCount, (e + 1) * stepCount), (c) => c / samples)
			])
		),
		uncertainty: result.uncertainty ?? { variance: 0, ranges: 0, events: 0, unmodelled: 0, interaction: 0 }
	};
}
