// Pages that simulate render much data on the thread that answers every request (a comparison's
// page takes about 35 ms: its data serialised, its script hashed, its markup). When several of
// their simulations finish at once, their renders would run back to back and an API request
// arriving meanwhile would wait for all of them. Each such page waits for its turn instead: one
// turn per pass of Node's event loop, so the requests that came in are answered between renders.
// Process-wide scheduling like the pool's queue; it holds nothing of any user's.

let last: Promise<void> = Promise.resolve();

/** Resolves in a later pass of the event loop than the previous page's turn. */
export function renderTurn(): Promise<void> {
	const turn = last.then(() => new Promise<void>((resolve) => setImmediate(resolve)));
	last = turn;
	return turn;
}
