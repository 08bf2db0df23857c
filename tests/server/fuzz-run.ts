// Sends generated requests (fuzz-requests.ts) to a running server and holds it to two rules:
// never a 5xx (every refusal a JSON error with a message), and nothing saved from a refused
// request. The ledger knows what should exist — the target scenarios at their expected heads and
// every scenario a 201 named — and is checked after each request by what that request touched,
// and at the end against everything the server lists.

import type { ScenarioListResponse, ScenarioResponse, SavedRevisionResponse } from '../../src/lib/api/types';
import { collectionOf } from './api-client';
import type { FuzzRequest } from './fuzz-requests';
import { baselineScenario, request, type RunningServer } from './harness';

export interface FuzzLedger {
	targets: { id: string; head: number }[];
	created: Set<string>;
	/** Responses by status, and by kind of request then status. */
	statuses: Map<number, number>;
	byKind: Map<string, Map<number, number>>;
	sent: number;
	/** Every request that got no answer at all, with what was sent and what the server logged then. */
	noAnswers: NoAnswer[];
}

export interface NoAnswer {
	method: string;
	endpoint: FuzzRequest['endpoint'];
	kind: string;
	contentType: string | null;
	/** The body's length in bytes (sent with that content-length), or null when there was none. */
	bodyBytes: number | null;
	/** What the client saw: the error's cause (ECONNRESET, UND_ERR_SOCKET, …). */
	error: string;
	/** Milliseconds from sending to the error. */
	ms: number;
	/** What the server printed while the request was out. */
	log: string;
}

/**
 * Server settings for a fuzz run: rate limits out of the way, so that bodies reach the handlers,
 * and adapter-node's default body limit said out loud (the runner needs to know it, below).
 */
export const FUZZ_SERVER_ENV = {
	RATE_WRITE_BURST: '100000000',
	RATE_EXPENSIVE_BURST: '100000000',
	BODY_SIZE_LIMIT: '512K'
};
const FUZZ_BODY_LIMIT_BYTES = 512 * 1024;

/**
 * A request that got no answer is unexplained unless its body was past the size limit: then the
 * server answers 413 as soon as it has the headers and closes the connection while the client is
 * still sending (a lingering close, src/lib/server/http/unread-bodies.ts), and a client still
 * writing after that may see the reset before it reads the 413. Anything else fails the run.
 */
export function pastSizeLimit(noAnswer: NoAnswer): boolean {
	return noAnswer.bodyBytes !== null && noAnswer.bodyBytes > FUZZ_BODY_LIMIT_BYTES;
}

/** "no answer: 0 unexplained, 1 reset past the size limit" and each unexplained one. */
export function noAnswerReport(ledger: FuzzLedger): string {
	const unexplained = ledger.noAnswers.filter((n) => !pastSizeLimit(n));
	const lines = [
		`no answer: ${unexplained.length} unexplained, ${ledger.noAnswers.length - unexplained.length} reset past the size limit`
	];
	for (const n of ledger.noAnswers)
		lines.push(
			`  ${pastSizeLimit(n) ? 'past the limit' : 'UNEXPLAINED'}: ${n.method} ${n.endpoint} (${n.kind}), ` +
				`${n.contentType ?? 'no content-type'}, ${n.bodyBytes === null ? 'no body' : `${n.bodyBytes.toLocaleString('en-US')} bytes`}: ` +
				`${n.error} after ${n.ms} ms${n.log ? `; server log: ${n.log.trim()}` : ''}`
		);
	return lines.join('\n');
}

export async function startLedger(server: RunningServer): Promise<FuzzLedger> {
	const targets = [];
	for (let i = 0; i < 3; i++) {
		const created = await request(collectionOf(server), 'POST', baselineScenario());
		if (created.status !== 201) throw new Error(`could not create a target: ${created.status} ${created.text}`);
		targets.push({ id: (created.json as ScenarioResponse).scenario.id, head: 1 });
	}
	return { targets, created: new Set(), statuses: new Map(), byKind: new Map(), sent: 0, noAnswers: [] };
}

