// An evidence item: a quote, who it comes from, the drivers it informs, which way it pushes each
// (direction) and how far it can be trusted (grade, on the NATO Admiralty scale, with the reason).
// Direction and grade are optional, so that a new question can start ungraded; `validate` warns
// of what is missing (evidence-coverage.ts). Which drivers a direction may name, and the drivers'
// lists of their evidence, are checked with the whole model (evidence-checks.ts).

import * as z from 'zod';
import type { EvidenceDirection, EvidenceGrade, EvidenceItem } from '../model/index';
import { bilingualText } from './bilingual-text';
import { show, wrongTypeExpectation } from './messages';
import { idSchema } from './primitives';

export const EVIDENCE_DIRECTIONS = ['raises', 'lowers', 'context'] as const satisfies readonly EvidenceDirection[];
export const RELIABILITY_GRADES = [
	'A',
	'B',
	'C',
	'D',
	'E',
	'F'
] as const satisfies readonly EvidenceGrade['reliability'][];
export const CREDIBILITY_GRADES = [1, 2, 3, 4, 5, 6] as const satisfies readonly EvidenceGrade['credibility'][];

/** What each grade means, as the Admiralty scale words it (docs/model.md, Evidence). */
export const RELIABILITY_MEANINGS: Record<EvidenceGrade['reliability'], string> = {
	A: 'completely reliable',
	B: 'usually reliable',
	C: 'fairly reliable',
	D: 'not usually reliable',
	E: 'unreliable',
	F: 'reliability cannot be judged'
};
export const CREDIBILITY_MEANINGS: Record<EvidenceGrade['credibility'], string> = {
	1: 'confirmed by other sources',
	2: 'probably true',
	3: 'possibly true',
	4: 'doubtful',
	5: 'improbable',
	6: 'truth cannot be judged'
};

/** `"G" is not one of A–F (what the field is)`: the value as written, then the allowed ones. */
function oneOf(allowed: string, what: string) {
	return (issue: { input?: unknown }): string => {
		const { input } = issue;
		if (input === undefined) return `is required: one of ${allowed}, ${what}`;
		const written = typeof input === 'string' || typeof input === 'number' ? JSON.stringify(input) : show(input);
		return `${written} is not one of ${allowed} (${what})`;
	};
}

const allowedDirections = EVIDENCE_DIRECTIONS.join(', ');

export const evidenceDirectionSchema = z
	.enum(EVIDENCE_DIRECTIONS, {
		error: oneOf(allowedDirections, 'which way the item pushes the driver’s value')
	})
	.describe(
		'raises: pushes the driver’s value toward +1; lowers: toward −1; context: bears on the driver without pushing it either way.'
	) satisfies z.ZodType<EvidenceDirection>;

export const evidenceGradeSchema = z
	.strictObject(
		{
			reliability: z
				.enum(RELIABILITY_GRADES, { error: oneOf('A–F', 'the source’s reliability') })
				.describe(
					`Reliability of the source: ${RELIABILITY_GRADES.map((g) => `${g} ${RELIABILITY_MEANINGS[g]}`).join('; ')}.`
				),
			credibility: z
				.literal(CREDIBILITY_GRADES, { error: oneOf('1–6', 'the information’s credibility, a whole number') })
				.describe(
					`Credibility of the information: ${CREDIBILITY_GRADES.map((g) => `${g} ${CREDIBILITY_MEANINGS[g]}`).join('; ')}.`
				)
		},
		{ error: wrongTypeExpectation('an object {"reliability": "A"–"F", "credibility": 1–6}') }
	)
	.describe(
		'Grade on the NATO Admiralty scale: the source’s reliability (A–F) and the information’s credibility (1–6), judged apart.'
	) satisfies z.ZodType<EvidenceGrade>;

export const evidenceSchema = z.strictObject(
	{
		id: idSchema,
		quote: bilingualText('quote'),
		attribution: bilingualText('attribution'),
		drivers: z
			.array(idSchema, { error: wrongTypeExpectation('a list of ids') })
			.describe(
				'Ids of the drivers this evidence informs. The source of truth: each listed driver’s evidence must list this item, and no other driver’s may.'
			),
		direction: z
			.record(idSchema, evidenceDirectionSchema, {
				error: wrongTypeExpectation(`an object of driver id → ${EVIDENCE_DIRECTIONS.join(' / ')}`)
			})
			.optional()
			.describe(
				`Which way the item pushes each driver it informs, by driver id (${allowedDirections}); only drivers listed in drivers. Optional: validate warns while a listed driver has none.`
			),
		grade: evidenceGradeSchema.optional(),
		gradeReason: bilingualText('gradeReason')
			.optional()
			.describe('Why the grade is what it is, in one line, in English and Arabic; given together with grade.')
	},
	{ error: wrongTypeExpectation('an object') }
) satisfies z.ZodType<EvidenceItem>;
