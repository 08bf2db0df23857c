// The app's asynchronous contracts over the synchronous SQLite implementations: reads answer at
// once, writes wait their turn on the connection (write-queue.ts).

import type { SyncOf } from '../../storage/types';
import type { WriteQueue } from './write-queue';

type AsyncMethods<T> = {
	[K in keyof T]: T[K] extends (...args: infer A) => Promise<infer R> ? (...args: A) => Promise<R> : never;
};

export function asyncOf<T extends object>(
	sync: SyncOf<T>,
	writes: readonly (keyof T)[],
	queue: WriteQueue | null
): AsyncMethods<T> {
	const methods = sync as Record<keyof T, (...args: unknown[]) => unknown>;
	return Object.fromEntries(
		(Object.keys(sync) as (keyof T)[]).map((name) => {
			const method = methods[name];
			const call =
				queue && writes.includes(name)
					? (...args: unknown[]) => queue(() => method(...args))
					: async (...args: unknown[]) => method(...args);
			return [name, call];
		})
	) as AsyncMethods<T>;
}
