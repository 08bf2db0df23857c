// Reading a JSON request body with the API's limits: JSON only (415), at most 1 MiB or the
// server's BODY_SIZE_LIMIT, whichever is smaller (413 naming it), well-formed (400 with a problem).
// A request that declares a larger content-length is refused before anything reads it (the
// bodySize handle, src/lib/server/http/body-size.ts); a chunked one is cut off at the limit by
// adapter-node, which surfaces here as a failed read and gets the same 413.

import { parseJsonText, problem } from '$lib/schema';
import { ApiError, invalid } from './errors';

export const MAX_BODY_BYTES = 1024 * 1024;
export const BODY_FILE = 'request body';
/** adapter-node's own default for BODY_SIZE_LIMIT. */
const ADAPTER_DEFAULT_LIMIT = '512K';

/** "512K", "1M", "2G" or a number of bytes, as adapter-node reads BODY_SIZE_LIMIT; NaN otherwise. */
export function parseByteSize(value: string): number {
	const multiplier = { K: 1024, M: 1024 ** 2, G: 1024 ** 3 }[value.at(-1)?.toUpperCase() ?? ''];
	return multiplier === undefined ? Number(value) : Number(value.slice(0, -1)) * multiplier;
}

/**
 * The most a body may hold here: the API's 1 MiB, or less when adapter-node's BODY_SIZE_LIMIT
 * (default 512K) is smaller — the server would cut the body off there anyway.
 */
export function bodyLimitBytes(env: Record<string, string | undefined> = process.env): number {
	const adapter = parseByteSize(env.BODY_SIZE_LIMIT ?? ADAPTER_DEFAULT_LIMIT);
	return Number.isNaN(adapter) || adapter <= 0 ? MAX_BODY_BYTES : Math.min(MAX_BODY_BYTES, adapter);
}

function describeLimit(bytes: number): string {
	const size = bytes % 1024 ** 2 === 0 ? `${bytes / 1024 ** 2} MiB` : `${Math.round(bytes / 1024)} KiB`;
	return `${bytes} bytes (${size}${bytes < MAX_BODY_BYTES ? ", the server's BODY_SIZE_LIMIT" : ''})`;
}

export function tooLarge(detail: string): ApiError {
	return new ApiError(
		413,
		'too-large',
		`the request body is too large (${detail}); the limit is ${describeLimit(bodyLimitBytes())}`
	);
}

/** The content-length header as a number of bytes, or null when absent or not a plain number. */
export function declaredLength(header: string | null | undefined): number | null {
	if (header === null || header === undefined || !/^\s*\d+\s*$/.test(header)) return null;
	return Number(header);
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
	const declared = declaredLength(request.headers.get('content-length'));
	if (declared !== null && declared > bodyLimitBytes()) throw tooLarge(`content-length ${declared}`);
	const text = await readText(request);
	// content-length may be absent (chunked upload) or wrong: the text itself is what counts.
	const bytes = Buffer.byteLength(text, 'utf8');
	if (bytes > bodyLimitBytes()) throw tooLarge(`${bytes} bytes`);
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
		if (statusOf(error) === 413) throw tooLarge('cut off at the limit');
		throw error;
	}
}
