// The edge's refusals, in the API's JSON error shape (`error`, `message`), for pages as for the
// API: a refused request never reaches a route, so it gets no HTML page and no stack trace.

import type { ErrorCode } from '$lib/api/types';
import type { Problem } from '$lib/schema';
import { ApiError } from '$lib/server/api/errors';

export function refusal(status: number, code: ErrorCode, message: string, problems?: Problem[]): Response {
	return new ApiError(status, code, message, problems ? { problems } : {}).toResponse();
}
