// Writing the record: every saved revision's forecasts, computed off the save's path. After a
// save is answered (forecasting-store.ts) and whenever the record is read, `fillForecasts` computes
// the forecasts of every revision that has none yet — older revisions, a save whose job was lost
// to a crash or a busy pool — one at a time in the worker pool, so that it never takes the pool
// from the pages. made_at is always the revision's own time, so when they are written changes
// nothing; two instances filling the same revision write the same numbers, and the first stays.

import { getDatabase } from '$lib/server/db/app-database';
import { presetLibrary } from '$lib/server/presets';
import { isReadOnly } from '$lib/server/read-only';
import { revisionForecasts } from './compute-forecasts';

/** Revisions that give no forecast (no such model served, no December in reach), not tried again. */
const barren = new Set<string>();

let running: Promise<void> | null = null;
let again = false;

async function fillOnce(): Promise<void> {
	const database = getDatabase();
	const library = await presetLibrary();
	for (const revision of await database.forecasts.unforecast()) {
		const key = keyOf(revision);
		if (barren.has(key)) continue;
		const rows = await revisionForecasts(library, revision);
		if (rows.length === 0) barren.add(key);
		else await database.forecasts.append(rows);
	}
}

const keyOf = (revision: { scenarioId: string; revision: number }) => `${revision.scenarioId}@${revision.revision}`;

/** Revisions still without forecasts that a fill would try (not those known to give none). */
export async function pendingRevisionCount(): Promise<number> {
	// A read-only deployment computes nothing: what it lacks is not "being computed" here.
	if (isReadOnly()) return 0;
	return (await getDatabase().forecasts.unforecast()).filter((r) => !barren.has(keyOf(r))).length;
}

/**
 * Resolves once every revision saved before the call has its forecasts (or failed, which the log
 * says). Calls while a fill runs join it and make one more pass after it, for what they saved.
 */
export function fillForecasts(): Promise<void> {
	// A read-only deployment writes nothing: its record is what the writing instances filled.
	if (isReadOnly()) return Promise.resolve();
	if (running) {
		again = true;
		return running;
	}
	running = (async () => {
		try {
			do {
				again = false;
				await fillOnce();
			} while (again);
		} finally {
			running = null;
		}
	})();
	return running;
}

/** After a save is answered: fill in the background; a failure is logged and left to the next read. */
export function fillForecastsSoon(): void {
	setImmediate(() => {
		fillForecasts().catch((error) => console.warn(`forecast record: not filled now: ${String(error)}`));
	});
}
