// Runs the engine off the main thread. Requests that arrive while one is running replace each
// other: only the newest waiting request is computed, so a fast drag never builds a queue.

import { DrawCache, sensitivity, simulate } from '$lib/model';
import type { SimulationFailure, SimulationRequest, SimulationResponse } from './protocol';

const cache = new DrawCache(4);
let waiting: SimulationRequest | null = null;
let scheduled = false;

function compute(request: SimulationRequest): SimulationResponse {
	const started = performance.now();
	const projection = simulate(request.model, request.scenario, { samples: request.samples, cache });
	const tornado = request.tornado ? sensitivity(request.model, request.scenario, { samples: request.tornado.samples, input: request.tornado.input, cache }) : null;
	return { id: request.id, mode: request.mode, projection, tornado, elapsed: performance.now() - started };
}

function drain(): void {
	scheduled = false;
	const request = waiting;
	waiting = null;
	if (!request) return;
	try {
		postMessage(compute(request));
	} catch (error) {
		postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) } satisfies SimulationFailure);
	}
}

self.onmessage = (event: MessageEvent<SimulationRequest>) => {
	waiting = event.data;
	if (!scheduled) {
		scheduled = true;
		// A macrotask: messages already queued behind this one land first and replace it.
		setTimeout(drain, 0);
	}
};