const WRITES: Record<FuzzRequest['endpoint'], { method: string; path: (r: FuzzRequest, id: string) => string }> = {
	create: { method: 'POST', path: () => '' },
	import: { method: 'POST', path: (r) => `/import?name=${queryText(r.importName)}` },
	save: { method: 'PUT', path: (_r, id) => `/${id}` },
	rename: { method: 'POST', path: (_r, id) => `/${id}/rename` },
	duplicate: { method: 'POST', path: (_r, id) => `/${id}/duplicate` },
	undelete: { method: 'POST', path: (_r, id) => `/${id}/undelete` },
	restore: { method: 'POST', path: (r, id) => `/${id}/revisions/${r.revision}/restore` },
	delete: { method: 'DELETE', path: (r) => `/${r.strangeId}` }
};

/** Percent-encoded; a name no encoding can express (a lone surrogate) goes as it is, for fetch to mend. */
function queryText(text: string): string {
	try {
		return encodeURIComponent(text);
	} catch {
		return text;
	}
}

function count(ledger: FuzzLedger, kind: string, status: number): void {
	ledger.statuses.set(status, (ledger.statuses.get(status) ?? 0) + 1);
	const kinds = ledger.byKind.get(kind) ?? new Map<number, number>();
	ledger.byKind.set(kind, kinds);
	kinds.set(status, (kinds.get(status) ?? 0) + 1);
}

/** A read of the ledger's: it gets an answer or the run fails (no second try hides a silence). */
function read(url: string): Promise<Awaited<ReturnType<typeof request>>> {
	return request(url, 'GET');
}

/** Sends one request and checks it; throws (with what was sent) when a rule is broken. */
export async function sendOne(server: RunningServer, ledger: FuzzLedger, fuzz: FuzzRequest): Promise<void> {
	const api = collectionOf(server);
	const target = ledger.targets[fuzz.target];
	const marker = `fz${(ledger.sent++).toString(36)}q${Math.random().toString(36).slice(2, 8)}`;
	const body = fuzz.body({ head: target.head, marker });
	const write = WRITES[fuzz.endpoint];
	const url = `${api}${write.path(fuzz, target.id)}`;
	let response: Awaited<ReturnType<typeof request>>;
	const logBefore = server.output().length;
	const sentAt = performance.now();
	try {
		response = await request(url, write.method, body, body === undefined ? {} : { 'content-type': fuzz.contentType });
	} catch (error) {
		ledger.noAnswers.push({
			method: write.method,
			endpoint: fuzz.endpoint,
			kind: fuzz.kind,
			contentType: body === undefined ? null : fuzz.contentType,
			bodyBytes: body === undefined ? null : Buffer.byteLength(body, 'utf8'),
			error: causeOf(error),
			ms: Math.round(performance.now() - sentAt),
			log: server.output().slice(logBefore).slice(0, 2000)
		});
		// No answer: recorded (and judged by pastSizeLimit at the end). The request may have been
		// done or not; the ledger takes the server's word for it, and a server that no longer
		// answers fails the run.
		await reconcile(server, ledger, fuzz, marker, error);
		count(ledger, fuzz.kind, 0);
		return;
	}
	const { status } = response;
	count(ledger, fuzz.kind, status);
	const what = () =>
		`${write.method} ${url.slice(0, 200)} (${fuzz.kind}, ${body === undefined ? 'no body' : `${body.length} characters: ${body.slice(0, 300)}`}) → ${status} ${response.text.slice(0, 300)}`;
	if (status >= 500) throw new Error(`a server error: ${what()}`);
	const json = response.json as { message?: unknown } | null;
	// An id such as %2e%2e or . is a dot-segment: the URL itself leaves the scenario (for the app's
	// HTML 404, or the collection, whose missing DELETE is the framework's plain 405, docs/api.md).
	const inApi = new URL(url).pathname.startsWith('/api/scenarios');
	if (status >= 400 && status !== 405 && inApi && typeof json?.message !== 'string')
		throw new Error(`not a JSON error: ${what()}`);

	if (fuzz.endpoint === 'create' || fuzz.endpoint === 'import' || fuzz.endpoint === 'duplicate') {
		if (status === 201) {
			const id = (response.json as ScenarioResponse).scenario.id;
			if (ledger.created.has(id) || ledger.targets.some((t) => t.id === id))
				throw new Error(`a 201 named an id that exists: ${what()}`);
			ledger.created.add(id);
		} else if (body?.includes(marker)) {
			// Refused: no scenario carries this request's marker.
			const found = await read(`${api}?search=${marker}`);
			const listed = (found.json as ScenarioListResponse).scenarios;
			if (listed.length > 0) throw new Error(`refused but saved as ${listed.map((s) => s.id).join(', ')}: ${what()}`);
		}
	} else if (fuzz.endpoint === 'save' || fuzz.endpoint === 'rename' || fuzz.endpoint === 'restore') {
		if (status === 200) {
			const written = (response.json as SavedRevisionResponse).revision.revision;
			if (written !== target.head + 1) throw new Error(`wrote revision ${written} on head ${target.head}: ${what()}`);
			target.head = written;
		}
	} else if (fuzz.endpoint === 'delete' && status < 300) {
		throw new Error(`deleted an id it was not given: ${what()}`);
	}
}

