// zod schemas of the request bodies around a scenario ({ baseRevision, note, author, ... }).
// The scenario inside is checked separately, against its model, by scenario-body.ts.

import * as z from 'zod';
import { bilingualTextSchema, explainIssue } from '$lib/schema';
import { expectation } from '$lib/schema/messages';
import { issuesToProblems } from '$lib/schema/problem';
import { invalid } from './errors';

export const MAX_AUTHOR_LENGTH = 80;
export const MAX_NOTE_LENGTH = 2000;

const revisionNumber = z
	.int({ error: expectation('a revision number (a whole number from 1)') })
	.min(1, { error: expectation('a revision number (a whole number from 1)') });
const note = z
	.string({ error: expectation('text') })
	.max(MAX_NOTE_LENGTH, { error: `must be at most ${MAX_NOTE_LENGTH} characters` })
	.optional();
export const authorSchema = z
	.string({ error: expectation('text, the name of who saves') })
	.trim()
	.max(MAX_AUTHOR_LENGTH, { error: `must be at most ${MAX_AUTHOR_LENGTH} characters` });

export const createBody = z.strictObject({ scenario: z.unknown(), note, author: authorSchema.optional() });
export const saveBody = z.strictObject({
	baseRevision: revisionNumber,
	scenario: z.unknown(),
	note,
	author: authorSchema.optional()
});
export const renameBody = z.strictObject({
	title: bilingualTextSchema,
	baseRevision: revisionNumber,
	author: authorSchema.optional()
});
export const duplicateBody = z.strictObject({ revision: revisionNumber.optional(), author: authorSchema.optional() });
export const restoreBody = z.strictObject({ baseRevision: revisionNumber, note, author: authorSchema.optional() });
export const undeleteBody = z.strictObject({});

/** The body as `schema` reads it, or a 400 listing every field problem. */
export function parseBody<T>(schema: z.ZodType<T>, json: unknown, file: string): T {
	const result = schema.safeParse(json, { error: explainIssue });
	if (!result.success) throw invalid(issuesToProblems(result.error.issues, file));
	return result.data;
}
