// One saved scenario's history page: every revision, and the two compared (`?from=&to=`,
// by default the one before the head and the head).

import { error } from '@sveltejs/kit';
import type { SavedHistoryData } from '$lib/page-data';
import { presetLibrary } from '$lib/server/presets';
import { PAGE_LIMITS } from '$lib/server/storage/paging';
import { getStore } from '$lib/server/storage/store';
import { revisionOutputChanges } from './saved-history-outputs';

/** A revision number from the query, or the fallback when absent or out of range. */
function revisionParam(value: string | null, fallback: number, head: number): number {
	const n = Number(value);
	return Number.isInteger(n) && n >= 1 && n <= head ? n : fallback;
}

export async function loadSavedHistory(id: string, url: URL): Promise<SavedHistoryData> {
	const store = getStore();
	const saved = await store.get(id);
	if (!saved) error(404, `No saved scenario "${id}"`);
	const library = await presetLibrary();
	const model = library.models.find((m) => m.id === saved.modelId);
	if (!model) error(404, `The model "${saved.modelId}" of this scenario is not available`);
	const head = saved.headRevision;
	const from = revisionParam(url.searchParams.get('from'), Math.max(1, head - 1), head);
	const to = revisionParam(url.searchParams.get('to'), head, head);
	const fromRevision = await store.revision(saved.id, from);
	const toRevision = await store.revision(saved.id, to);
	// Not only which settings changed but what that did to the outputs (nothing to say for one revision).
	const outputs =
		fromRevision && toRevision && from !== to
			? await revisionOutputChanges(model, library.scenarios.get(model.id)?.[0], fromRevision, toRevision)
			: null;
	return {
		saved: { id: saved.id, title: saved.title, headRevision: head, deletedAt: saved.deletedAt },
		model,
		// The newest page only: a scenario saved thousands of times still opens at once.
		revisions: (await store.revisions(saved.id, { limit: PAGE_LIMITS.max }))?.items ?? [],
		from: fromRevision,
		to: toRevision,
		outputs,
		signposts: saved.scenario.signposts ?? []
	};
}
