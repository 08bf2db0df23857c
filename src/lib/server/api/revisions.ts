// /api/scenarios/{id}/revisions…: the history, one revision, and restoring an old one.

import { json } from '@sveltejs/kit';
import type { RevisionListResponse, RevisionResponse } from '$lib/api/types';
import { resolveAuthor } from './author';
import { BODY_FILE, readJsonBody } from './body';
import { parseBody, restoreBody } from './envelopes';
import { revisionResponse } from './item';
import { requireLive, requireRevision, requireSaved, store } from './saved';

export function listRevisions(id: string): Response {
	requireSaved(id);
	return json({ revisions: store().revisions(id) ?? [] } satisfies RevisionListResponse);
}

export function getRevision(id: string, n: string): Response {
	return json({ revision: requireRevision(id, n) } satisfies RevisionResponse);
}

export async function restoreRevision(id: string, n: string, request: Request): Promise<Response> {
	const raw = await readJsonBody(request);
	requireLive(id);
	const old = requireRevision(id, n);
	const body = parseBody(restoreBody, raw, BODY_FILE);
	const result = store().restoreRevision(
		id,
		old.revision,
		body.baseRevision,
		body.note,
		resolveAuthor(request, body.author)
	);
	return revisionResponse(id, body.baseRevision, result);
}
