// Key assumptions (issue 14, point 4): sentences the analysis rests on, each tied to the settings
// it stands for, so that a key-assumptions check can show what moves if one of them fails. The
// model lists its own; a scenario may add more or restate the model's (same id). A tie names
// exactly one setting; whether the names exist is checked against the model (assumption-checks.ts).

import * as z from 'zod';
import type { AssumptionTie, KeyAssumption } from '../model/index';
import { bilingualText } from './bilingual-text';
import { reportAll, type Finding } from './findings';
import { wrongTypeExpectation } from './messages';
import { idSchema, integerIn } from './primitives';
import { field, isObject } from './raw';

export const TIE_KINDS = ['driver', 'event', 'threshold', 'dynamics'] as const;
export type TieKind = (typeof TIE_KINDS)[number];
export const TIE_DRIVER_FIELDS = ['weight', 'assessment', 'range', 'trend'] as const satisfies readonly NonNullable<
	AssumptionTie['field']
>[];
export const TIE_DYNAMICS = ['volatility', 'persistence'] as const satisfies readonly NonNullable<
	AssumptionTie['dynamics']
>[];
export const TIE_FAILS = ['lower', 'higher'] as const satisfies readonly NonNullable<AssumptionTie['fails']>[];

/** Exactly one kind per tie; `field` with a driver only (and required there); `fails` with drivers and events. */
function checkTieShape(tie: unknown): Finding[] {
	if (!isObject(tie)) return [];
	const kinds = TIE_KINDS.filter((kind) => tie[kind] !== undefined);
	if (kinds.length !== 1)
		return [
			{
				path: [],
				message:
					kinds.length === 0
						? `must name one setting: "driver" (with "field"), "event", "threshold" or "dynamics"`
						: `names ${kinds.join(' and ')}: a tie names one setting; list each in its own tie`
			}
		];
	const findings: Finding[] = [];
	if (kinds[0] === 'driver' && tie.field === undefined)
		findings.push({ path: ['field'], message: `is required with "driver": one of ${TIE_DRIVER_FIELDS.join(', ')}` });
	if (kinds[0] !== 'driver' && tie.field !== undefined)
		findings.push({ path: ['field'], message: `is only for a driver's tie (this one names ${kinds[0]})` });
	if ((kinds[0] === 'threshold' || kinds[0] === 'dynamics') && tie.fails !== undefined)
		findings.push({
			path: ['fails'],
			message: `is only for a driver's or an event's tie: the check moves drivers and events, not the model's ${kinds[0] === 'threshold' ? 'cut points' : 'unmodelled factors'}`
		});
	return findings;
}

function oneOf(values: readonly string[], what: string) {
	return {
		error: (issue: { input?: unknown }) =>
			`${issue.input === undefined ? 'is required' : `${JSON.stringify(issue.input)} is not allowed`}: one of ${values.join(', ')} (${what})`
	};
}

export const assumptionTieSchema = z
	.strictObject(
		{
			driver: idSchema.optional().describe('Id of a driver of the model.'),
			field: z
				.enum(TIE_DRIVER_FIELDS, oneOf(TIE_DRIVER_FIELDS, 'which of the driver’s settings'))
				.optional()
				.describe('With driver: the setting the assumption stands for (range: its low and high).'),
			event: idSchema.optional().describe('Id of an event of the model: the assumption stands for its probability.'),
			threshold: integerIn(0, 20)
				.optional()
				.describe('Index into the model’s thresholds: 0 is the cut between the first two outcomes.'),
			dynamics: z
				.enum(TIE_DYNAMICS, oneOf(TIE_DYNAMICS, 'which of the unmodelled factors'))
				.optional()
				.describe('One of the unmodelled factors (the scenario’s dynamics, else the model’s).'),
			fails: z
				.enum(TIE_FAILS, oneOf(TIE_FAILS, 'which way the setting would move if the assumption failed'))
				.optional()
				.describe(
					'Drivers and events: which way the setting would move if the assumption failed; the check shows the outcome at that end of the sensitivity range.'
				)
		},
		{ error: wrongTypeExpectation('an object naming one setting, such as {"event": "ukraine-ceasefire"}') }
	)
	.superRefine(...reportAll(checkTieShape)) satisfies z.ZodType<AssumptionTie>;

export const keyAssumptionSchema = z.strictObject(
	{
		id: idSchema,
		text: bilingualText('assumption').describe(
			'The assumption in words, in English and Arabic: analysis, not a restatement of the numbers.'
		),
		ties: z
			.array(assumptionTieSchema, { error: wrongTypeExpectation('a list of ties') })
			.min(1, { error: 'needs at least 1 tie: the setting the assumption stands for' })
			.max(12)
			.describe('The settings the assumption stands for.')
	},
	{ error: wrongTypeExpectation('an object {"id", "text", "ties"}') }
) satisfies z.ZodType<KeyAssumption>;

export const assumptionsSchema = z
	.array(keyAssumptionSchema, { error: wrongTypeExpectation('a list') })
	.max(40)
	.describe('Key assumptions in words, each tied to the settings it stands for (docs/model.md, Key assumptions).');

/** The tie's kind, for a tie that passed the schema. */
export function tieKind(tie: AssumptionTie): TieKind {
	return TIE_KINDS.find((kind) => tie[kind] !== undefined) ?? 'driver';
}

/** Exported for the checks: an untyped tie's kind, when it has exactly one. */
export function rawTieKind(tie: unknown): TieKind | undefined {
	const kinds = TIE_KINDS.filter((kind) => field(tie, kind) !== undefined);
	return kinds.length === 1 ? kinds[0] : undefined;
}
