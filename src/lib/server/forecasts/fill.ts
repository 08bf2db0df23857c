// Writing the record: every saved revision's forecasts, computed off the save's path. After a
// save is answered (forecasting-store.ts) that revision's — found by its key, never by reading
// every revision on each save — and whenever the record is read, those of every revision that has
// none yet (older revisions, a save whose job was lost to a crash). One at a time, as background
// work of the compute pool, so that it never takes a thread from the pages. made_at is always the
// revision's own time, so when they are written changes nothing; two instances filling the same
// revision write the same numbers, and the first stays.

import { getDatabase } from '$lib/server/db/app-database';
import { presetLibrary, type PresetLibrary } from '$lib/server/presets';
import { isReadOnly } from '$lib/server/read-only';
import { revisionForecasts } from './compute-forecasts';
import type { RevisionKey, UnforecastRevision } from './table';

/** Revisions that give no forecast (no such model served, no December in reach), not tried again. */
const barren = new Set<string>();

let running: Promise<void> | null = null;
/** A read asked for every revision that has no forecasts. */
let everything = false;
/** Revisions saved since the last pass. */
const written = new Map<string, RevisionKey>();

const keyOf = (revision: RevisionKey) => `${revision.scenarioId}@${revision.revision}`;

async function fillRevisions(library: PresetLibrary, revisions: readonly UnforecastRevision[]): Promise<void> {
	for (const revision of revisions) {
		const key = keyOf(revision);
		if (barren.has(key)) continue;
		const rows = await revisionForecasts(library, revision);
		if (rows.length === 0) barren.add(key);
		else await getDatabase().forecasts.append(rows);
	}
}

async function pass(): Promise<void> {
	const { forecasts } = getDatabase();
	const library = await presetLibrary();
	if (everything) {
		// The scan finds what was just saved too.
		everything = false;
		written.clear();
		await fillRevisions(library, await forecasts.unforecast());
		return;
	}
	const keys = [...written.values()];
	written.clear();
	for (const key of keys) await fillRevisions(library, await forecasts.unforecast(key));
}

/** One loop at a time: what is asked while it runs, it does before it ends. */
function drain(): Promise<void> {
	running ??= (async () => {
		try {
			while (everything || written.size > 0) await pass();
		} finally {
			running = null;
		}
	})();
	return running;
}

/** Revisions still without forecasts that a fill would try (not those known to give none). */
export async function pendingRevisionCount(): Promise<number> {
	// A read-only deployment computes nothing: what it lacks is not "being computed" here.
	if (isReadOnly()) return 0;
	return (await getDatabase().forecasts.unforecast()).filter((r) => !barren.has(keyOf(r))).length;
}

/** Resolves once every revision saved before the call has its forecasts (or failed, which the log says). */
export function fillForecasts(): Promise<void> {
	// A read-only deployment writes nothing: its record is what the writing instances filled.
	if (isReadOnly()) return Promise.resolve();
	everything = true;
	return drain();
}

/** After a revision is saved and answered: its forecasts, in the background; a failure is logged and left to the next read. */
export function fillForecastsSoon(revision: RevisionKey): void {
	if (isReadOnly()) return;
	written.set(keyOf(revision), revision);
	setImmediate(() => {
		drain().catch((error) => console.warn(`forecast record: not filled now: ${String(error)}`));
	});
}
