// Reading a JSON request body with the API's limits: JSON only (415), at most 1 MiB (413),
// well-formed (400 with a problem). adapter-node has its own limit (BODY_SIZE_LIMIT, default
// 512K), which surfaces here as a failed read; it is answered in the same 413 shape.

import { parseJsonText, problem } from '$lib/schema';
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
 * The parsed body. Every write sends one, `{}` when it has nothing to set: a bodiless POST is what
 * another site's page can send without asking (a form, `sendBeacon`, `fetch` in no-cors mode), so
 * it is refused (415 without the JSON content-type, 400 when empty) rather than acted on. A body
 * holding a reserved key or unclean text is a 400 naming the field (parseJsonText).
 */
export async function readJsonBody(request: Request, options: { file?: string } = {}): Promise<unknown> {
	const type = request.headers.get('content-type');
	if (!isJsonMediaType(type)) {
		throw new ApiError(
			415,
			'unsupported-media-type',
			`the body must be JSON sent as content-type application/json (got ${type === null ? 'no content-type' : JSON.stringify(type)}); send {} when there is nothing to set`
		);
	}
	const declared = request.headers.get('content-length');
	if (declared !== null && Number(declared) > MAX_BODY_BYTES) throw tooLarge(`content-length ${declared}`);
	const text = await readText(request);
	// content-length may be absent (chunked upload) or wrong: the text itself is what counts.
	const bytes = Buffer.byteLength(text, 'utf8');
	if (bytes > MAX_BODY_BYTES) throw tooLarge(`${bytes} bytes`);
	const file = options.file ?? BODY_FILE;
	if (text.trim() === '') {
		throw invalid(
			[problem(file, [], 'is empty: send a JSON object ({} when there is nothing to set)')],
			'the request body is empty: send a JSON object ({} when there is nothing to set)'
		);
	}
	const parsed = parseJsonText(text, file);
	if (parsed.ok) return parsed.value;
	const [first] = parsed.problems;
	const syntax = parsed.problems.length === 1 && first.path === '(root)';
	throw invalid(parsed.problems, syntax ? `the request body is ${first.message}` : undefined);
}

async function readText(request: Request): Promise<string> {
	try {
		return await request.text();
	} catch (error) {
		if (statusOf(error) === 413) throw tooLarge("over the server's BODY_SIZE_LIMIT");
		throw error;
	}
}
