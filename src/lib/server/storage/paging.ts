// Lists are read a page at a time, by keyset: a page ends at the sort key of its last row, and
// the next page starts strictly after that key. Unlike an offset, a key does not move when rows
// are inserted before it (new and newly saved scenarios go to the top), so paging on while
// others save neither repeats nor skips a row. Clients get the key as an opaque cursor.

export const PAGE_LIMITS = { default: 50, max: 200 } as const;

/** The sort key of one row, in the list's order (e.g. updated_at, rowid). */
export type PageKey = readonly (string | number)[];

export interface PageRequest {
	/** Rows per page, 1 … PAGE_LIMITS.max. */
	limit?: number;
	/** Rows after this key (the next page). */
	after?: PageKey;
	/** Rows before this key (the previous page); ignored when `after` is given. */
	before?: PageKey;
}

export interface Page<T> {
	items: T[];
	/** Key of the last row when more rows follow; null on the last page. */
	next: PageKey | null;
	/** Key of the first row when rows come before it; null on the first page. */
	previous: PageKey | null;
}

/** Which list a cursor belongs to: a key of one list means nothing in another. */
export type ListKind = 'live' | 'trash' | 'revisions' | 'forecasts';
const KEY_SHAPES: Record<ListKind, readonly ('string' | 'number')[]> = {
	live: ['string', 'number'],
	trash: ['string', 'string', 'number'],
	revisions: ['number'],
	// The forecast record: scenario id, revision, target (server/forecasts/record-page.ts).
	forecasts: ['string', 'number', 'string']
};

export function pageLimit(limit: number | undefined): number {
	return Math.min(PAGE_LIMITS.max, Math.max(1, Math.floor(limit ?? PAGE_LIMITS.default)));
}

export function encodeCursor(kind: ListKind, key: PageKey): string {
	return Buffer.from(JSON.stringify([kind, ...key]), 'utf8').toString('base64url');
}

/** The key in a cursor of `kind`, or null when it is not one this server gave out for that list. */
export function decodeCursor(kind: ListKind, cursor: string): PageKey | null {
	if (!/^[A-Za-z0-9_-]{1,400}$/.test(cursor)) return null;
	let value: unknown;
	try {
		value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
	} catch {
		return null;
	}
	const shape = KEY_SHAPES[kind];
	if (!Array.isArray(value) || value[0] !== kind || value.length !== shape.length + 1) return null;
	const key = value.slice(1) as unknown[];
	const fits = key.every((part, i) =>
		shape[i] === 'number' ? Number.isSafeInteger(part) : typeof part === 'string' && part.length <= 64
	);
	return fits ? (key as PageKey) : null;
}

/**
 * A page from rows read one past the limit (so whether more follow is known without counting),
 * in list order; `backwards` when they were read from a `before` key in reverse order.
 */
export function pageOf<R, T>(
	rows: R[],
	limit: number,
	keyOf: (row: R) => PageKey,
	toItem: (row: R) => T,
	from: { after?: PageKey; before?: PageKey }
): Page<T> {
	const more = rows.length > limit;
	const kept = rows.slice(0, limit);
	if (from.before && !from.after) {
		kept.reverse();
		const first = kept[0];
		const last = kept[kept.length - 1];
		return {
			items: kept.map(toItem),
			next: last ? keyOf(last) : from.before,
			previous: more && first ? keyOf(first) : null
		};
	}
	const first = kept[0];
	const last = kept[kept.length - 1];
	return {
		items: kept.map(toItem),
		next: more && last ? keyOf(last) : null,
		previous: from.after && first ? keyOf(first) : null
	};
}
