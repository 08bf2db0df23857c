// The items a model lists: outcomes, driver groups, drivers, events, evidence, indicators.
// References between them (a driver's group, an effect's driver, …) are checked in
// model-checks.ts, which sees the whole model.

import * as z from 'zod';
import type {
	DriverDef,
	DriverGroup,
	Dynamics,
	EventDef,
	EvidenceItem,
	Horizon,
	Indicator,
	OutcomeDef
} from '../model/index';
import { bilingualTextSchema } from './bilingual-text';
import { wrongTypeExpectation } from './messages';
import { colorSchema, idSchema, monthSchema, numberIn } from './primitives';

const anObject = { error: wrongTypeExpectation('an object') };
const aListOfIds = { error: wrongTypeExpectation('a list of ids') };

export const horizonSchema = z
	.strictObject({ start: monthSchema, end: monthSchema }, anObject)
	.describe('First month and last month covered; steps are quarterly from start.') satisfies z.ZodType<Horizon>;

export const outcomeSchema = z.strictObject(
	{
		id: idSchema,
		label: bilingualTextSchema,
		description: bilingualTextSchema,
		color: colorSchema.optional()
	},
	anObject
) satisfies z.ZodType<OutcomeDef>;

export const dynamicsSchema = z.strictObject(
	{
		persistence: numberIn(0, 1, { maxExclusive: true }).describe(
			'φ: persistence of the unexplained deviation per quarterly step, in [0, 1).'
		),
		volatility: numberIn(0, 5).describe('σ: shock size of the deviation per √year, in [0, 5].')
	},
	anObject
) satisfies z.ZodType<Dynamics>;

export const driverGroupSchema = z.strictObject(
	{ id: idSchema, label: bilingualTextSchema },
	anObject
) satisfies z.ZodType<DriverGroup>;

export const driverSchema = z.strictObject(
	{
		id: idSchema,
		group: idSchema.describe('Id of one of the model’s groups.'),
		label: bilingualTextSchema,
		description: bilingualTextSchema,
		evidence: z.array(idSchema, aListOfIds).describe('Ids of the evidence items behind this driver.')
	},
	anObject
) satisfies z.ZodType<DriverDef>;

/** A shift of a driver's value, as in event effects and indicators. */
const shiftSchema = numberIn(-1, 1);

export const eventSchema = z.strictObject(
	{
		id: idSchema,
		date: monthSchema.describe('Effects apply from the first step on or after this month.'),
		label: bilingualTextSchema,
		description: bilingualTextSchema.optional(),
		effects: z
			.record(idSchema, shiftSchema, { error: wrongTypeExpectation('an object of driver id → shift') })
			.describe('Shift of each affected driver’s value, in [-1, 1], by driver id.')
	},
	anObject
) satisfies z.ZodType<EventDef>;

export const evidenceSchema = z.strictObject(
	{
		id: idSchema,
		quote: bilingualTextSchema,
		attribution: bilingualTextSchema,
		drivers: z.array(idSchema, aListOfIds).describe('Ids of the drivers this evidence bears on.')
	},
	anObject
) satisfies z.ZodType<EvidenceItem>;

export const indicatorSchema = z.strictObject(
	{
		id: idSchema,
		driver: idSchema.describe('Id of the driver this signpost would move.'),
		shift: shiftSchema.describe('Direction and size of the move of the driver’s assessment, in [-1, 1].'),
		label: bilingualTextSchema,
		description: bilingualTextSchema.optional()
	},
	anObject
) satisfies z.ZodType<Indicator>;
