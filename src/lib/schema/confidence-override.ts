// The analyst's own confidence in the key judgments (the scenario file's optional `confidence`):
// a level in ICD 203's words with the reason, saved with the scenario. The derived confidence
// (src/lib/evidence) is still computed and shown beside it; removing the field returns to it.

import * as z from 'zod';
import type { ConfidenceOverride } from '../model/index';
import { wrongTypeExpectation } from './messages';
import { eitherLanguageText } from './signposts';

export const CONFIDENCE_LEVELS = ['high', 'moderate', 'low'] as const satisfies readonly ConfidenceOverride['level'][];

export const confidenceOverrideSchema = z
	.strictObject(
		{
			level: z.enum(CONFIDENCE_LEVELS, {
				error: (issue) =>
					`${issue.input === undefined ? 'is required' : `${JSON.stringify(issue.input)} is not`}: one of high, moderate, low`
			}),
			reason: eitherLanguageText('confidenceReason', 'The reason')
		},
		{ error: wrongTypeExpectation('an object {"level": "high" | "moderate" | "low", "reason": {"en", "ar"}}') }
	)
	.describe(
		'The analyst’s confidence in the key judgments, overriding the derived one, with the reason (required); the derived level is still shown beside it.'
	) satisfies z.ZodType<ConfidenceOverride>;
