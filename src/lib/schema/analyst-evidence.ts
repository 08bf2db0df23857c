// The analyst's own evidence on a scenario (the scenario file's optional `evidence`): the model's
// item (evidence.ts) written by one analyst in the language they work in, with when it was seen
// and where (a link or a citation), always graded, with its reason, and directed for every driver
// it informs. Which drivers it may name and which ids are free are checked with the model
// (analyst-evidence-checks.ts). The matrix, flags and confidence count it with the model's items.

import * as z from 'zod';
import type { AnalystEvidence } from '../model/index';
import { evidenceDirectionSchema, evidenceGradeSchema, EVIDENCE_DIRECTIONS } from './evidence';
import { limitedString, TEXT_LIMITS, tooLong } from './limits';
import { expectation, wrongTypeExpectation } from './messages';
import { idSchema } from './primitives';
import { daySchema, eitherLanguageText } from './signposts';

/** More than an analyst adds by hand to one scenario; a file is still read in a blink. */
export const MAX_ANALYST_EVIDENCE = 200;

export const linkSchema = z
	.string({ error: expectation('a web address starting with http:// or https://') })
	.max(TEXT_LIMITS.link, tooLong('link'))
	.refine((text) => URL.canParse(text) && /^https?:$/.test(new URL(text).protocol), {
		error: (issue) => `${JSON.stringify(issue.input)} is not a web address starting with http:// or https://`
	})
	.describe(`Where the item can be read: an http(s) address, at most ${TEXT_LIMITS.link} characters.`);

export const analystEvidenceSchema = z.strictObject(
	{
		id: idSchema.describe('The item’s id: unique in the scenario, and not one of the model’s evidence ids.'),
		quote: eitherLanguageText('quote', 'The quote'),
		attribution: eitherLanguageText('attribution', 'The source'),
		date: daySchema.describe('The day the information is from, YYYY-MM-DD.'),
		link: linkSchema.optional(),
		citation: limitedString('citation')
			.optional()
			.describe(`A citation (publication, page, date), at most ${TEXT_LIMITS.citation} characters.`),
		drivers: z
			.array(idSchema, { error: wrongTypeExpectation('a list of driver ids') })
			.min(1, { error: 'must name at least one driver the item informs' })
			.describe('Ids of the model’s drivers this evidence informs.'),
		direction: z
			.record(idSchema, evidenceDirectionSchema, {
				error: wrongTypeExpectation(`an object of driver id → ${EVIDENCE_DIRECTIONS.join(' / ')}`)
			})
			.describe('Which way the item pushes each driver it informs, by driver id: one for every driver of drivers.'),
		grade: evidenceGradeSchema,
		gradeReason: eitherLanguageText('gradeReason', 'Why the grade')
	},
	{ error: wrongTypeExpectation('an object, one evidence item') }
) satisfies z.ZodType<AnalystEvidence>;

export const analystEvidenceListSchema = z
	.array(analystEvidenceSchema, { error: wrongTypeExpectation('a list of evidence items') })
	.max(MAX_ANALYST_EVIDENCE, { error: `must hold at most ${MAX_ANALYST_EVIDENCE} items` })
	.describe(
		'The analyst’s own evidence, counted with the model’s in the evidence matrix, its flags and the analytic confidence.'
	);

export type AnalystEvidenceFile = z.infer<typeof analystEvidenceSchema>;
