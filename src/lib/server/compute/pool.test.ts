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
	it('gives a background job no place in the queue, and runs it when no page job waits', async () => {
		const p = pool({ maxQueue: 1 });
		const heavy = { kind: 'judged', model: fixtureModel, scenario: { ...fixtureScenario, samples: 200_000 } } as const;
		const light = { kind: 'judged', model: fixtureModel, scenario: { ...fixtureScenario, samples: 50 } } as const;
		const finished: string[] = [];
		const running = p.run(heavy).then(() => finished.push('page 1'));
		const background = p.runInBackground(light).then((r) => (finished.push('background'), r));
		// The one place in the queue is still free for a page's job.
		const queued = p.run(light).then(() => finished.push('page 2'));
		expect(p.waitingInBackground).toBe(1);
		await Promise.all([running, queued, background]);
		expect(finished).toEqual(['page 1', 'page 2', 'background']);
		expect((await background).projection.samples).toBe(50);
	});

	it('stops a background job for a page job when every thread is busy; the background job starts over', async () => {
		const p = pool({ maxQueue: 0 });
		const heavy = { kind: 'judged', model: fixtureModel, scenario: { ...fixtureScenario, samples: 400_000 } } as const;
		const finished: string[] = [];
		const background = p.runInBackground(heavy).then((r) => (finished.push('background'), r));
		expect(p.running).toBe(1);
		// No queue at all: the page's job is run at once, on the background job's thread.
		const page = await p.run({ kind: 'judged', model: fixtureModel, scenario: { ...fixtureScenario, samples: 50 } });
		finished.push('page');
		expect(page.projection.samples).toBe(50);
		const result = await background;
		expect(finished).toEqual(['page', 'background']);
		expect(result.projection.samples).toBe(400_000);
		expect(result.projection).toEqual(
			simulate(fixtureModel, heavy.scenario, { cache: new DrawCache(1), samples: 400_000 })
		);
	});
});
