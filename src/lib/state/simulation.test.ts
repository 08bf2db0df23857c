// The page's side of the worker protocol: what SimulationClient asks the worker for, which
// answers it shows and which it drops as stale, and when it says that a full result is coming.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keyJudgments, sensitivity, simulate, type Projection, type Tornado } from '$lib/model';
import { QUICK_SAMPLES } from '$lib/sampling';
import { tinyModel, tinyScenario } from '$lib/schema/test-fixtures';
import type { SimulationFailure, SimulationRequest, SimulationResponse } from '$lib/worker/protocol';
import { loadWorker } from '$lib/worker/test-worker';
import { SimulationClient } from './simulation.svelte';

/** Stands in for the bundled worker: records requests, and answers only when a test says so. */
class FakeWorker {
	onmessage: ((event: MessageEvent<SimulationResponse | SimulationFailure>) => void) | null = null;
	readonly requests: SimulationRequest[] = [];
	terminated = false;
	postMessage(request: SimulationRequest): void {
		this.requests.push(request);
	}
	terminate(): void {
		this.terminated = true;
	}
	answer(message: SimulationResponse | SimulationFailure): void {
		this.onmessage?.({ data: message } as MessageEvent<SimulationResponse | SimulationFailure>);
	}
}

const made = vi.hoisted(() => ({ workers: [] as unknown[], make: null as (() => unknown) | null }));
vi.mock('$lib/worker/simulation.worker?worker', () => ({
	// `new SimulationWorker()` gets whatever the test makes.
	default: function SimulationWorker() {
		const worker = made.make?.() ?? new FakeWorker();
		made.workers.push(worker);
		return worker;
	}
}));

const model = tinyModel();
const scenario = tinyScenario();
const initial = { samples: 0 } as Projection;

function projection(samples: number): Projection {
	return { samples } as Projection;
}
function tornado(base: number): Tornado {
	return { base } as Tornado;
}
const shows = (id: number, mode: 'quick' | 'full' = 'quick'): SimulationResponse => ({
	id,
	kind: 'projection',
	mode,
	projection: projection(id),
	elapsed: 1
});
const swings = (id: number): SimulationResponse => ({ id, kind: 'tornado', tornado: tornado(id), elapsed: 1 });

/** A client whose worker is a FakeWorker, made on its first run. */
function client(): { client: SimulationClient; worker: () => FakeWorker } {
	return { client: new SimulationClient(initial, null), worker: () => made.workers.at(-1) as FakeWorker };
}

