// The paging parameters of the API's lists: `limit` (1 … PAGE_LIMITS.max, default
// PAGE_LIMITS.default) and `cursor` (the `nextCursor` of the page before), each refused with a
// 400 naming the parameter; and the cursor of the next page, for the answer.

import { problem, TEXT_LIMITS, tooLongMessage, type LimitedText } from '$lib/schema';
import {
	decodeCursor,
	encodeCursor,
	PAGE_LIMITS,
	type ListKind,
	type Page,
	type PageRequest
} from '$lib/server/storage/paging';
import { invalid } from './errors';

const QUERY = 'query';

function limitOf(text: string | null): number | undefined {
	if (text === null) return undefined;
	if (!/^\d{1,6}$/.test(text) || Number(text) < 1 || Number(text) > PAGE_LIMITS.max)
		throw invalid([
			problem(QUERY, ['limit'], `must be a whole number from 1 to ${PAGE_LIMITS.max} (got ${JSON.stringify(text)})`)
		]);
	return Number(text);
}

/** A query parameter of bounded length; undefined when absent or blank. */
export function textParam(url: URL, name: string, kind: LimitedText): string | undefined {
	const text = url.searchParams.get(name);
	if (text !== null && text.length > TEXT_LIMITS[kind])
		throw invalid([problem(QUERY, [name], tooLongMessage(kind, text.length))]);
	return text?.trim() || undefined;
}

export function pageRequest(url: URL, kind: ListKind): PageRequest {
	const limit = limitOf(url.searchParams.get('limit'));
	const cursor = textParam(url, 'cursor', 'cursor');
	if (cursor === undefined) return { limit };
	const after = decodeCursor(kind, cursor);
	if (!after)
		throw invalid([
			problem(
				QUERY,
				['cursor'],
				"is not a cursor of this list: pass the nextCursor of this list's previous page, or leave it out for the first page"
			)
		]);
	return { limit, after };
}

export function nextCursor(kind: ListKind, page: Page<unknown>): string | null {
	return page.next ? encodeCursor(kind, page.next) : null;
}
