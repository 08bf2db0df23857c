import { afterAll, describe, expect, it } from 'vitest';
import { keyJudgments, simulate } from '$lib/model';
import { tinyModel, tinyScenario } from '$lib/schema/test-fixtures';
import { contentKey } from './content-key';
import { createCompute } from './compute';
import engineWorker from './engine.worker.ts?node-worker';
import { ComputePool } from './pool';
import { ResultCache } from './result-cache';

const model = tinyModel();
const scenario = { ...tinyScenario(), samples: 400 };
const pool = new ComputePool({ script: engineWorker, threads: 1, maxQueue: 8, deadlineMs: 20_000 });
afterAll(() => pool.close());

describe('compute', () => {
	it('computes once per content key: a cache hit gives the identical numbers, a join shares the run', async () => {
		const service = createCompute(pool, new ResultCache({ maxEntries: 10, maxBytes: 10_000_000 }));
		const key = contentKey('judged', model, [scenario]);
		const job = { kind: 'judged', model, scenario } as const;
		const [one, joined] = await Promise.all([service.run(key, job), service.run(key, job)]);
		expect(joined).toBe(one);
		const projection = simulate(model, scenario);
		expect(one).toEqual({ projection, judgments: keyJudgments(model, projection) });
		expect(service.known(key)).toBe(one);
		expect(await service.run(key, job)).toBe(one);
	});

	it('keys by what decides the numbers: not the title or notes, but the seed, paths, settings and model', () => {
		const key = contentKey('judged', model, [scenario]);
		expect(contentKey('judged', model, [{ ...scenario, title: { en: 'x', ar: 'x' }, notes: 'n' }])).toBe(key);
		expect(contentKey('judged', structuredClone(model), [scenario])).toBe(key);
		expect(contentKey('judged', model, [{ ...scenario, seed: scenario.seed + 1 }])).not.toBe(key);
		expect(contentKey('judged', model, [{ ...scenario, samples: 401 }])).not.toBe(key);
		expect(contentKey('numbers', model, [scenario])).not.toBe(key);
		expect(contentKey('judged', { ...model, horizon: { ...model.horizon }, id: 'other' }, [scenario])).not.toBe(key);
		const moved = structuredClone(scenario);
		moved.drivers[model.drivers[0].id].weight = 0.11;
		expect(contentKey('judged', model, [moved])).not.toBe(key);
	});
});
