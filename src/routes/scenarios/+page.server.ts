import { presetLibrary } from '$lib/server/presets';
import { getStore } from '$lib/server/storage/store';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const search = url.searchParams.get('search')?.trim() ?? '';
	const trash = url.searchParams.get('trash') === '1';
	const library = await presetLibrary();
	return {
		search,
		trash,
		scenarios: getStore().list({ search: search || undefined, trash }),
		models: Object.fromEntries(library.models.map((m) => [m.id, m.title]))
	};
};