beforeEach(() => {
	made.workers.length = 0;
	made.make = null;
	vi.stubGlobal('Worker', FakeWorker);
});

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('SimulationClient', () => {
	it('asks for a quick run of few paths without a tornado, and a full run of all with one on the same paths, under rising ids', () => {
		const { client: c, worker } = client();
		const big = { ...scenario, samples: 40_000 };
		c.run(model, big, 'quick');
		c.tornadoInput = 'weight';
		c.run(model, big, 'full');
		c.run(model, { ...scenario, samples: 300 }, 'full');
		expect(made.workers).toHaveLength(1);
		expect(worker().requests.map(({ id, mode, samples, tornado }) => ({ id, mode, samples, tornado }))).toEqual([
			{ id: 1, mode: 'quick', samples: QUICK_SAMPLES, tornado: null },
			{ id: 2, mode: 'full', samples: big.samples, tornado: { samples: big.samples, input: 'weight' } },
			{ id: 3, mode: 'full', samples: 300, tornado: { samples: 300, input: 'weight' } }
		]);
		expect(worker().requests[0]).toMatchObject({ model, scenario: big });
	});

	it('shows each newer projection as it comes, and drops one older than what is on screen', () => {
		const { client: c, worker } = client();
		for (let i = 0; i < 3; i++) c.run(model, scenario, 'quick');
		expect(c.projection).toBe(initial);
		worker().answer(shows(2));
		expect(c.projection.samples).toBe(2);
		worker().answer(shows(1));
		expect(c.projection.samples).toBe(2);
		worker().answer(shows(2));
		expect(c.projection.samples).toBe(2);
		worker().answer(shows(3));
		expect(c.projection.samples).toBe(3);
	});

	it('drops a tornado older than the projection on screen', () => {
		const { client: c, worker } = client();
		c.run(model, scenario, 'full');
		c.run(model, scenario, 'full');
		worker().answer(shows(2, 'full'));
		worker().answer(swings(1));
		expect(c.tornado).toBeNull();
		worker().answer(swings(2));
		expect(c.tornado?.base).toBe(2);
	});

	it('is refining from a full request until its projection and its tornado have both come', () => {
		const { client: c, worker } = client();
		c.run(model, scenario, 'quick');
		expect(c.refining).toBe(false);
		c.run(model, scenario, 'full');
		expect(c.refining).toBe(true);
		worker().answer(shows(1));
		expect(c.refining).toBe(true);
		worker().answer(shows(2, 'full'));
		expect(c.refining).toBe(true);
		worker().answer(swings(2));
		expect(c.refining).toBe(false);
	});

	it('stops refining when a quick request follows a full one, since the worker skips the waiting full run', () => {
		const { client: c, worker } = client();
		c.run(model, scenario, 'full');
		c.run(model, scenario, 'quick');
		expect(c.refining).toBe(false);
		worker().answer(shows(2));
		expect(c.refining).toBe(false);
		c.run(model, scenario, 'full');
		expect(c.refining).toBe(true);
	});

	it('is pending from any request until its own projection comes, an older one not counting', () => {
		const { client: c, worker } = client();
		expect(c.pending).toBe(false);
		c.run(model, scenario, 'full');
		c.run(model, scenario, 'quick');
		expect(c.pending).toBe(true);
		worker().answer(shows(1, 'full'));
		expect(c.pending).toBe(true);
		worker().answer(shows(2));
		expect(c.pending).toBe(false);
		expect(c.refining).toBe(false);
	});

	it('keeps refining when an older run fails while the newest full run is still coming', () => {
		const { client: c, worker } = client();
		c.run(model, scenario, 'full');
		c.run(model, scenario, 'full');
		worker().answer({ id: 1, error: 'older failure' });
		expect(c.error).toBe('older failure');
		expect(c.refining).toBe(true);
		worker().answer(shows(2, 'full'));
		worker().answer(swings(2));
		expect(c.refining).toBe(false);
		expect(c.error).toBeNull();
	});

	it('shows the error of a current request, drops an older one, and clears it with the next projection', () => {
		const { client: c, worker } = client();
		c.run(model, scenario, 'quick');
		c.run(model, scenario, 'full');
		worker().answer(shows(2, 'full'));
		worker().answer({ id: 1, error: 'stale failure' });
		expect(c.error).toBeNull();
		worker().answer({ id: 2, error: 'sensitivity failed' });
		expect(c.error).toBe('sensitivity failed');
		expect(c.refining).toBe(false);
		expect(c.projection.samples).toBe(2);
		c.run(model, scenario, 'quick');
		worker().answer(shows(3));
		expect(c.error).toBeNull();
	});

	it('makes no worker and sends nothing where there are no workers (server rendering)', () => {
		vi.stubGlobal('Worker', undefined);
		const { client: c } = client();
		c.run(model, scenario, 'full');
		expect(made.workers).toHaveLength(0);
		expect(c.refining).toBe(false);
	});

	it('stops its worker when destroyed, and makes a new one if run again', () => {
		const { client: c, worker } = client();
		c.run(model, scenario, 'quick');
		const first = worker();
		c.destroy();
		expect(first.terminated).toBe(true);
		c.run(model, scenario, 'quick');
		expect(made.workers).toHaveLength(2);
		expect(worker().requests).toHaveLength(1);
	});

	it('ends on the full run’s projection and tornado with the real worker script behind it', async () => {
		const inProcess = await loadWorker();
		const page = { onmessage: null as ((event: MessageEvent) => void) | null };
		made.make = () => ({
			set onmessage(handler: (event: MessageEvent) => void) {
				page.onmessage = handler;
			},
			postMessage: (request: SimulationRequest) => inProcess.send(request),
			terminate: () => {}
		});
		inProcess.onreply = (reply) => page.onmessage?.({ data: reply } as MessageEvent);
		const c = new SimulationClient(initial, null);
		// Noisy enough that the judgment is not a sure thing: fewer paths would then give another number.
		const noisy = { ...scenario, dynamics: { persistence: 0.5, volatility: 1 } };
		c.run(model, noisy, 'quick');
		c.run(model, { ...noisy, drivers: { ...noisy.drivers } }, 'full');
		await vi.waitFor(() => expect(c.refining).toBe(false));
		expect(c.error).toBeNull();
		expect(c.projection).toEqual(simulate(model, noisy));
		expect(c.tornado).toEqual(sensitivity(model, noisy));
		// The tornado's as-set value is the number the key judgment "at least … at the horizon" states.
		const horizon = keyJudgments(model, c.projection)
			.filter((j) => j.kind === 'at-least')
			.at(-1);
		expect(horizon?.probability).toBeGreaterThan(0.05);
		expect(horizon?.probability).toBeLessThan(0.95);
		expect(c.tornado?.base).toBe(horizon?.probability);
		// The two requests came together: only the newer, full one was computed.
		expect(inProcess.replies.map((r) => r.id)).toEqual([2, 2]);
	});
});
