// zod schemas of the request bodies around a scenario ({ baseRevision, note, author, ... }).
// The scenario inside is checked separately, against its model, by scenario-body.ts. The wire
// types the client sends ($lib/api/types) are checked against these schemas at compile time.

import * as z from 'zod';
import type {
	CreateRequest,
	DuplicateRequest,
	RenameRequest,
	RestoreRequest,
	SaveRequest,
	UndeleteRequest
} from '$lib/api/types';
import { bilingualTextSchema, explainIssue, limitedString, TEXT_LIMITS, tooLong } from '$lib/schema';
import { expectation } from '$lib/schema/messages';
import { issuesToProblems } from '$lib/schema/problem';
import { invalid } from './errors';

export const MAX_AUTHOR_LENGTH = TEXT_LIMITS.name;
export const MAX_NOTE_LENGTH = TEXT_LIMITS.revisionNote;

const revisionNumber = z
	.int({ error: expectation('a revision number (a whole number from 1)') })
	.min(1, { error: expectation('a revision number (a whole number from 1)') });
const note = limitedString('revisionNote').optional();
export const authorSchema = z
	.string({ error: expectation('text, the name of who saves') })
	.trim()
	.max(MAX_AUTHOR_LENGTH, tooLong('name'));

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

/**
 * `Body` only when its schema accepts every such body: each field of the right type, and no
 * field the schema does not know (the schemas are strict, so one would be a 400).
 */
type Accepted<
	Schema extends z.ZodType,
	Body extends z.input<Schema> & Record<Exclude<keyof Body, keyof z.input<Schema>>, never>
> = Body;

/** Fails to compile when a wire request type drifts from the schema that reads it. */
export type WireRequests = [
	Accepted<typeof createBody, CreateRequest>,
	Accepted<typeof saveBody, SaveRequest>,
	Accepted<typeof renameBody, RenameRequest>,
	Accepted<typeof duplicateBody, DuplicateRequest>,
	Accepted<typeof restoreBody, RestoreRequest>,
	Accepted<typeof undeleteBody, UndeleteRequest>
];

/** The body as `schema` reads it, or a 400 listing every field problem. */
export function parseBody<T>(schema: z.ZodType<T>, json: unknown, file: string): T {
	const result = schema.safeParse(json, { error: explainIssue });
	if (!result.success) throw invalid(issuesToProblems(result.error.issues, file));
	return result.data;
}
