// Live results for the editor's scenario: a quick, small-sample run while a slider moves and the
// full run once it settles, both in a worker. Each result is shown as it comes, unless it is older
// than what is already on screen.

import { getContext, setContext } from 'svelte';
import type { ModelInput, Projection, ScenarioInput, SensitivityInput, Tornado } from '$lib/model';
import type { SimulationFailure, SimulationMode, SimulationRequest, SimulationResponse } from '$lib/worker/protocol';
import SimulationWorker from '$lib/worker/simulation.worker?worker';
import { QUICK_SAMPLES } from '$lib/sampling';

export class SimulationClient {
	projection: Projection = $state.raw() as Projection;
	tornado: Tornado | null = $state.raw(null);
	/** A full-count result is still coming. */
	refining = $state(false);
	/**
	 * The newest request's projection has not come yet: what is on screen is an older settings'
	 * (a quick request after a full result leaves `refining` false, yet the numbers are not these).
	 */
	pending = $state(false);
	error: string | null = $state(null);
	tornadoInput: SensitivityInput = $state('assessment');
	#worker: Worker | null = null;
	#latest = 0;
	#latestFull = 0;
	#shown = 0;
	#tornadoShown = 0;

	constructor(initial: Projection, tornado: Tornado | null) {
		this.projection = initial;
		this.tornado = tornado;
	}

	#ensureWorker(): Worker | null {
		if (this.#worker || typeof Worker === 'undefined') return this.#worker;
		this.#worker = new SimulationWorker();
		this.#worker.onmessage = (event: MessageEvent<SimulationResponse | SimulationFailure>) => this.#receive(event.data);
		return this.#worker;
	}

	run(model: ModelInput, scenario: ScenarioInput, mode: SimulationMode): void {
		const worker = this.#ensureWorker();
		if (!worker) return;
		const id = ++this.#latest;
		this.pending = true;
		// A newer request makes the worker skip an older full run still waiting, so only a full
		// request promises a refined result, and a quick one withdraws the promise.
		this.#latestFull = mode === 'full' ? id : 0;
		this.refining = mode === 'full';
		const request: SimulationRequest = {
			id,
			mode,
			model,
			scenario,
			samples: mode === 'quick' ? Math.min(QUICK_SAMPLES, scenario.samples) : scenario.samples,
			// The full run's paths (and the scenario's seed): the tornado's as-set value is then the
			// projection's own number, the one the key judgment states.
			tornado: mode === 'full' ? { samples: scenario.samples, input: this.tornadoInput } : null
		};
		worker.postMessage(request);
	}

	#receive(message: SimulationResponse | SimulationFailure): void {
		// The worker answers in request order, skipping superseded requests; anything older than
		// what is on screen is stale. A drag shows every result as it comes rather than waiting
		// for the newest, which would never come while the slider keeps moving.
		if ('error' in message) {
			if (message.id < this.#shown) return;
			this.error = message.error;
			// The newest full run failed: nothing more is coming. An older run's failure says
			// nothing about the newest, which may still be refining.
			if (message.id >= this.#latest) this.pending = false;
			if (message.id >= this.#latestFull) {
				this.refining = false;
				return;
			}
		} else if (message.kind === 'projection') {
			if (message.id <= this.#shown) return;
			this.#shown = message.id;
			if (message.id >= this.#latest) this.pending = false;
			this.error = null;
			this.projection = message.projection;
		} else {
			if (message.id < this.#shown) return;
			this.#tornadoShown = message.id;
			this.tornado = message.tornado;
		}
		// Refined once the newest full request has its projection and its sensitivity.
		this.refining = this.#shown < this.#latestFull || this.#tornadoShown < this.#latestFull;
	}

	destroy(): void {
		this.#worker?.terminate();
		this.#worker = null;
	}
}

const KEY = Symbol('simulation');

export function provideSimulation(client: SimulationClient): SimulationClient {
	return setContext(KEY, client);
}

export function useSimulation(): SimulationClient {
	return getContext<SimulationClient>(KEY);
}
