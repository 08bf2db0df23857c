// Compare's numbers refined in the browser. The server renders each compared scenario on at most
// SERVER_SAMPLES paths (src/lib/server/pages/compare.ts); when it capped any, the page's worker runs
// compareNumbers — the server job's own function — at every scenario's own count, same seeds, and
// the page swaps the result in: projections, key judgments and gaps, so every table, chart and
// export that reads the page's data reads the refined numbers. A comparison is the page data's
// `scenarios` array: a navigation that changes it (SvelteKit reran the load) is a new comparison,
// which ends a run still under way for the older one and drops any older answer.

import { onDestroy } from 'svelte';
import { cappedScenarios, type CompareNumbers } from '$lib/compare/numbers';
import type { ComparedScenario, CompareData } from '$lib/compare/types';
import type { CompareRequest, CompareResponse, SimulationFailure } from '$lib/worker/protocol';
import SimulationWorker from '$lib/worker/simulation.worker?worker';

type Comparison = ComparedScenario[];

export class CompareRefinement {
	#result: { of: Comparison; numbers: CompareNumbers } | null = $state.raw(null);
	#failure: { of: Comparison; message: string } | null = $state.raw(null);
	#asked: Comparison | null = null;
	#worker: Worker | null = null;
	#latest = 0;
	#running = false;

	/** What the page shows for `data`: the worker's full-count numbers once they came, else the server's. */
	shown<D extends CompareData>(data: D): D {
		const result = this.#result;
		if (!result || result.of !== data.scenarios) return data;
		const { judged, gaps } = result.numbers;
		const scenarios = data.scenarios.map((s, i) => ({ ...s, ...judged[i] }));
		return { ...data, scenarios, gaps };
	}

	/** The server capped some scenario of `data`, and its full-count numbers have not come (nor failed). */
	refining(data: CompareData): boolean {
		return (
			cappedScenarios(data.scenarios).length > 0 &&
			this.#result?.of !== data.scenarios &&
			this.#failure?.of !== data.scenarios
		);
	}

	/** Why refining `data` failed; null when it did not. */
	error(data: CompareData): string | null {
		return this.#failure?.of === data.scenarios ? this.#failure.message : null;
	}

	/** Asks the worker for `data`'s full-count numbers when the server capped any; once per comparison. */
	refine(data: CompareData): void {
		if (data.scenarios === this.#asked) return;
		this.#asked = data.scenarios;
		const id = ++this.#latest;
		// A run under way is an older comparison's: a worker cannot be interrupted, so end it.
		if (this.#running) this.destroy();
		if (cappedScenarios(data.scenarios).length === 0) return;
		const worker = this.#ensureWorker();
		if (!worker) return;
		const scenarios = data.scenarios.map((s) => s.scenario);
		const request: CompareRequest = {
			kind: 'compare',
			id,
			model: data.model,
			scenarios,
			samples: scenarios.map((s) => s.samples)
		};
		this.#running = true;
		worker.postMessage(request);
	}

	#ensureWorker(): Worker | null {
		if (this.#worker || typeof Worker === 'undefined') return this.#worker;
		this.#worker = new SimulationWorker();
		this.#worker.onmessage = (event: MessageEvent<CompareResponse | SimulationFailure>) => this.#receive(event.data);
		return this.#worker;
	}

	#receive(message: CompareResponse | SimulationFailure): void {
		const of = this.#asked;
		if (message.id !== this.#latest || !of) return;
		this.#running = false;
		if ('error' in message) this.#failure = { of, message: message.error };
		else this.#result = { of, numbers: message.numbers };
	}

	destroy(): void {
		this.#worker?.terminate();
		this.#worker = null;
		this.#running = false;
	}
}

/**
 * For a page component, called while it initialises: refines the page data `served()` whenever it
 * changes, and ends the worker with the page. Show `refinement.shown(served)`.
 */
export function refinedCompare(served: () => CompareData): CompareRefinement {
	const refinement = new CompareRefinement();
	$effect(() => refinement.refine(served()));
	onDestroy(() => refinement.destroy());
	return refinement;
}
