import { afterEach, describe, expect, it } from 'vitest';
import { DrawCache, sensitivity, simulate } from '$lib/model';
import { tinyModel, tinyScenario } from '$lib/schema/test-fixtures';
import engineWorker from './engine.worker.ts?node-worker';
import { ComputeBusy, ComputePool } from './pool';

const fixtureModel = tinyModel();
const fixtureScenario = tinyScenario();
const pools: ComputePool[] = [];
function pool(options: Partial<ConstructorParameters<typeof ComputePool>[0]> = {}): ComputePool {
	const made = new ComputePool({ script: engineWorker, threads: 1, maxQueue: 4, deadlineMs: 20_000, ...options });
	pools.push(made);
	return made;
}
afterEach(async () => {
	await Promise.all(pools.splice(0).map((p) => p.close()));
});

describe('ComputePool', () => {
	it('runs the engine in a worker thread with the numbers of the main thread', async () => {
		const result = await pool().run({ kind: 'numbers', model: fixtureModel, scenario: fixtureScenario, samples: 300 });
		const cache = new DrawCache(1);
		expect(result.projection).toEqual(simulate(fixtureModel, fixtureScenario, { cache, samples: 300 }));
		expect(result.tornado).toEqual(sensitivity(fixtureModel, fixtureScenario, { cache, samples: 300 }));
	});

	it('refuses a job when the queue is full, saying when to retry', async () => {
		const busy = pool({ maxQueue: 1 });
		const heavy = { kind: 'judged', model: fixtureModel, scenario: { ...fixtureScenario, samples: 200_000 } } as const;
		const running = busy.run(heavy);
		const queued = busy.run(heavy);
		const refused = busy.run(heavy);
		await expect(refused).rejects.toBeInstanceOf(ComputeBusy);
		await expect(refused).rejects.toMatchObject({ reason: 'queue-full', retryAfterSeconds: 20 });
		await Promise.all([running, queued]);
	});

	it('fails a job past its deadline, stops its thread and runs the next job on a fresh one', async () => {
		// The heavy job's own deadline is short; the next job has the pool's, ample under any load.
		const slow = pool({ deadlineMs: 20_000 });
		const heavy = slow.run(
			{ kind: 'judged', model: fixtureModel, scenario: { ...fixtureScenario, samples: 2_000_000 } },
			{ deadlineMs: 150 }
		);
		await expect(heavy).rejects.toMatchObject({ reason: 'deadline', retryAfterSeconds: 20 });
		expect(slow.running).toBe(0);
		const light = await slow.run({
			kind: 'judged',
			model: fixtureModel,
			scenario: { ...fixtureScenario, samples: 50 }
		});
		expect(light.projection.samples).toBe(50);
	});

	it('reports an engine error as a failed job, and keeps working', async () => {
		const p = pool();
		const broken = { ...fixtureScenario, drivers: {} };
		await expect(p.run({ kind: 'judged', model: fixtureModel, scenario: broken })).rejects.toThrow(
			/no setting for driver/
		);
		const fine = await p.run({ kind: 'judged', model: fixtureModel, scenario: { ...fixtureScenario, samples: 50 } });
		expect(fine.judgments.length).toBeGreaterThan(0);
	});
});
