// The simulations the server runs for its pages, as plain data in and out, so that they can be
// posted to a worker thread: the engine's calls exactly as the pages made them on the main thread
// (same seed, same paths, the same DrawCache sharing, which changes speed and never a number).

import { compareNumbers, judgedProjection, type CompareNumbers, type Judged } from '$lib/compare/numbers';
import {
	DrawCache,
	sensitivity,
	simulate,
	type ModelInput,
	type Projection,
	type ScenarioInput,
	type Tornado
} from '$lib/model';

export type { Judged };

/** The projection and tornado a scenario opens with, on the same `samples` paths. */
export interface NumbersJob {
	kind: 'numbers';
	model: ModelInput;
	scenario: ScenarioInput;
	samples: number;
}

/** A projection with its key judgments (the saved list's headline, a revision's outputs). */
export interface JudgedJob {
	kind: 'judged';
	model: ModelInput;
	scenario: ScenarioInput;
}

/**
 * Compare's numbers (compareNumbers, which the browser's worker runs too): each scenario on
 * `samples[i]` paths — at most the server's bound — the gaps on the first's.
 */
export interface CompareJob {
	kind: 'compare';
	model: ModelInput;
	scenarios: ScenarioInput[];
	samples: number[];
}

export type ComputeJob = NumbersJob | JudgedJob | CompareJob;

export interface ComputeResults {
	numbers: { projection: Projection; tornado: Tornado };
	judged: Judged;
	compare: CompareNumbers;
}

export type ComputeResult<J extends ComputeJob> = ComputeResults[J['kind']];

export function runJob<J extends ComputeJob>(job: J): ComputeResult<J> {
	return runAny(job) as ComputeResult<J>;
}

function runAny(job: ComputeJob): ComputeResults[ComputeJob['kind']] {
	switch (job.kind) {
		case 'numbers': {
			const cache = new DrawCache(1);
			const options = { cache, samples: job.samples };
			return {
				projection: simulate(job.model, job.scenario, options),
				tornado: sensitivity(job.model, job.scenario, options)
			};
		}
		case 'judged':
			return judgedProjection(job.model, job.scenario, new DrawCache(1));
		case 'compare':
			return compareNumbers(job.model, job.scenarios, job.samples);
	}
}
