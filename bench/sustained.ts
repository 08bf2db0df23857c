// The budget figure held over time: the flagship baseline, 10,000 paths, cold, run back to back
// for a while. This machine's speed drifts (a shared virtual machine), so one short median can
// land in a slow period; the spread over time says how often the budget is met.

import { simulate } from '../src/lib/model';
import { flagship } from './engine';
import { summarize } from './stats';

export interface SustainedResult {
	seconds: number;
	runs: number;
	median: number;
	p95: number;
	/** Share of runs above the 20 ms budget. */
	overBudget: number;
}

export function benchSustained(seconds = 30, budgetMs = 20): SustainedResult {
	const { model, scenario } = flagship();
	for (let i = 0; i < 20; i++) simulate(model, scenario);
	const times: number[] = [];
	const end = performance.now() + seconds * 1000;
	while (performance.now() < end) {
		const start = performance.now();
		simulate(model, scenario);
		times.push(performance.now() - start);
	}
	const { median, p95 } = summarize(times);
	return {
		seconds,
		runs: times.length,
		median,
		p95,
		overBudget: times.filter((t) => t > budgetMs).length / times.length
	};
}
