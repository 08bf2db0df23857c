// Wraps a route handler so that every failure answers in the API's JSON error shape: expected
// ones (ApiError) as they are, anything else as a 500 that names no internals; the details go
// to the server log only.

import type { RequestEvent } from '@sveltejs/kit';
import { ApiError } from './errors';

export function endpoint<E extends RequestEvent>(
	handler: (event: E) => Response | Promise<Response>
): (event: E) => Promise<Response> {
	return async (event) => {
		try {
			return await handler(event);
		} catch (error) {
			if (error instanceof ApiError) return error.toResponse();
			console.error(`${event.request.method} ${event.url.pathname} failed:`, error);
			return new ApiError(
				500,
				'internal',
				'the server could not complete the request; see the server log'
			).toResponse();
		}
	};
}
