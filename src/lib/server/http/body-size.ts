// Refuses a request that declares a body larger than the server takes (content-length over
// bodyLimitBytes) with the API's JSON 413 naming the limit, before any route or account lookup
// reads a byte of it. unread-bodies.ts then closes the connection after the answer rather than
// read the rest.

import type { Handle } from '@sveltejs/kit';
import { bodyLimitBytes, declaredLength, tooLarge } from '$lib/server/api/body';

export const bodySize: Handle = ({ event, resolve }) => {
	const declared = declaredLength(event.request.headers.get('content-length'));
	if (declared !== null && declared > bodyLimitBytes()) return tooLarge(`content-length ${declared}`).toResponse();
	return resolve(event);
};
