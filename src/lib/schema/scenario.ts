// A scenario file: one set of analyst settings on a model. Rules that need the model itself
// (every driver and event present, no unknown ids) are in scenario-checks.ts.

import * as z from 'zod';
import type { ChartAnnotation, DriverSetting, EventSetting, NarrativeWrittenFor, ScenarioInput } from '../model/index';
import { bilingualText } from './bilingual-text';
import { reportAll, type Finding } from './findings';
import { expectation, wrongTypeExpectation } from './messages';
import { limitedString, TEXT_LIMITS, tooLong } from './limits';
import { dynamicsSchema } from './model-parts';
import { assumptionsSchema } from './assumptions';
import { idSchema, integerIn, numberIn } from './primitives';
import { signpostLogSchema } from './signposts';
import { analystEvidenceListSchema } from './analyst-evidence';
import { confidenceOverrideSchema } from './confidence-override';
import { field, isFiniteNumber, isObject } from './raw';
import type { Assert, SameFields } from './type-equality';

const anObject = { error: wrongTypeExpectation('an object') };

/** Exported so that CLI flags such as --seed are held to the same range and wording. */
export const seedSchema = integerIn(0, 4294967295).describe('Seed of the random draws.');
export const samplesSchema = integerIn(100, 200000).describe('Number of simulated paths.');

function checkRange(setting: unknown): Finding[] {
	const assessment = field(setting, 'assessment');
	const low = field(setting, 'low');
	const high = field(setting, 'high');
	if (!isFiniteNumber(assessment)) return [];
	const findings: Finding[] = [];
	if (isFiniteNumber(low) && low > assessment) {
		findings.push({ path: ['low'], message: `must be ≤ assessment (${assessment})` });
	}
	if (isFiniteNumber(high) && high < assessment) {
		findings.push({ path: ['high'], message: `must be ≥ assessment (${assessment})` });
	}
	return findings;
}

export const driverSettingSchema = z
	.strictObject(
		{
			weight: numberIn(0, 1).describe('How much the driver matters, in [0, 1]; only relative weights count.'),
			assessment: numberIn(-1, 1).describe('Where the driver stands now: -1 undermines, +1 reinforces.'),
			low: numberIn(-1, 1).describe('Low end of the uncertainty about the assessment; ≤ assessment.'),
			high: numberIn(-1, 1).describe('High end of the uncertainty about the assessment; ≥ assessment.'),
			trend: numberIn(-1, 1).describe('Drift of the assessment per year, in [-1, 1].')
		},
		anObject
	)
	.superRefine(...reportAll(checkRange)) satisfies z.ZodType<DriverSetting>;

export const eventSettingSchema = z.strictObject(
	{ probability: numberIn(0, 1).describe('Chance that the event happens, in [0, 1].') },
	anObject
) satisfies z.ZodType<EventSetting>;

/** A settings fingerprint per language (src/lib/narrative/fingerprint.ts makes them). */
const fingerprintsSchema = z.strictObject({ en: limitedString('fingerprint'), ar: limitedString('fingerprint') });
const writtenForSchema = z.strictObject({
	summary: fingerprintsSchema.optional(),
	notes: fingerprintsSchema.optional()
}) satisfies z.ZodType<NarrativeWrittenFor>;

/** Longest note on a chart (limits.ts). */
export const ANNOTATION_MAX_LENGTH = TEXT_LIMITS.annotation;
export const MAX_ANNOTATIONS = 20;

const annotationSchema = z.strictObject(
	{
		date: z
			.string()
			.regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'must be a month, YYYY-MM' })
			.describe('The month the note is at, YYYY-MM.'),
		text: z
			.string()
			.trim()
			.min(1)
			.max(ANNOTATION_MAX_LENGTH, tooLong('annotation'))
			.describe(`The note, at most ${ANNOTATION_MAX_LENGTH} characters.`)
	},
	anObject
) satisfies z.ZodType<ChartAnnotation>;

function checkSomeWeight(drivers: unknown): Finding[] {
	if (!isObject(drivers)) return [];
	const weights = Object.values(drivers).map((setting) => field(setting, 'weight'));
	// A malformed weight is reported on its own; whether it was meant to be positive is unknown.
	if (!weights.every(isFiniteNumber) || weights.some((w) => w > 0)) return [];
	return [{ path: [], message: 'at least one driver needs a weight above 0' }];
}

export const scenarioSchema = z.strictObject(
	{
		$schema: limitedString('schemaRef').optional().describe('Relative path of this file’s JSON Schema, for editors.'),
		format: z
			.literal([1, 2], { error: expectation('1 or 2, the file format version') })
			.describe('File format version, 1 or 2 (the model’s format says how its events are timed).'),
		id: idSchema.describe('The scenario’s id; also its file name without .json.'),
		model: idSchema.describe('Id of the model this scenario sets.'),
		title: bilingualText('title'),
		summary: bilingualText('summary'),
		seed: seedSchema,
		samples: samplesSchema,
		drivers: z
			.record(idSchema, driverSettingSchema, { error: wrongTypeExpectation('an object of driver id → settings') })
			.superRefine(...reportAll(checkSomeWeight))
			.describe('Settings of every driver of the model, by driver id.'),
		events: z
			.record(idSchema, eventSettingSchema, { error: wrongTypeExpectation('an object of event id → settings') })
			.describe('Probability of every event of the model, by event id.'),
		dynamics: dynamicsSchema
			.optional()
			.describe('The unmodelled factors of this scenario; when absent, the model’s dynamics apply.'),
		notes: z
			.union([limitedString('notes'), z.strictObject({ en: limitedString('notes'), ar: limitedString('notes') })])
			.optional()
			.describe(
				`The analyst’s notes: in both languages ({ "en", "ar" }, either may be empty, each at most ${TEXT_LIMITS.notes} characters), or one string (read as English).`
			),
		annotations: z
			.array(annotationSchema)
			.max(MAX_ANNOTATIONS)
			.optional()
			.describe('Notes on the time charts, each at a month; shown on the charts, slides and exports.'),
		assumptions: assumptionsSchema
			.optional()
			.describe(
				'The scenario’s key assumptions: new ones, or the model’s restated under the same id (docs/model.md, Key assumptions).'
			),
		signposts: signpostLogSchema.optional(),
		evidence: analystEvidenceListSchema.optional(),
		confidence: confidenceOverrideSchema.optional(),
		writtenFor: writtenForSchema
			.optional()
			.describe(
				'Fingerprints of the settings the summary and the notes were written for, per language; set by the app.'
			)
	},
	{ error: wrongTypeExpectation('an object holding the scenario') }
) satisfies z.ZodType<ScenarioInput>;

/** A scenario file as read: ScenarioInput plus the editor's `$schema`. */
export type ScenarioFile = z.infer<typeof scenarioSchema>;
export type DriverSettingFile = z.infer<typeof driverSettingSchema>;
export type EventSettingFile = z.infer<typeof eventSettingSchema>;

export type ScenarioSchemaMatchesEngine = Assert<SameFields<Omit<ScenarioFile, '$schema'>, ScenarioInput>>;
