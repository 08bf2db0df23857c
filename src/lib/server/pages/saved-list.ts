// The saved scenarios page: the live ones or the trash, filtered by `?search=`, each with its
// latest revision's note and its headline figure. Figures already known are sent with the page;
// the others are computed after it has gone (a streamed promise), one scenario at a time, so a
// list of newly saved scenarios opens as fast as one whose figures are kept.

import type { SavedHeadline, SavedListData, SavedListEntry } from '$lib/page-data';
import type { ModelInput, ScenarioInput } from '$lib/model';
import { ComputeBusy } from '$lib/server/compute';
import { presetLibrary } from '$lib/server/presets';
import { getStore } from '$lib/server/storage/store';
import { knownHeadline, savedHeadline } from './saved-headline';
import { savedListPage, savedSearch } from './saved-list-page';

interface Pending {
	id: string;
	revision: number;
	note: string;
	model: ModelInput;
	reference: ScenarioInput | undefined;
	scenario: ScenarioInput;
}

/**
 * Entries whose figure is known, by model and `id@revision`: a revision never changes, so the
 * list then needs neither its settings from the database nor a fit to the model.
 */
const KEPT_ENTRIES = 512;
const byRevision = new WeakMap<ModelInput, Map<string, SavedListEntry>>();

function keep(model: ModelInput, key: string, entry: SavedListEntry): void {
	const entries = byRevision.get(model) ?? new Map<string, SavedListEntry>();
	byRevision.set(model, entries);
	entries.set(key, entry);
	if (entries.size > KEPT_ENTRIES) entries.delete(entries.keys().next().value as string);
}

async function computeLater(pending: Pending[]): Promise<Record<string, SavedHeadline | null>> {
	const out: Record<string, SavedHeadline | null> = {};
	// One at a time in the worker pool: a long list does not take the whole queue from other pages.
	for (const p of pending) {
		try {
			out[p.id] = await savedHeadline(p.model, p.reference, p.scenario);
		} catch (error) {
			// The pool is busy (or the settings cannot be simulated): this figure is left out, not the list.
			if (!(error instanceof ComputeBusy)) console.warn(`saved list: no figure for ${p.id}: ${String(error)}`);
			continue;
		}
		keep(p.model, `${p.id}@${p.revision}`, { note: p.note, headline: out[p.id] });
	}
	return out;
}

export async function loadSavedList(url: URL): Promise<SavedListData> {
	const search = savedSearch(url);
	const trash = url.searchParams.get('trash') === '1';
	const library = await presetLibrary();
	const store = getStore();
	const { scenarios, paging } = await savedListPage(store, url, { search, trash });
	const entries: Record<string, SavedListEntry> = {};
	const pending: Pending[] = [];
	for (const s of scenarios) {
		const model = library.models.find((m) => m.id === s.modelId);
		const key = `${s.id}@${s.headRevision}`;
		const kept = model && byRevision.get(model)?.get(key);
		if (kept) {
			entries[s.id] = kept;
			continue;
		}
		const head = await store.revision(s.id, s.headRevision);
		entries[s.id] = { note: head?.note ?? '', headline: null };
		if (!head || !model) continue;
		const reference = library.scenarios.get(model.id)?.[0];
		const known = knownHeadline(model, reference, head.scenario);
		if (known === undefined)
			pending.push({ id: s.id, revision: s.headRevision, note: head.note, model, reference, scenario: head.scenario });
		else keep(model, key, (entries[s.id] = { note: head.note, headline: known }));
	}
	return {
		search,
		trash,
		scenarios,
		paging,
		models: Object.fromEntries(library.models.map((m) => [m.id, m.title])),
		entries,
		later: pending.length > 0 ? computeLater(pending) : null
	};
}
