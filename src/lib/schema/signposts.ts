// A scenario's signpost log: what was seen of the model's indicators, each observation with its
// source and grade, and the change of the driver's assessment it brought (docs/model.md,
// Signposts). The server stamps who recorded it, when, and the revision it made; the log is
// append-only (src/lib/server/signposts). Which indicator and driver an observation may name is
// checked with the model (signposts-checks.ts).

import * as z from 'zod';
import type { SignpostObservation } from '../model/index';
import { evidenceGradeSchema } from './evidence';
import { TEXT_LIMITS, tooLong, limitedString, type LimitedText } from './limits';
import { expectation, wrongTypeExpectation } from './messages';
import { idSchema, numberIn } from './primitives';

export const SIGNPOST_STATUSES = ['emerging', 'observed'] as const satisfies readonly SignpostObservation['status'][];
export type SignpostStatus = (typeof SIGNPOST_STATUSES)[number];

/** Longest log a scenario keeps: one observation a week for twenty years, well past any question. */
export const MAX_SIGNPOST_OBSERVATIONS = 1000;

const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A calendar day, YYYY-MM-DD, that exists (no 2026-02-30). */
export const daySchema = z
	.string({ error: expectation('a day written YYYY-MM-DD, such as "2026-11-20"') })
	.regex(DATE_PATTERN, { error: expectation('a day written YYYY-MM-DD, such as "2026-11-20"') })
	.refine((day) => new Date(`${day}T00:00:00Z`).toISOString().startsWith(day), {
		error: (issue) => `${JSON.stringify(issue.input)} is no day of the calendar`
	})
	.describe('A day, YYYY-MM-DD.');

/**
 * Text an analyst writes in the language they work in: both keys, either may be empty, not both
 * (the model's texts, written for every reader, need both: bilingual-text.ts).
 */
export function eitherLanguageText(kind: LimitedText, what: string) {
	return z
		.strictObject(
			{ en: limitedString(kind), ar: limitedString(kind) },
			{ error: wrongTypeExpectation('an object with "en" (English) and "ar" (Arabic) texts') }
		)
		.refine((text) => /\S/.test(text.en) || /\S/.test(text.ar), {
			error: `${what}: write it in English (en), Arabic (ar) or both; both are empty`
		})
		.describe(
			`${what}, in English (en) and/or Arabic (ar): either may be empty, not both; each at most ${TEXT_LIMITS[kind]} characters.`
		);
}

export const signpostStatusSchema = z
	.enum(SIGNPOST_STATUSES, {
		error: (issue) =>
			`${issue.input === undefined ? 'is required' : `${JSON.stringify(issue.input)} is not`}: one of emerging, observed`
	})
	.describe('emerging: the first signs of the indicator; observed: the indicator has happened.');

/** How far a shift may move an assessment: a whole side of the scale at most. */
export const signpostShiftSchema = numberIn(-1, 1);

export const appliedShiftSchema = z
	.strictObject(
		{
			driver: idSchema.describe('The indicator’s driver.'),
			from: numberIn(-1, 1).describe('The driver’s assessment before the observation.'),
			to: numberIn(-1, 1).describe('The driver’s assessment after it.')
		},
		{ error: wrongTypeExpectation('an object {"driver", "from", "to"}') }
	)
	.describe('The change of the driver’s assessment the observation brought, as the analyst accepted it.');

export const signpostObservationSchema = z.strictObject(
	{
		indicator: idSchema.describe('Id of one of the model’s indicators.'),
		status: signpostStatusSchema,
		date: daySchema.describe('The day it was seen, YYYY-MM-DD.'),
		seen: eitherLanguageText('signpostSeen', 'What was seen'),
		source: z
			.string({ error: expectation('text, the source of the observation') })
			.trim()
			.min(1, { error: 'must name the source of the observation' })
			.max(TEXT_LIMITS.signpostSource, tooLong('signpostSource'))
			.describe(
				`Where it was seen: a publication, a link or a citation; at most ${TEXT_LIMITS.signpostSource} characters.`
			),
		grade: evidenceGradeSchema,
		note: eitherLanguageText('signpostNote', 'The note').optional(),
		by: limitedString('name').describe('Who recorded it: the account, set by the server.'),
		recordedAt: z.iso
			.datetime({ error: expectation('an ISO date and time, such as "2026-11-20T09:30:00.000Z"') })
			.describe('When it was recorded, set by the server.'),
		revision: z
			.int({ error: expectation('a revision number (a whole number from 1)') })
			.min(1, { error: expectation('a revision number (a whole number from 1)') })
			.describe('The revision of the saved scenario that recording it made, set by the server.'),
		shift: appliedShiftSchema
	},
	{ error: wrongTypeExpectation('an object, one observation') }
) satisfies z.ZodType<SignpostObservation>;

export const signpostLogSchema = z
	.array(signpostObservationSchema, { error: wrongTypeExpectation('a list of observations') })
	.max(MAX_SIGNPOST_OBSERVATIONS)
	.describe(
		'The signpost log: observations of the model’s indicators, oldest first. Append-only: recorded through POST /api/scenarios/{id}/signposts, never changed by a save.'
	);

export type SignpostObservationFile = z.infer<typeof signpostObservationSchema>;
