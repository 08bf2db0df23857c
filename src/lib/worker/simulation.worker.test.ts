// The worker's side of the protocol, run in this process: what it answers to each request, under
// which id, in which order, and what it skips when newer requests overtake older ones.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compareNumbers } from '$lib/compare/numbers';
import { sensitivity, simulate, type ScenarioInput } from '$lib/model';
import { tinyModel, tinyScenario } from '$lib/schema/test-fixtures';
import type { CompareRequest, SimulationRequest } from './protocol';
import { loadWorker, type InProcessWorker } from './test-worker';

const model = tinyModel();
const scenario = tinyScenario();

function request(id: number, change: Partial<SimulationRequest> = {}): SimulationRequest {
	return { id, mode: 'quick', model, scenario, samples: 200, tornado: null, ...change };
}

/** What a reply is, without its timing. */
const kinds = (worker: InProcessWorker) =>
	worker.replies.map((r) => ('error' in r ? `${r.id} error` : `${r.id} ${r.kind}`));

/**
 * Until the worker has nothing left to do. Its work is chained through setTimeout(0) (a drain,
 * then the tornado), so a few rounds of real timers see it through. (Fake timers would not do:
 * they run a timeout set inside another one a tick later, which reorders the worker's tasks.)
 */
async function settled(): Promise<void> {
	for (let round = 0; round < 4; round++) await new Promise((resolve) => setTimeout(resolve, 5));
}

let worker: InProcessWorker;

beforeEach(async () => {
	worker = await loadWorker();
});

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('simulation worker', () => {
	it('answers a quick request with the projection of that many paths, under its id and mode, and no tornado', async () => {
		worker.send(request(7, { samples: 300 }));
		await settled();
		expect(kinds(worker)).toEqual(['7 projection']);
		const [reply] = worker.replies;
		expect(reply).toMatchObject({ id: 7, kind: 'projection', mode: 'quick', elapsed: expect.any(Number) });
		if ('error' in reply || reply.kind !== 'projection') throw new Error('expected a projection');
		expect(reply.projection.samples).toBe(300);
		expect(reply.projection).toEqual(simulate(model, scenario, { samples: 300 }));
	});

	it('follows a full request’s projection with its tornado, for the paths and input asked', async () => {
		worker.send(request(3, { mode: 'full', samples: 500, tornado: { samples: 250, input: 'weight' } }));
		await settled();
		expect(kinds(worker)).toEqual(['3 projection', '3 tornado']);
		const [projection, tornado] = worker.replies;
		expect(projection).toMatchObject({ mode: 'full', projection: simulate(model, scenario, { samples: 500 }) });
		expect(tornado).toMatchObject({
			tornado: sensitivity(model, scenario, { samples: 250, input: 'weight' }),
			elapsed: expect.any(Number)
		});
	});

	it('computes only the newest of the requests that arrive together', async () => {
		for (const id of [1, 2, 3]) worker.send(request(id, { samples: 100 + id }));
		await settled();
		expect(kinds(worker)).toEqual(['3 projection']);
	});

	it('skips a tornado when a newer request comes in after its projection, and answers the newer', async () => {
		const full = (id: number) => request(id, { mode: 'full', tornado: { samples: 200, input: 'assessment' } });
		// Request 2 arrives while request 1's projection is computed: its message is handled
		// once that task is over, before the tornado's task.
		worker.onreply = (reply) => {
			if (reply.id === 1 && !('error' in reply) && reply.kind === 'projection')
				queueMicrotask(() => worker.send(full(2)));
		};
		worker.send(full(1));
		await settled();
		expect(kinds(worker)).toEqual(['1 projection', '2 projection', '2 tornado']);
	});

	it('answers a request it cannot compute with an error under that id, and goes on with the next', async () => {
		const broken = { ...scenario, drivers: { military: scenario.drivers.military } };
		worker.send(request(4, { scenario: broken }));
		await settled();
		expect(worker.replies).toEqual([{ id: 4, error: expect.stringMatching(/\S/) }]);
		worker.send(request(5));
		await settled();
		expect(kinds(worker)).toEqual(['4 error', '5 projection']);
	});

	it('reports a failed tornado as an error under its id, after the projection', async () => {
		// More paths than an array can hold: the projection runs, the sensitivity cannot.
		worker.send(request(6, { mode: 'full', tornado: { samples: 2 ** 33, input: 'assessment' } }));
		await settled();
		expect(kinds(worker)).toEqual(['6 projection', '6 error']);
		expect(worker.replies[1]).toEqual({ id: 6, error: expect.stringMatching(/length|allocation/i) });
	});

	describe('compare requests', () => {
		const other: ScenarioInput = {
			...scenario,
			id: 'other',
			samples: 700,
			events: { ceasefire: { probability: 0.8 } }
		};
		const compare = (id: number, samples = [scenario.samples, other.samples]): CompareRequest => ({
			kind: 'compare',
			id,
			model,
			scenarios: [scenario, other],
			samples
		});

		it('answers with compareNumbers, the server job’s own function: at full count, the scenarios run alone', async () => {
			worker.send(compare(9));
			await settled();
			expect(kinds(worker)).toEqual(['9 compare']);
			const [reply] = worker.replies;
			if ('error' in reply || reply.kind !== 'compare') throw new Error('expected compare numbers');
			expect(reply.numbers).toEqual(compareNumbers(model, [scenario, other]));
			expect(reply.numbers.judged[1].projection).toEqual(simulate(model, other));
			expect(reply.elapsed).toEqual(expect.any(Number));
		});

		it('computes only the newest of compare requests that arrive together, and reports a failure under its id', async () => {
			worker.send(compare(1, [100, 100]));
			worker.send(compare(2, [200, 300]));
			await settled();
			expect(kinds(worker)).toEqual(['2 compare']);
			worker.send(compare(3, [100]));
			await settled();
			expect(worker.replies[1]).toEqual({ id: 3, error: expect.stringMatching(/1 path counts for 2 scenarios/) });
		});
	});
});
