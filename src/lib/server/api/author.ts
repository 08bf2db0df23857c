// Who writes: the signed-in account (session cookie or bearer token), as the auth handle found it.
// The body's `author` field and the `x-author` header, which named the author before accounts,
// are still accepted so that old clients keep working, but ignored: a revision's author is never
// what the request says it is.

import { getRequestEvent } from '$app/server';
import type { Author } from '$lib/server/storage/types';
import { ApiError } from './errors';

/** The header older clients sent; ignored (see above). */
export const AUTHOR_HEADER = 'x-author';

/** The account making the current request, as the author of what it writes. */
export function currentAuthor(): Author {
	const account = getRequestEvent().locals.account;
	// The permission table lets no anonymous write reach a handler; this is the second lock.
	if (!account) throw new ApiError(401, 'unauthenticated', 'sign in first (or send Authorization: Bearer TOKEN)');
	return { id: account.id, name: account.name };
}
