// The simulations the server runs for its pages, as plain data in and out, so that they can be
// posted to a worker thread: the engine's calls exactly as the pages made them on the main thread
// (same seed, same paths, the same DrawCache sharing, which changes speed and never a number).

import {
	DrawCache,
	gapAttribution,
	keyJudgments,
	sensitivity,
	simulate,
	type GapAttribution,
	type KeyJudgment,
	type ModelInput,
	type Projection,
	type ScenarioInput,
	type Tornado
} from '$lib/model';

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

/** Compare's numbers: each scenario's projection and judgments, the gap from the first to each other. */
export interface CompareJob {
	kind: 'compare';
	model: ModelInput;
	scenarios: ScenarioInput[];
}

export type ComputeJob = NumbersJob | JudgedJob | CompareJob;

export interface Judged {
	projection: Projection;
	judgments: KeyJudgment[];
}

export interface ComputeResults {
	numbers: { projection: Projection; tornado: Tornado };
	judged: Judged;
	compare: { judged: Judged[]; gaps: GapAttribution[] };
}

export type ComputeResult<J extends ComputeJob> = ComputeResults[J['kind']];

// Presets of one model share a seed and sample count: one stored set of draws serves every run.
const COMPARE_DRAW_SETS = 4;

function judged(model: ModelInput, scenario: ScenarioInput, cache: DrawCache): Judged {
	const projection = simulate(model, scenario, { cache });
	return { projection, judgments: keyJudgments(model, projection) };
}

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
			return judged(job.model, job.scenario, new DrawCache(1));
		case 'compare': {
			const cache = new DrawCache(COMPARE_DRAW_SETS);
			const [first, ...others] = job.scenarios;
			return {
				judged: job.scenarios.map((s) => judged(job.model, s, cache)),
				gaps: others.map((other) => gapAttribution(job.model, first, other, { cache }))
			};
		}
	}
}
