// POST /api/scenarios/{id}/signposts: an observation of one of the model's indicators, appended
// to the scenario's log with the driver shift the analyst accepted, saved as ONE new revision
// whose note names the signpost. A stale baseRevision is a 409, as for a save.

import { json } from '@sveltejs/kit';
import { problem } from '$lib/schema';
import { listNames } from '$lib/schema/messages';
import { currentAuthor } from '$lib/server/api/author';
import { BODY_FILE, readJsonBody } from '$lib/server/api/body';
import { parseBody } from '$lib/server/api/envelopes';
import { conflict, invalid, notFound } from '$lib/server/api/errors';
import { requireLive, store } from '$lib/server/api/saved';
import { validateScenario } from '$lib/server/api/scenario-body';
import { presetLibrary } from '$lib/server/presets';
import { signpostRevisionNote, withObservation } from '$lib/signposts';
import type { RecordSignpostResponse } from '$lib/signposts/wire';
import { recordSignpostBody } from './request';

export async function recordSignpost(id: string, request: Request): Promise<Response> {
	const raw = await readJsonBody(request);
	const saved = await requireLive(id);
	const body = parseBody(recordSignpostBody, raw, BODY_FILE);
	const model = (await presetLibrary()).models.find((m) => m.id === saved.modelId);
	if (!model) throw notFound(`the model "${saved.modelId}" of saved scenario "${id}" is not available`);
	const indicator = model.indicators.find((item) => item.id === body.indicator);
	if (!indicator) {
		const known = model.indicators.map((item) => item.id);
		throw invalid([
			problem(
				BODY_FILE,
				['indicator'],
				`model "${model.id}" has no indicator "${body.indicator}" (its indicators: ${listNames(known) || 'none'})`
			)
		]);
	}
	// Only the head can be built on: anything older (or newer) is the 409 a save would get.
	if (body.baseRevision !== saved.headRevision) {
		const head = await store().revision(id, saved.headRevision);
		if (!head) throw notFound(`no live saved scenario "${id}"`);
		throw conflict(id, body.baseRevision, head);
	}
	const author = currentAuthor();
	const { scenario: next, observation } = withObservation(saved.scenario, indicator, body, {
		by: author.name,
		recordedAt: new Date().toISOString(),
		revision: body.baseRevision + 1
	});
	// The same checks as any save (the log's schema, its indicators and drivers), so nothing unsound is kept.
	const scenario = await validateScenario(next, BODY_FILE, { expectedModel: saved.modelId });
	const note = signpostRevisionNote(indicator, body.status, body.date, body.lang ?? 'en');
	const result = await store().save(id, { baseRevision: body.baseRevision, scenario, note, author });
	if (!result) throw notFound(`no live saved scenario "${id}"`);
	if (!result.ok) throw conflict(id, body.baseRevision, result.conflict);
	return json({ revision: result.revision, observation } satisfies RecordSignpostResponse);
}
