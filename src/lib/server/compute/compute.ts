// The server's one way to run a simulation: by content key, from the result cache when known,
// joined to the same computation when one is under way, else in the worker pool. Sized from the
// environment (README, "Deploying for a team"): COMPUTE_THREADS, COMPUTE_QUEUE,
// COMPUTE_DEADLINE_MS, RESULT_CACHE_ENTRIES, RESULT_CACHE_MB.

import { availableParallelism } from 'node:os';
import engineWorker from './engine.worker.ts?node-worker';
import { envInteger } from './env-number';
import type { ComputeJob, ComputeResult } from './jobs';
import { ComputePool } from './pool';
import { approximateBytes, ResultCache } from './result-cache';

export interface Compute {
	/** The result of `job`, computed once per key. */
	run<J extends ComputeJob>(key: string, job: J): Promise<ComputeResult<J>>;
	/**
	 * The same, for work nobody waits for (pool.runInBackground): never refused, never in a page's
	 * way. A page asking for the same key meanwhile runs its own job rather than wait behind it.
	 */
	runInBackground<J extends ComputeJob>(key: string, job: J): Promise<ComputeResult<J>>;
	/** The result when already known (no work, no waiting). */
	known<J extends ComputeJob>(key: string): ComputeResult<J> | undefined;
	readonly pool: ComputePool;
	readonly cache: ResultCache<unknown>;
}

export function createCompute(pool: ComputePool, cache: ResultCache<unknown>): Compute {
	const underWay = new Map<string, Promise<unknown>>();
	const underWayInBackground = new Map<string, Promise<unknown>>();
	const kept = (key: string) => (result: unknown) => {
		cache.set(key, result, approximateBytes(result));
		return result;
	};
	return {
		pool,
		cache,
		known: <J extends ComputeJob>(key: string) => cache.get(key) as ComputeResult<J> | undefined,
		run<J extends ComputeJob>(key: string, job: J): Promise<ComputeResult<J>> {
			if (cache.has(key)) return Promise.resolve(cache.get(key) as ComputeResult<J>);
			let pending = underWay.get(key);
			if (!pending) {
				pending = pool
					.run(job)
					.then(kept(key))
					.finally(() => underWay.delete(key));
				underWay.set(key, pending);
			}
			return pending as Promise<ComputeResult<J>>;
		},
		runInBackground<J extends ComputeJob>(key: string, job: J): Promise<ComputeResult<J>> {
			if (cache.has(key)) return Promise.resolve(cache.get(key) as ComputeResult<J>);
			let pending = underWay.get(key) ?? underWayInBackground.get(key);
			if (!pending) {
				pending = pool
					.runInBackground(job)
					.then(kept(key))
					.finally(() => underWayInBackground.delete(key));
				underWayInBackground.set(key, pending);
			}
			return pending as Promise<ComputeResult<J>>;
		}
	};
}

let shared: Compute | null = null;

/** The process's pool and cache, made on first use. */
export function compute(): Compute {
	shared ??= createCompute(
		new ComputePool({
			script: engineWorker,
			threads: envInteger('COMPUTE_THREADS', Math.max(1, availableParallelism() - 1), 1),
			maxQueue: envInteger('COMPUTE_QUEUE', 64),
			deadlineMs: envInteger('COMPUTE_DEADLINE_MS', 30_000, 1)
		}),
		new ResultCache({
			maxEntries: envInteger('RESULT_CACHE_ENTRIES', 1000),
			maxBytes: envInteger('RESULT_CACHE_MB', 128) * 1024 * 1024
		})
	);
	return shared;
}

/** At shutdown (server/lifecycle): stops the pool's threads, if the process ever made them. */
export async function closeCompute(): Promise<void> {
	const closing = shared;
	shared = null;
	await closing?.pool.close();
}
