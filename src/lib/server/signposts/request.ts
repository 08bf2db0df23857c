// The body of POST /api/scenarios/{id}/signposts, checked field by field; the stamps (who, when,
// which revision) are never taken from it.

import * as z from 'zod';
import { expectation } from '$lib/schema/messages';
import { idSchema } from '$lib/schema/primitives';
import { evidenceGradeSchema } from '$lib/schema/evidence';
import { daySchema, eitherLanguageText, signpostShiftSchema, signpostStatusSchema } from '$lib/schema/signposts';
import { TEXT_LIMITS, tooLong } from '$lib/schema';
import type { RecordSignpostRequest } from '$lib/signposts/wire';

const revisionNumber = z
	.int({ error: expectation('a revision number (a whole number from 1)') })
	.min(1, { error: expectation('a revision number (a whole number from 1)') });

export const recordSignpostBody = z.strictObject({
	baseRevision: revisionNumber,
	indicator: idSchema,
	status: signpostStatusSchema,
	date: daySchema,
	seen: eitherLanguageText('signpostSeen', 'What was seen'),
	source: z
		.string({ error: expectation('text, the source of the observation') })
		.trim()
		.min(1, { error: 'must name the source of the observation' })
		.max(TEXT_LIMITS.signpostSource, tooLong('signpostSource')),
	grade: evidenceGradeSchema,
	note: eitherLanguageText('signpostNote', 'The note').optional(),
	shift: signpostShiftSchema,
	lang: z.enum(['en', 'ar'], { error: expectation('"en" or "ar"') }).optional()
}) satisfies z.ZodType<RecordSignpostRequest>;
