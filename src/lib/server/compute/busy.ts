// A page whose simulation the pool refused (queue full, deadline passed) answers 503; the
// rate-limit handle (limits/handle.ts) adds `Retry-After` to every 503 that lacks one.

import { error } from '@sveltejs/kit';
import { ComputeBusy } from './pool';
import { renderTurn } from './render-turns';

/** Seconds a client should wait before asking again after a 503 of the pool. */
export const BUSY_RETRY_AFTER_SECONDS = 5;

/** The page's numbers once simulated, when it is the page's turn to render (render-turns.ts). */
export async function orBusyPage<T>(work: Promise<T>): Promise<T> {
	try {
		const numbers = await work;
		await renderTurn();
		return numbers;
	} catch (caught) {
		if (caught instanceof ComputeBusy) error(503, `${caught.message}: try again in a few seconds`);
		throw caught;
	}
}
