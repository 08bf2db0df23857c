// Who saves: the body's `author`, else the `x-author` header, else "analyst". There are no
// accounts; the name is the analyst's own label for the history, so it is only tidied and bounded.

import { problem } from '$lib/schema';
import { DEFAULT_AUTHOR } from '$lib/server/storage/sqlite-store';
import { invalid } from './errors';
import { MAX_AUTHOR_LENGTH } from './envelopes';

export const AUTHOR_HEADER = 'x-author';

/** HTTP header values are bytes read as Latin-1, so a name in Arabic travels percent-encoded. */
function decodeHeader(value: string): string {
	if (!/%[0-9A-Fa-f]{2}/.test(value)) return value;
	try {
		return decodeURIComponent(value);
	} catch {
		return value;
	}
}

/** `fromBody` has already been trimmed and bounded by the body's schema. */
export function resolveAuthor(request: Request, fromBody: string | undefined): string {
	if (fromBody) return fromBody;
	const header = decodeHeader(request.headers.get(AUTHOR_HEADER) ?? '').trim();
	if (header.length > MAX_AUTHOR_LENGTH) {
		throw invalid([problem('request headers', [AUTHOR_HEADER], `must be at most ${MAX_AUTHOR_LENGTH} characters`)]);
	}
	return header || DEFAULT_AUTHOR;
}
