// The items a model lists: outcomes, driver groups, drivers, events, indicators (evidence in
// evidence.ts).
// References between them (a driver's group, an effect's driver, …) are checked in
// model-checks.ts, which sees the whole model.

import * as z from 'zod';
import type {
	DriverDef,
	DriverGroup,
	Dynamics,
	EventDef,
	EventWindow,
	Horizon,
	Indicator,
	OutcomeDef
} from '../model/index';
import { bilingualText } from './bilingual-text';
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
		label: bilingualText('label'),
		description: bilingualText('description'),
		color: colorSchema.optional(),
		resolution: bilingualText('resolution')
			.optional()
			.describe(
				'How an outside reader tells, at a date, that this outcome held: criteria that can be checked. Optional; validate warns when a format-2 model’s outcome has none.'
			)
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
	{ id: idSchema, label: bilingualText('label') },
	anObject
) satisfies z.ZodType<DriverGroup>;

export const driverSchema = z.strictObject(
	{
		id: idSchema,
		group: idSchema.describe('Id of one of the model’s groups.'),
		label: bilingualText('label'),
		description: bilingualText('description'),
		evidence: z.array(idSchema, aListOfIds).describe('Ids of the evidence items behind this driver.')
	},
	anObject
) satisfies z.ZodType<DriverDef>;

/** A shift of a driver's value, as in event effects and indicators. */
const shiftSchema = numberIn(-1, 1);

export const eventWindowSchema = z
	.strictObject(
		{
			from: monthSchema.describe('First month in which the event can happen.'),
			to: monthSchema.describe('Last month in which the event can happen; on or after from.')
		},
		{ error: wrongTypeExpectation('an object {"from": "YYYY-MM", "to": "YYYY-MM"}') }
	)
	.describe(
		'Format 2: the months within which the event can happen, inside the horizon; its time on a path is drawn uniformly between them.'
	) satisfies z.ZodType<EventWindow>;

/**
 * An event as written: format 1 gives a `date`, format 2 a `window` and optional `requires`.
 * Which of them the file may use depends on the model's `format`, so that rule is checked with
 * the whole model (event-checks.ts), and the model schema turns `date` into a window.
 */
export const eventSchema = z.strictObject(
	{
		id: idSchema,
		date: monthSchema
			.optional()
			.describe('Format 1 only: the event’s one date; effects apply from the first step on or after it.'),
		window: eventWindowSchema.optional(),
		requires: z
			.array(idSchema, aListOfIds)
			.optional()
			.describe(
				'Format 2: ids of events that must have happened first; this event never happens before them, nor without them.'
			),
		label: bilingualText('label'),
		description: bilingualText('description').optional(),
		effects: z
			.record(idSchema, shiftSchema, { error: wrongTypeExpectation('an object of driver id → shift') })
			.describe('Shift of each affected driver’s value, in [-1, 1], by driver id.')
	},
	anObject
);

export type EventFile = z.infer<typeof eventSchema>;

/** The engine's event: a format-1 `date` D is the one-instant window {from: D, to: D}. */
export function eventDefOf({ date, window, ...event }: EventFile): EventDef {
	const timing = window ?? (date === undefined ? undefined : { from: date, to: date });
	// The model's checks refuse an event without its format's timing before this runs.
	if (!timing) throw new Error(`event "${event.id}" has neither window nor date`);
	return { ...event, window: timing };
}

export const indicatorSchema = z.strictObject(
	{
		id: idSchema,
		driver: idSchema.describe('Id of the driver this signpost would move.'),
		shift: shiftSchema.describe('Direction and size of the move of the driver’s assessment, in [-1, 1].'),
		label: bilingualText('label'),
		description: bilingualText('description').optional()
	},
	anObject
) satisfies z.ZodType<Indicator>;
