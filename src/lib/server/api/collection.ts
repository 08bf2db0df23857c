// /api/scenarios and /api/scenarios/import: list, create, import a file.

import { json } from '@sveltejs/kit';
import { field } from '$lib/schema/raw';
import type { SavedScenario, ScenarioListResponse, ScenarioResponse } from '$lib/api/types';
import { currentAuthor } from './author';
import { BODY_FILE, readJsonBody } from './body';
import { createBody, parseBody } from './envelopes';
import { nextCursor, pageRequest, textParam } from './page-query';
import { validateScenario } from './scenario-body';
import { location, store } from './saved';

/** One page, newest first: `?limit=&cursor=` (page-query.ts), `search`, `model`, `trash`. */
export async function listScenarios(url: URL): Promise<Response> {
	const params = url.searchParams;
	const trash = ['1', 'true', 'yes'].includes(params.get('trash') ?? '');
	const kind = trash ? 'trash' : 'live';
	const page = await store().list({
		...pageRequest(url, kind),
		search: textParam(url, 'search', 'search'),
		modelId: textParam(url, 'model', 'id'),
		trash
	});
	return json({ scenarios: page.items, nextCursor: nextCursor(kind, page) } satisfies ScenarioListResponse);
}

/** An envelope when the body has `scenario` and is not itself a scenario file (no `format`). */
function isEnvelope(body: unknown): boolean {
	return field(body, 'scenario') !== undefined && field(body, 'format') === undefined;
}

export function created(saved: SavedScenario): Response {
	return json({ scenario: saved } satisfies ScenarioResponse, {
		status: 201,
		headers: { location: location(saved.id) }
	});
}

export async function createScenario(request: Request): Promise<Response> {
	const body = await readJsonBody(request);
	if (!isEnvelope(body)) {
		const scenario = await validateScenario(body, BODY_FILE);
		return created(await store().create({ scenario, author: currentAuthor() }));
	}
	const envelope = parseBody(createBody, body, BODY_FILE);
	const scenario = await validateScenario(envelope.scenario, BODY_FILE, { prefix: 'scenario' });
	return created(await store().create({ scenario, note: envelope.note, author: currentAuthor() }));
}

/** The uploaded file's name as problems and the history show it: one line, of bounded length. */
function fileName(url: URL): string {
	const name = (textParam(url, 'name', 'fileName') ?? '')
		// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
		.replace(/[\u0000-\u001f\u007f]/g, '')
		.trim();
	return name || 'imported file';
}

export async function importScenario(request: Request, url: URL): Promise<Response> {
	const name = fileName(url);
	const body = await readJsonBody(request, { file: name });
	const scenario = await validateScenario(body, name);
	return created(await store().create({ scenario, note: `Imported from ${name}`, author: currentAuthor() }));
}
