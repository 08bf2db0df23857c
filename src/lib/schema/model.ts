// model.json: one analytical question. Shapes come from model-parts.ts, cross-field rules from
// model-checks.ts; the result is checked against the engine's ModelInput. Formats 1 and 2 both
// load: a format-1 event's `date` D is read as the window {from: D, to: D}.

import * as z from 'zod';
import type { ModelInput } from '../model/index';
import { bilingualText } from './bilingual-text';
import { reportAll } from './findings';
import { expectation, wrongTypeExpectation } from './messages';
import { evidenceSchema } from './evidence';
import { assumptionsSchema } from './assumptions';
import { checkModel } from './model-checks';
import {
	driverGroupSchema,
	driverSchema,
	dynamicsSchema,
	eventDefOf,
	eventSchema,
	horizonSchema,
	indicatorSchema,
	outcomeSchema
} from './model-parts';
import { limitedString } from './limits';
import { finiteNumberSchema, idSchema } from './primitives';
import type { Assert, SameFields } from './type-equality';

const aList = { error: wrongTypeExpectation('a list') };

export const modelSchema = z
	.strictObject(
		{
			$schema: limitedString('schemaRef').optional().describe('Relative path of this file’s JSON Schema, for editors.'),
			format: z
				.literal([1, 2], { error: expectation('1 or 2, the file format version') })
				.describe('File format version: 1, events on one date; 2, events over a window, with requirements. Both load.'),
			id: idSchema.describe('The model’s id; also the name of its folder under scenarios/.'),
			title: bilingualText('title'),
			question: bilingualText('question'),
			subject: bilingualText('label')
				.optional()
				.describe('What the outcomes describe, as judgments name it ("the partnership").'),
			horizon: horizonSchema,
			outcomes: z
				.array(outcomeSchema, aList)
				.min(2, { error: 'needs at least 2 outcomes, listed from worst to best' })
				.describe('Ordered states of the question, worst → best.'),
			thresholds: z
				.array(finiteNumberSchema, aList)
				.describe('Strictly increasing cut points of the cohesion index, one fewer than the outcomes.'),
			dynamics: dynamicsSchema,
			groups: z.array(driverGroupSchema, aList).min(1, { error: 'needs at least 1 driver group' }),
			drivers: z.array(driverSchema, aList).min(1, { error: 'needs at least 1 driver' }),
			events: z.array(eventSchema, aList),
			evidence: z.array(evidenceSchema, aList),
			indicators: z.array(indicatorSchema, aList),
			assumptions: assumptionsSchema.optional(),
			presetsDisagreeAboutThePresent: bilingualText('description')
				.optional()
				.describe(
					'Why this model’s presets may have different assessments, lows or highs for today; without it, validate warns when they do.'
				)
		},
		{ error: wrongTypeExpectation('an object holding the model') }
	)
	.superRefine(...reportAll(checkModel))
	// Runs only on a model that passed every check, so each event has its format's timing.
	.transform(({ events, ...model }) => ({ ...model, events: events.map(eventDefOf) })) satisfies z.ZodType<ModelInput>;

/** model.json as read: ModelInput plus the editor's `$schema`. */
export type ModelFile = z.infer<typeof modelSchema>;

export type ModelSchemaMatchesEngine = Assert<SameFields<Omit<ModelFile, '$schema'>, ModelInput>>;
