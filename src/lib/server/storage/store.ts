// The process-wide store: one database handle per server process, opened on first use. It holds
// no per-user state (every request names what it reads or writes), so sharing it is safe; other
// processes may open the same file, and the store's transactions keep them consistent.

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { auditedStore } from '../audit/audited-store';
import { isReadOnly } from '../read-only';
import { withoutTrash } from '../read-only-store';
import { openStore } from './sqlite-store';
import type { Revision, SavedScenarioSummary } from '$lib/api/types';
import type { ScenarioStore } from './types';

export const DATABASE_FILE_NAME = 'scenario-desk.sqlite';

let store: ScenarioStore | null = null;

export function databaseFile(dataDir = process.env.DATA_DIR || 'data'): string {
	return path.join(dataDir, DATABASE_FILE_NAME);
}

export function getStore(): ScenarioStore {
	if (store) return store;
	const file = databaseFile();
	mkdirSync(path.dirname(file), { recursive: true });
	const opened = openStore(file);
	// Every write the server makes is audited (who, what, outcome) in the write's own transaction.
	// READ_ONLY=1 shows no trashed scenario to anyone (read-only-store.ts).
	const audited = auditedStore(opened, opened.database);
	const served = isReadOnly() ? withoutTrash(audited) : audited;
	store = served;
	// adapter-node emits this on SIGINT/SIGTERM once requests are done: closing checkpoints the
	// WAL into the main file, so a stopped server leaves one self-contained database file.
	process.once('sveltekit:shutdown', () => {
		opened.close();
		if (store === served) store = null;
	});
	return served;
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
	const saved = current.get(id);
	if (!saved) return null;
	const { scenario: _head, ...summary } = saved;
	const found = current.revision(id, revision ?? summary.headRevision);
	return found ? { summary, revision: found } : null;
}