/** fetch's own error says only "fetch failed"; its cause says what happened to the connection. */
function causeOf(error: unknown): string {
	const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
	const code = typeof cause?.code === 'string' ? cause.code : null;
	const message = typeof cause?.message === 'string' ? cause.message : String(error);
	return code ? `${code} (${message})` : message;
}

async function reconcile(
	server: RunningServer,
	ledger: FuzzLedger,
	fuzz: FuzzRequest,
	marker: string,
	error: unknown
): Promise<void> {
	const api = collectionOf(server);
	const known = (id: string) => ledger.created.has(id) || ledger.targets.some((t) => t.id === id);
	let newest: ScenarioListResponse;
	try {
		newest = (await read(`${api}?limit=5`)).json as ScenarioListResponse;
	} catch {
		throw new Error(`the server stopped answering (${String(error)}):\n${server.output().slice(-3000)}`);
	}
	if (fuzz.endpoint === 'create' || fuzz.endpoint === 'import') {
		const found = (await read(`${api}?search=${marker}`)).json as ScenarioListResponse;
		for (const s of found.scenarios) ledger.created.add(s.id);
	} else if (fuzz.endpoint === 'duplicate') {
		for (const s of newest.scenarios) if (!known(s.id)) ledger.created.add(s.id);
	} else if (fuzz.endpoint === 'save' || fuzz.endpoint === 'rename' || fuzz.endpoint === 'restore') {
		const target = ledger.targets[fuzz.target];
		target.head = ((await read(`${api}/${target.id}`)).json as ScenarioResponse).scenario.headRevision;
	}
}

async function everyId(api: string, trash: boolean): Promise<string[]> {
	const ids: string[] = [];
	let cursor: string | null = null;
	do {
		const query = new URLSearchParams({ limit: '200', ...(trash ? { trash: '1' } : {}) });
		if (cursor) query.set('cursor', cursor);
		const page = (await read(`${api}?${query}`)).json as ScenarioListResponse;
		ids.push(...page.scenarios.map((s) => s.id));
		cursor = page.nextCursor;
	} while (cursor);
	return ids;
}

/** The end state: each target at the head the ledger expects, and nothing but what it created. */
export async function checkLedger(server: RunningServer, ledger: FuzzLedger): Promise<void> {
	const api = collectionOf(server);
	for (const target of ledger.targets) {
		const found = (await read(`${api}/${target.id}`)).json as ScenarioResponse;
		if (found.scenario.headRevision !== target.head || found.scenario.deletedAt !== null)
			throw new Error(`${target.id}: head ${found.scenario.headRevision}, expected ${target.head}, live`);
	}
	const listed = [...(await everyId(api, false)), ...(await everyId(api, true))].sort();
	const expected = [...ledger.targets.map((t) => t.id), ...ledger.created].sort();
	if (JSON.stringify(listed) !== JSON.stringify(expected))
		throw new Error(
			`the server holds ${listed.length} scenarios, the ledger ${expected.length}: ` +
				`unexpected ${listed.filter((id) => !expected.includes(id)).join(', ') || 'none'}, ` +
				`missing ${expected.filter((id) => !listed.includes(id)).join(', ') || 'none'}`
		);
}

/** "201: 512, 400: 1,203, …", by status. */
export function statusLine(counts: Map<number, number>): string {
	return [...counts.entries()]
		.sort(([a], [b]) => a - b)
		.map(([status, n]) => `${status}: ${n.toLocaleString('en-US')}`)
		.join(', ');
}
