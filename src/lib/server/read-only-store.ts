// What a read-only deployment may show of the saved scenarios: every one not in the trash. Its
// visitors are anonymous, and the trash is where a team puts what it no longer stands behind, so
// here a trashed scenario does not exist — not in lists, not by id, not its revisions — wherever
// a page or the API reads it, since they all read through the store.

import type { ScenarioStore } from '$lib/server/storage/types';

export function withoutTrash(store: ScenarioStore): ScenarioStore {
	const live = async (id: string) => {
		const saved = await store.get(id);
		return saved && saved.deletedAt === null ? saved : null;
	};
	return {
		...store,
		list: async (options = {}) => (options.trash ? { items: [], next: null, previous: null } : store.list(options)),
		get: live,
		revisions: async (id, page) => ((await live(id)) ? store.revisions(id, page) : null),
		revision: async (id, n) => ((await live(id)) ? store.revision(id, n) : null)
	};
}
