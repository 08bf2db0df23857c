// The process-wide store: the app's database's (db/app-database.ts), every write audited (who,
// what, outcome) in the write's own transaction. It holds no per-user state (every request names
// what it reads or writes), so sharing it is safe; other processes may use the same database,
// and the store's transactions keep them consistent.

import { auditedStore } from '../audit/audited-store';
import { forecastingStore } from '../forecasts/forecasting-store';
import { getDatabase } from '../db/app-database';
import type { AppDatabase } from '../db/types';
import { isReadOnly } from '../read-only';
import { withoutTrash } from '../read-only-store';
import type { Revision, SavedScenarioSummary } from '$lib/api/types';
import type { ScenarioStore } from './types';

export { DATABASE_FILE_NAME, databaseFile } from './database-file';

const served = new WeakMap<AppDatabase, ScenarioStore>();

export function getStore(): ScenarioStore {
	const database = getDatabase();
	let store = served.get(database);
	if (!store) {
		// READ_ONLY=1 shows no trashed scenario to anyone (read-only-store.ts). Every revision made
		// starts filling the forecast record once written (forecasts/forecasting-store.ts).
		const audited = forecastingStore(auditedStore(database));
		store = isReadOnly() ? withoutTrash(audited) : audited;
		served.set(database, store);
	}
	return store;
}

/**
 * A saved scenario at one revision (default: its head), for pages that open a saved link.
 * Trashed scenarios still open, so that links shared before a deletion keep working.
 */
export async function loadSavedRevision(
	id: string,
	revision?: number
): Promise<{ summary: SavedScenarioSummary; revision: Revision } | null> {
	const current = getStore();
	const saved = await current.get(id);
	if (!saved) return null;
	const { scenario: _head, ...summary } = saved;
	const found = await current.revision(id, revision ?? summary.headRevision);
	return found ? { summary, revision: found } : null;
}
