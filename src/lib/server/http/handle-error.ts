// What SvelteKit does with an error no route caught. A client's mistake (a 4xx: a page that does
// not exist, a malformed URL the edge did not see first) is answered and not logged: one line per
// probe would bury the log, and its stack says nothing about the server. Anything else is logged
// in full; the visitor gets a message that names no internals.

import type { HandleServerError } from '@sveltejs/kit';

export const handleError: HandleServerError = ({ error, event, status, message }) => {
	if (status >= 500) console.error(`${event.request.method} ${event.url.pathname} failed:`, error);
	return { message };
};
