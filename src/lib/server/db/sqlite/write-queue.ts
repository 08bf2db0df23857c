// One writer at a time on the process's SQLite connection. A transaction that spans awaits
// (db/types.ts `transaction`) holds BEGIN … COMMIT open across them; any other write reaching
// the same connection meanwhile would become part of it (better-sqlite3 nests it as a savepoint)
// and vanish with it on a rollback. So every write, and every such transaction, waits its turn.

export type WriteQueue = <T>(work: () => T | Promise<T>) => Promise<T>;

export function writeQueue(): WriteQueue {
	let tail: Promise<unknown> = Promise.resolve();
	return <T>(work: () => T | Promise<T>): Promise<T> => {
		const run = tail.then(work);
		tail = run.catch(() => undefined);
		return run;
	};
}
