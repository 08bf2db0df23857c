// Reading a JSON request body with the API's limits: JSON only (415), at most 1 MiB (413),
// well-formed (400 with a problem). adapter-node has its own limit (BODY_SIZE_LIMIT, default
// 512K), which surfaces here as a failed read; it is answered in the same 413 shape.

import { parseJsonText } from '$lib/schema';
import { ApiError, invalid } from './errors';

export const MAX_BODY_BYTES = 1024 * 1024;
export const BODY_FILE = 'request body';

function tooLarge(detail: string): ApiError {
	return new ApiError(
		413,
		'too-large',
		`the request body is too large (${detail}); the limit is ${MAX_BODY_BYTES} bytes (1 MiB)`
	);
}

function isJsonMediaType(header: string | null): boolean {
	return header?.split(';')[0].trim().toLowerCase() === 'application/json';
}

function statusOf(error: unknown): number | undefined {
	return typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number'
		? error.status
		: undefined;
}

/**
 * The parsed body. With `optional`, a request that sends no body at all reads as undefined, for
 * actions such as undelete whose body may be left out. A body without a content-type is still a
 * 415: silently ignoring it could act on settings the client did not mean.
 */
export async function readJsonBody(
	request: Request,
	options: { file?: string; optional?: boolean } = {}
): Promise<unknown> {
	const type = request.headers.get('content-type');
	const declared = request.headers.get('content-length');
	const sendsNothing =
		type === null && (declared === null || declared === '0') && !request.headers.has('transfer-encoding');
	if (options.optional && sendsNothing) return undefined;
	if (!isJsonMediaType(type)) {
		throw new ApiError(
			415,
			'unsupported-media-type',
			`the body must be JSON sent as content-type application/json (got ${type === null ? 'no content-type' : JSON.stringify(type)})`
		);
	}
	if (declared !== null && Number(declared) > MAX_BODY_BYTES) throw tooLarge(`content-length ${declared}`);
	const text = await readText(request);
	// content-length may be absent (chunked upload) or wrong: the text itself is what counts.
	const bytes = Buffer.byteLength(text, 'utf8');
	if (bytes > MAX_BODY_BYTES) throw tooLarge(`${bytes} bytes`);
	if (options.optional && text.trim() === '') return undefined;
	const parsed = parseJsonText(text, options.file ?? BODY_FILE);
	if (!parsed.ok)
		throw invalid(parsed.problems, `the request body is ${parsed.problems[0]?.message ?? 'not valid JSON'}`);
	return parsed.value;
}

async function readText(request: Request): Promise<string> {
	try {
		return await request.text();
	} catch (error) {
		if (statusOf(error) === 413) throw tooLarge("over the server's BODY_SIZE_LIMIT");
		throw error;
	}
}
