// POST /api/questions/{modelId}/resolutions: an admin says which outcome of a question held at a
// year-end of its horizon, with the source that shows it. One resolution per question and date,
// and it stands: a second is refused (409) — the record is append-only, and changing what
// happened after forecasts were scored against it would rewrite their scores. GET lists them.

import { json } from '@sveltejs/kit';
import * as z from 'zod';
import type { Resolution } from '$lib/forecast';
import { limitedString, problem } from '$lib/schema';
import { expectation } from '$lib/schema/messages';
import { currentAuthor } from '$lib/server/api/author';
import { BODY_FILE, readJsonBody } from '$lib/server/api/body';
import { parseBody } from '$lib/server/api/envelopes';
import { ApiError, invalid, notFound } from '$lib/server/api/errors';
import { getDatabase } from '$lib/server/db/app-database';
import { presetLibrary } from '$lib/server/presets';
import { yearEndTargets } from '$lib/forecast';
import { resolvable } from './track-record';

export const resolveBody = z.strictObject({
	date: z.string({ error: expectation('a year-end as YYYY-12') }).regex(/^\d{4}-12$/, {
		error: expectation('a year-end as YYYY-12')
	}),
	outcome: z.string({ error: expectation('an outcome id of the question') }),
	source: limitedString('resolutionSource', 'text, the source that shows which outcome held')
		.trim()
		// Visible text: a source of only zero-width or format characters passes trim() and says nothing.
		.regex(/[\p{L}\p{N}\p{P}\p{S}]/u, { error: expectation('a source: what shows which outcome held') }),
	note: limitedString('resolutionNote').trim().optional()
});
export type ResolveRequest = z.input<typeof resolveBody>;

async function questionModel(modelId: string) {
	const model = (await presetLibrary()).models.find((m) => m.id === modelId);
	if (!model) throw notFound(`no question (model) "${modelId}"`);
	return model;
}

export async function listResolutions(modelId: string): Promise<Response> {
	await questionModel(modelId);
	const resolutions = (await getDatabase().forecasts.resolutions()).filter((r) => r.modelId === modelId);
	return json({ resolutions });
}

export async function resolveQuestion(modelId: string, request: Request, now = new Date()): Promise<Response> {
	const raw = await readJsonBody(request);
	const model = await questionModel(modelId);
	const body = parseBody(resolveBody, raw, BODY_FILE);
	const dates = yearEndTargets(model).map((t) => t.target);
	if (!dates.includes(body.date))
		throw invalid([problem(BODY_FILE, ['date'], `must be a year-end of the horizon: ${dates.join(', ')}`)]);
	if (!model.outcomes.some((o) => o.id === body.outcome))
		throw invalid([
			problem(BODY_FILE, ['outcome'], `must be one of ${model.outcomes.map((o) => `"${o.id}"`).join(', ')}`)
		]);
	if (!resolvable(body.date, [], modelId, now.getTime()))
		throw invalid([problem(BODY_FILE, ['date'], `${body.date} has not ended yet: it can be resolved from its end`)]);
	const author = currentAuthor();
	const resolution: Resolution = {
		modelId,
		date: body.date,
		outcome: body.outcome,
		source: body.source,
		note: body.note ?? '',
		resolvedAt: now.toISOString(),
		resolvedById: author.id,
		resolvedByName: author.name
	};
	if (!(await getDatabase().forecasts.resolve(resolution)))
		throw new ApiError(
			409,
			'conflict',
			`${modelId} is resolved for ${body.date} already; a resolution stands once made (the record is append-only)`
		);
	return json({ resolution }, { status: 201 });
}
