// The store as the server hands it out, with one addition: every write that makes a revision
// (create, save, rename, duplicate, restore) starts computing that revision's forecasts once it is
// done — after it, never in its way: the answer does not wait for the simulation.

import type { SavedScenario } from '$lib/api/types';
import type { SaveResult, ScenarioStore } from '$lib/server/storage/types';
import { fillForecastsSoon } from './fill';

/** The revision a write made, if it made one. */
function madeRevision(result: SaveResult | SavedScenario | null) {
	if (!result) return null;
	if (!('ok' in result)) return { scenarioId: result.id, revision: result.headRevision };
	return result.ok ? result.revision : null;
}

function afterwards<T extends SaveResult | SavedScenario | null>(written: Promise<T>): Promise<T> {
	written.then(
		(result) => {
			const made = madeRevision(result);
			if (made) fillForecastsSoon({ scenarioId: made.scenarioId, revision: made.revision });
		},
		() => undefined
	);
	return written;
}

export function forecastingStore(store: ScenarioStore): ScenarioStore {
	return {
		...store,
		create: (input) => afterwards(store.create(input)),
		save: (id, input) => afterwards(store.save(id, input)),
		rename: (id, title, base, author) => afterwards(store.rename(id, title, base, author)),
		duplicate: (id, revision, author) => afterwards(store.duplicate(id, revision, author)),
		restoreRevision: (id, revision, base, note, author) =>
			afterwards(store.restoreRevision(id, revision, base, note, author))
	};
}
