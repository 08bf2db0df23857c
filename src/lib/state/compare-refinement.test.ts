// The Compare page's side of the worker protocol: when it asks for full-count numbers, what it
// shows meanwhile and after, and what it drops when a newer comparison overtakes an older one.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compareNumbers } from '$lib/compare/numbers';
import type { CompareData } from '$lib/compare/types';
import type { ScenarioInput } from '$lib/model';
import { tinyModel, tinyScenario } from '$lib/schema/test-fixtures';
import type { CompareRequest, CompareResponse, SimulationFailure } from '$lib/worker/protocol';
import { CompareRefinement } from './compare-refinement.svelte';

type Reply = CompareResponse | SimulationFailure;

/** Stands in for the bundled worker: records requests, and answers only when a test says so. */
class FakeWorker {
	onmessage: ((event: MessageEvent<Reply>) => void) | null = null;
	readonly requests: CompareRequest[] = [];
	terminated = false;
	postMessage(request: CompareRequest): void {
		this.requests.push(structuredClone(request));
	}
	terminate(): void {
		this.terminated = true;
	}
	answer(message: Reply): void {
		this.onmessage?.({ data: message } as MessageEvent<Reply>);
	}
}

const made = vi.hoisted(() => ({ workers: [] as unknown[] }));
vi.mock('$lib/worker/simulation.worker?worker', () => ({
	default: function SimulationWorker() {
		const worker = new FakeWorker();
		made.workers.push(worker);
		return worker;
	}
}));
const lastWorker = () => made.workers.at(-1) as FakeWorker;

const model = tinyModel();
const first: ScenarioInput = { ...tinyScenario(), samples: 400 };
const second: ScenarioInput = { ...first, id: 'other', samples: 300, events: { ceasefire: { probability: 0.9 } } };

/** Page data as the server makes it: each scenario on at most `bound` paths. */
function served(bound: number, scenarios = [first, second]): CompareData {
	const numbers = compareNumbers(
		model,
		scenarios,
		scenarios.map((s) => Math.min(s.samples, bound))
	);
	return {
		model,
		scenarios: scenarios.map((scenario, i) => ({
			ref: `preset:tiny/${scenario.id}`,
			title: scenario.title,
			revision: null,
			scenario,
			...numbers.judged[i]
		})),
		referenceAsked: false,
		gaps: numbers.gaps,
		choices: { presets: [], saved: [] },
		notices: []
	};
}

const answer = (id: number, data: CompareData): CompareResponse => ({
	id,
	kind: 'compare',
	numbers: compareNumbers(
		model,
		data.scenarios.map((s) => s.scenario)
	),
	elapsed: 1
});

beforeEach(() => {
	made.workers.length = 0;
	vi.stubGlobal('Worker', FakeWorker);
});

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('CompareRefinement', () => {
	it('asks nothing of a worker when the server computed every scenario in full', () => {
		const refinement = new CompareRefinement();
		const data = served(10_000);
		refinement.refine(data);
		expect(made.workers).toHaveLength(0);
		expect(refinement.shown(data)).toBe(data);
		expect(refinement.refining(data)).toBe(false);
	});

	it('asks once for every scenario’s own count, shows the server’s numbers meanwhile, then the full-count ones', () => {
		const refinement = new CompareRefinement();
		const data = served(200);
		expect(refinement.refining(data)).toBe(true);
		refinement.refine(data);
		// The same comparison again (SvelteKit spreads its data into a new object): no second request.
		refinement.refine({ ...data });
		const worker = lastWorker();
		expect(worker.requests).toEqual([
			{ kind: 'compare', id: 1, model, scenarios: [first, second], samples: [400, 300] }
		]);
		expect(refinement.shown(data)).toBe(data);

		worker.answer(answer(1, data));
		const full = compareNumbers(model, [first, second]);
		const shown = refinement.shown({ ...data });
		expect(shown.scenarios.map(({ projection, judgments }) => ({ projection, judgments }))).toEqual(full.judged);
		expect(shown.gaps).toEqual(full.gaps);
		expect(shown.scenarios.map((s) => s.ref)).toEqual(data.scenarios.map((s) => s.ref));
		expect(refinement.refining(data)).toBe(false);
		expect(refinement.error(data)).toBeNull();
	});

	it('ends a run for an older comparison when a newer one comes, and drops the older answer', () => {
		const refinement = new CompareRefinement();
		const older = served(200);
		const newer = served(100, [second, first]);
		refinement.refine(older);
		const olderWorker = lastWorker();
		refinement.refine(newer);
		expect(olderWorker.terminated).toBe(true);
		const newerWorker = lastWorker();
		expect(newerWorker).not.toBe(olderWorker);
		expect(newerWorker.requests.map((r) => r.id)).toEqual([2]);

		// An answer to the older request (had it come at all) is not this comparison's.
		newerWorker.answer(answer(1, older));
		expect(refinement.shown(newer)).toBe(newer);
		expect(refinement.refining(newer)).toBe(true);
		newerWorker.answer(answer(2, newer));
		expect(refinement.shown(newer).scenarios[0].projection.samples).toBe(second.samples);
		// Going back to the older comparison's data shows the server's numbers, not the newer's.
		expect(refinement.shown(older)).toBe(older);
	});

	it('says why refining failed, and keeps the server’s numbers', () => {
		const refinement = new CompareRefinement();
		const data = served(200);
		refinement.refine(data);
		lastWorker().answer({ id: 1, error: 'out of memory' });
		expect(refinement.error(data)).toBe('out of memory');
		expect(refinement.refining(data)).toBe(false);
		expect(refinement.shown(data)).toBe(data);
	});
});
