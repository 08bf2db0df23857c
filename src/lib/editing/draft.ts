// The last edited state, kept in this browser: a link carries edits, but an analyst who opens the
// dashboard fresh (a bookmark, a new tab) should still be offered what they were working on.

const KEY = 'scenario-desk:draft';

export interface Draft {
	/** The dashboard's query string, as the link would carry it. */
	search: string;
	savedAt: string;
}

function storage(): Storage | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		// Storage can be switched off; the draft is a convenience, never a requirement.
		return null;
	}
}

export function saveDraft(search: string, now = new Date()): void {
	storage()?.setItem(KEY, JSON.stringify({ search, savedAt: now.toISOString() } satisfies Draft));
}

export function loadDraft(): Draft | null {
	const text = storage()?.getItem(KEY);
	if (!text) return null;
	try {
		const value = JSON.parse(text) as Partial<Draft>;
		return typeof value.search === 'string' && typeof value.savedAt === 'string'
			? { search: value.search, savedAt: value.savedAt }
			: null;
	} catch {
		return null;
	}
}

export function clearDraft(): void {
	storage()?.removeItem(KEY);
}
