// /api/scenarios/{id}/revisions…: the history, one revision, and restoring an old one.

import { json } from '@sveltejs/kit';
import type { RevisionListResponse, RevisionResponse } from '$lib/api/types';
import { currentAuthor } from './author';
import { BODY_FILE, readJsonBody } from './body';
import { parseBody, restoreBody } from './envelopes';
import { nextCursor, pageRequest } from './page-query';
import { revisionResponse } from './item';
import { requireLive, requireRevision, requireSaved, store } from './saved';
import { withSignpostLog } from '$lib/signposts';

/** One page of the history, newest first: `?limit=&cursor=` (page-query.ts). */
export async function listRevisions(id: string, url: URL): Promise<Response> {
	await requireSaved(id);
	const page = await store().revisions(id, pageRequest(url, 'revisions'));
	return json({
		revisions: page?.items ?? [],
		nextCursor: page ? nextCursor('revisions', page) : null
	} satisfies RevisionListResponse);
}

export async function getRevision(id: string, n: string): Promise<Response> {
	return json({ revision: await requireRevision(id, n) } satisfies RevisionResponse);
}

export async function restoreRevision(id: string, n: string, request: Request): Promise<Response> {
	const raw = await readJsonBody(request);
	await requireLive(id);
	const old = await requireRevision(id, n);
	const body = parseBody(restoreBody, raw, BODY_FILE);
	// The old settings, but the head's signpost log: an observation once recorded stays (append-only).
	const head = await requireSaved(id);
	const restored = withSignpostLog(old.scenario, head.scenario.signposts);
	const result =
		JSON.stringify(restored) === JSON.stringify(old.scenario)
			? await store().restoreRevision(id, old.revision, body.baseRevision, body.note, currentAuthor())
			: await store().save(id, {
					baseRevision: body.baseRevision,
					scenario: restored,
					note: body.note ?? `Restored revision ${old.revision}`,
					author: currentAuthor()
				});
	return revisionResponse(id, body.baseRevision, result);
}
