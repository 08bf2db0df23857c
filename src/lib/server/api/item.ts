// /api/scenarios/{id} and its actions: read, save a revision, trash, undelete, rename, duplicate.

import { json } from '@sveltejs/kit';
import type { SavedRevisionResponse, ScenarioResponse } from '$lib/api/types';
import { isObject } from '$lib/schema/raw';
import type { SaveResult } from '$lib/server/storage/types';
import { currentAuthor } from './author';
import { BODY_FILE, readJsonBody } from './body';
import { created } from './collection';
import { duplicateBody, parseBody, renameBody, saveBody, undeleteBody } from './envelopes';
import { conflict, notFound } from './errors';
import { requireLive, requireSaved, store } from './saved';
import { validateScenario } from './scenario-body';
import { carrySignpostsForward } from '$lib/server/signposts/carry-forward';

export async function getScenario(id: string): Promise<Response> {
	return json({ scenario: await requireSaved(id) } satisfies ScenarioResponse);
}

/**
 * 200 with the new revision, or 409 with the head. The store answers null only when the
 * scenario went to the trash (or away) between our check and its transaction.
 */
export function revisionResponse(id: string, base: number, result: SaveResult | null): Response {
	if (!result) throw notFound(`no live saved scenario "${id}"`);
	if (!result.ok) throw conflict(id, base, result.conflict);
	return json({ revision: result.revision } satisfies SavedRevisionResponse);
}

/** The URL names the scenario, so a body may leave out `id`; any id it gives is replaced. */
function withSavedId(scenario: unknown, id: string): unknown {
	return isObject(scenario) ? { ...scenario, id } : scenario;
}

export async function saveScenario(id: string, request: Request): Promise<Response> {
	const raw = await readJsonBody(request);
	const saved = await requireLive(id);
	const body = parseBody(saveBody, raw, BODY_FILE);
	const scenario = await validateScenario(withSavedId(body.scenario, id), BODY_FILE, {
		prefix: 'scenario',
		expectedModel: saved.modelId
	});
	const author = currentAuthor();
	// The signpost log is append-only: the base revision's is carried forward, never replaced.
	const base = await store().revision(id, body.baseRevision);
	const kept = carrySignpostsForward(scenario, base?.scenario, { file: BODY_FILE, prefix: 'scenario' });
	return revisionResponse(
		id,
		body.baseRevision,
		await store().save(id, { baseRevision: body.baseRevision, scenario: kept, note: body.note, author })
	);
}

export async function trashScenario(id: string): Promise<Response> {
	if (!(await store().remove(id))) throw notFound(`no saved scenario "${id}"`);
	return new Response(null, { status: 204 });
}

export async function undeleteScenario(id: string, request: Request): Promise<Response> {
	parseBody(undeleteBody, await readJsonBody(request), BODY_FILE);
	if (!(await store().restore(id))) throw notFound(`no saved scenario "${id}"`);
	return getScenario(id);
}

export async function renameScenario(id: string, request: Request): Promise<Response> {
	const raw = await readJsonBody(request);
	await requireLive(id);
	const body = parseBody(renameBody, raw, BODY_FILE);
	return revisionResponse(
		id,
		body.baseRevision,
		await store().rename(id, body.title, body.baseRevision, currentAuthor())
	);
}

export async function duplicateScenario(id: string, request: Request): Promise<Response> {
	const body = parseBody(duplicateBody, await readJsonBody(request), BODY_FILE);
	const source = await requireSaved(id);
	const copy = await store().duplicate(id, body.revision, currentAuthor());
	if (!copy) throw notFound(`saved scenario "${id}" has no revision ${body.revision ?? source.headRevision}`);
	return created(copy);
}
