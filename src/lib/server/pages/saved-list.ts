// The saved scenarios page: the live ones or the trash, filtered by `?search=`.

import type { SavedListData } from '$lib/page-data';
import { presetLibrary } from '$lib/server/presets';
import { getStore } from '$lib/server/storage/store';

export async function loadSavedList(url: URL): Promise<SavedListData> {
	const search = url.searchParams.get('search')?.trim() ?? '';
	const trash = url.searchParams.get('trash') === '1';
	const library = await presetLibrary();
	return {
		search,
		trash,
		scenarios: getStore().list({ search: search || undefined, trash }),
		models: Object.fromEntries(library.models.map((m) => [m.id, m.title]))
	};
}
