// A page whose simulation the pool refused (queue full, deadline passed) answers 503; the
// rate-limit handle (limits/handle.ts) adds `Retry-After` to every 503 that lacks one.

import { error } from '@sveltejs/kit';
import { ComputeBusy } from './pool';

/** Seconds a client should wait before asking again after a 503 of the pool. */
export const BUSY_RETRY_AFTER_SECONDS = 5;

export async function orBusyPage<T>(work: Promise<T>): Promise<T> {
	try {
		return await work;
	} catch (caught) {
		if (caught instanceof ComputeBusy) error(503, `${caught.message}: try again in a few seconds`);
		throw caught;
	}
}
