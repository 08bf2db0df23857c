// The app's asynchronous contracts over the synchronous SQLite implementations: each call runs at
// once, whole (a write is its own transaction), and its answer is a resolved promise.

import type { SyncOf } from '../../storage/types';

type AsyncMethods<T> = {
	[K in keyof T]: T[K] extends (...args: infer A) => Promise<infer R> ? (...args: A) => Promise<R> : never;
};

export function asyncOf<T extends object>(sync: SyncOf<T>): AsyncMethods<T> {
	const methods = sync as Record<keyof T, (...args: unknown[]) => unknown>;
	return Object.fromEntries(
		(Object.keys(sync) as (keyof T)[]).map((name) => [name, async (...args: unknown[]) => methods[name](...args)])
	) as AsyncMethods<T>;
}
