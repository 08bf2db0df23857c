// Engine benchmark: median milliseconds per `simulate` on the flagship baseline and on a
// synthetic 30-driver model, at 1,000 and 10,000 samples; cold (fresh draws, as the CLI and
// server run) and warm (draws cached, as the live dashboard reruns on every slider move). And the
// budget case against the reference engine (the spec written plainly, same draws), as a ratio.

import { readFileSync } from 'node:fs';
import {
	DrawCache,
	sensitivity,
	simulate,
	slowReferenceSimulate,
	type ModelInput,
	type ScenarioInput
} from '../src/lib/model';
// The decomposition's cost is measured inside the engine: the kernel with and without it.
import { runKernel } from '../src/lib/model/kernel';
import { prepareRun } from '../src/lib/model/prepare';
import { drawsFor } from '../src/lib/model/simulate';
import { syntheticModel } from './synthetic-model';
import { summarize, time } from './stats';

export function flagship(): { model: ModelInput; scenario: ScenarioInput } {
	const read = (file: string) =>
		JSON.parse(readFileSync(new URL(`../scenarios/russia-dprk/${file}`, import.meta.url), 'utf8'));
	return { model: read('model.json'), scenario: read('baseline.json') };
}

export interface EngineRow {
	model: string;
	drivers: number;
	samples: number;
	coldMedian: number;
	warmMedian: number;
	warmP95: number;
}

export function benchEngine(): { rows: EngineRow[]; tornadoMs: number } {
	const cases = [
		{ name: 'russia-dprk baseline', ...flagship() },
		{ name: 'synthetic', ...syntheticModel(30, 8) }
	];
	const rows: EngineRow[] = [];
	for (const { name, model, scenario } of cases) {
		for (const samples of [1000, 10000]) {
			const rounds = samples === 1000 ? 200 : 80;
			const cold = time(() => simulate(model, scenario, { samples }), rounds);
			const cache = new DrawCache();
			const warm = time(() => simulate(model, scenario, { samples, cache }), rounds);
			rows.push({
				model: name,
				drivers: model.drivers.length,
				samples,
				coldMedian: cold.median,
				warmMedian: warm.median,
				warmP95: warm.p95
			});
		}
	}
	const { model, scenario } = cases[0];
	// As the app runs it: on the projection's own paths, so that its as-set value is the judgment's.
	const tornado = time(() => sensitivity(model, scenario, { cache: new DrawCache(1) }), 10);
	return { rows, tornadoMs: tornado.median };
}

/**
 * What the decomposition adds to a run: the flagship baseline, 10,000 paths, warm, the kernel
 * without and with it, interleaved so that the machine's drift weighs on both alike.
 */
export function benchDecomposition(rounds = 60): { without: number; with: number } {
	const { model, scenario } = flagship();
	const cache = new DrawCache();
	const run = prepareRun(model, scenario);
	const once = (decompose: boolean) => {
		const start = performance.now();
		runKernel(
			run,
			drawsFor(run, scenario.seed, scenario.samples, cache),
			scenario.samples,
			cache.scratch,
			[],
			decompose
		);
		return performance.now() - start;
	};
	const without: number[] = [];
	const withIt: number[] = [];
	for (let round = -5; round < rounds; round++) {
		const [a, b] = [once(false), once(true)];
		if (round < 0) continue;
		without.push(a);
		withIt.push(b);
	}
	return { without: summarize(without).median, with: summarize(withIt).median };
}

export interface ReferenceRatio {
	optimisedMedian: number;
	referenceMedian: number;
	/** How many times faster the optimised engine is. */
	ratio: number;
}

/**
 * The budget case (flagship baseline, 10,000 paths, cold) on both engines, interleaved round by
 * round so that the machine's drift weighs on both alike.
 */
export function benchReference(rounds = 7, optimisedPerRound = 8): ReferenceRatio {
	const { model, scenario } = flagship();
	const clock = (work: () => void) => {
		const start = performance.now();
		work();
		return performance.now() - start;
	};
	const optimised: number[] = [];
	const reference: number[] = [];
	for (let round = -1; round < rounds; round++) {
		// Round −1 warms the JIT for both and is not counted.
		const fast = Array.from({ length: optimisedPerRound }, () => clock(() => simulate(model, scenario)));
		const slow = clock(() => slowReferenceSimulate(model, scenario));
		if (round < 0) continue;
		optimised.push(...fast);
		reference.push(slow);
	}
	const optimisedMedian = summarize(optimised).median;
	const referenceMedian = summarize(reference).median;
	return { optimisedMedian, referenceMedian, ratio: referenceMedian / optimisedMedian };
}
