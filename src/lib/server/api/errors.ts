// The API's error answers, one JSON shape per status, so that clients branch on `error` and
// show `message`/`problems` without parsing text. Handlers throw ApiError; `endpoint` answers it.

import { json } from '@sveltejs/kit';
import type { ErrorCode, ErrorResponse, Revision } from '$lib/api/types';
import type { Problem } from '$lib/schema';

export class ApiError extends Error {
	constructor(
		readonly status: number,
		readonly code: ErrorCode,
		message: string,
		readonly extra: Pick<ErrorResponse, 'problems' | 'current'> = {}
	) {
		super(message);
	}

	toResponse(): Response {
		const body: ErrorResponse = { error: this.code, message: this.message, ...this.extra };
		return json(body, { status: this.status });
	}
}

/** 400; the message repeats the first problem, for clients that show one line. */
export function invalid(problems: Problem[], message?: string): ApiError {
	const first = problems[0];
	const where = first && first.path !== '(root)' ? `${first.path}: ` : '';
	const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
	return new ApiError(
		400,
		'invalid',
		message ?? (first ? `invalid request: ${where}${first.message}${more}` : 'invalid request'),
		{ problems }
	);
}

export function notFound(message: string): ApiError {
	return new ApiError(404, 'not-found', message);
}

/** 409: nothing was written; `current` is the head to merge with, so neither edit is lost. */
export function conflict(id: string, base: number, current: Revision): ApiError {
	const message =
		`revision ${base} of ${id} is not the latest: revision ${current.revision} is ` +
		`(saved by ${current.author} at ${current.createdAt}). Nothing was saved: apply your edit to revision ${current.revision} and save with baseRevision ${current.revision}.`;
	return new ApiError(409, 'conflict', message, { current });
}
