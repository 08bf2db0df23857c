// One page of the saved list for /scenarios: `?after=` / `?before=` carry the cursor of the page
// next to it (paging.ts), so each page is a plain link that works without JavaScript, in either
// direction. A cursor that does not fit (an old or edited link) opens the first page.

import type { SavedScenarioSummary } from '$lib/api/types';
import type { ListPaging } from '$lib/page-data';
import { TEXT_LIMITS } from '$lib/schema/limits';
import { decodeCursor, encodeCursor, type ListKind } from '$lib/server/storage/paging';
import type { ScenarioStore } from '$lib/server/storage/types';

/** What one page shows: enough for a screen, small enough to render at once. */
export const SAVED_PAGE_SIZE = 50;

export function savedSearch(url: URL): string {
	return (url.searchParams.get('search') ?? '').slice(0, TEXT_LIMITS.search).trim();
}

export async function savedListPage(
	store: ScenarioStore,
	url: URL,
	view: { search: string; trash: boolean }
): Promise<{ scenarios: SavedScenarioSummary[]; paging: ListPaging }> {
	const kind: ListKind = view.trash ? 'trash' : 'live';
	const cursor = (name: string) => {
		const text = url.searchParams.get(name);
		return text === null ? undefined : (decodeCursor(kind, text) ?? undefined);
	};
	const after = cursor('after');
	const before = after ? undefined : cursor('before');
	const page = await store.list({
		search: view.search || undefined,
		trash: view.trash,
		limit: SAVED_PAGE_SIZE,
		after,
		before
	});
	return {
		scenarios: page.items,
		paging: {
			next: page.next ? encodeCursor(kind, page.next) : null,
			previous: page.previous ? encodeCursor(kind, page.previous) : null,
			paged: Boolean(after || before)
		}
	};
}
