// The store as the server hands it out, with one addition: every write that makes a revision
// (create, save, rename, duplicate, restore) starts filling the forecast record once it is done —
// after it, never in its way: the answer does not wait for the simulation.

import type { ScenarioStore } from '$lib/server/storage/types';
import { fillForecastsSoon } from './fill';

function afterwards<T>(written: Promise<T>): Promise<T> {
	written.then(
		(result) => {
			if (result && (typeof result !== 'object' || !('ok' in result) || result.ok)) fillForecastsSoon();
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
