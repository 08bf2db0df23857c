// Runs the engine off the main thread. Requests that arrive while one is running replace each
// other: only the newest waiting request is computed, so a fast drag never builds a queue.
// Sensitivity follows the projection in a later task, on the same paths (the request's samples,
// the scenario's seed, the cached draws), and is skipped when a newer request has come in meanwhile.
// The Compare page's requests run compareNumbers, the same function as the server's compute job.

import { compareNumbers } from '$lib/compare/numbers';
import { DrawCache, sensitivity, simulate } from '$lib/model';
import type {
	CompareRequest,
	CompareResponse,
	SimulationFailure,
	SimulationRequest,
	SimulationResponse,
	WorkerRequest
} from './protocol';

const cache = new DrawCache(4);
let waiting: WorkerRequest | null = null;
let scheduled = false;

function reply(message: SimulationResponse | CompareResponse | SimulationFailure): void {
	postMessage(message);
}

function fail(id: number, error: unknown): void {
	reply({ id, error: error instanceof Error ? error.message : String(error) });
}

function runTornado(request: SimulationRequest): void {
	if (!request.tornado || waiting) return;
	try {
		const started = performance.now();
		const tornado = sensitivity(request.model, request.scenario, {
			samples: request.tornado.samples,
			input: request.tornado.input,
			cache
		});
		reply({ id: request.id, kind: 'tornado', tornado, elapsed: performance.now() - started });
	} catch (error) {
		fail(request.id, error);
	}
}

function runCompare(request: CompareRequest): void {
	try {
		const started = performance.now();
		const numbers = compareNumbers(request.model, request.scenarios, request.samples, cache);
		reply({ id: request.id, kind: 'compare', numbers, elapsed: performance.now() - started });
	} catch (error) {
		fail(request.id, error);
	}
}

function drain(): void {
	scheduled = false;
	const request = waiting;
	waiting = null;
	if (!request) return;
	// Only a CompareRequest has a kind (SimulationRequest predates it).
	if ('kind' in request) {
		runCompare(request);
		return;
	}
	runSimulation(request);
}

function runSimulation(request: SimulationRequest): void {
	try {
		const started = performance.now();
		const projection = simulate(request.model, request.scenario, { samples: request.samples, cache });
		reply({ id: request.id, kind: 'projection', mode: request.mode, projection, elapsed: performance.now() - started });
	} catch (error) {
		fail(request.id, error);
		return;
	}
	// A macrotask later, so that a request sent meanwhile is seen and the tornado skipped.
	if (request.tornado) setTimeout(() => runTornado(request), 0);
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
	waiting = event.data;
	if (!scheduled) {
		scheduled = true;
		// A macrotask: messages already queued behind this one land first and replace it.
		setTimeout(drain, 0);
	}
};
