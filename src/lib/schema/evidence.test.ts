import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EvidenceItem, ModelInput } from '../model/index';
import { CREDIBILITY_GRADES, EVIDENCE_DIRECTIONS, RELIABILITY_GRADES } from './evidence';
import { evidenceGaps } from './evidence-coverage';
import { parseModel } from './parse';
import { formatProblem } from './problem';
import { expectOneProblem, problemsOf } from './test-helpers';
import { tinyModel } from './test-fixtures';

const FILE = 'scenarios/tiny/model.json';
type Editable = Omit<ModelInput, 'evidence'> & { evidence: (EvidenceItem & Record<string, unknown>)[] };

function withEvidence(edit: (item: Editable['evidence'][number], model: Editable) => void) {
	const model = tinyModel() as Editable;
	edit(model.evidence[0], model);
	return parseModel(model, FILE);
}

describe('evidence: direction and grade', () => {
	it('accepts every grade on the Admiralty scale and every direction (property)', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...RELIABILITY_GRADES),
				fc.constantFrom(...CREDIBILITY_GRADES),
				fc.constantFrom(...EVIDENCE_DIRECTIONS),
				fc.constantFrom(...EVIDENCE_DIRECTIONS),
				(reliability, credibility, military, china) => {
					const result = withEvidence((item) => {
						item.grade = { reliability, credibility };
						item.direction = { military, china };
					});
					expect(result.ok).toBe(true);
					if (result.ok) expect(result.model.evidence[0].grade).toEqual({ reliability, credibility });
				}
			)
		);
	});

	it('accepts an item not yet graded or directed (the fields are optional)', () => {
		const result = withEvidence((item) => {
			delete item.grade;
			delete item.gradeReason;
			delete item.direction;
		});
		expect(result.ok).toBe(true);
		if (result.ok)
			expect(evidenceGaps(result.model)).toEqual({
				ungraded: ['ev-arms'],
				undirected: [{ evidence: 'ev-arms', drivers: ['military', 'china'] }]
			});
	});

	it('refuses any other reliability, naming the file, the field and the value (property)', () => {
		const notALetterGrade = fc
			.string({ maxLength: 3 })
			.filter((s) => !(RELIABILITY_GRADES as readonly string[]).includes(s));
		fc.assert(
			fc.property(notALetterGrade, (reliability) => {
				const result = withEvidence((item) => Object.assign(item, { grade: { reliability, credibility: 2 } }));
				expectOneProblem(
					result,
					FILE,
					'evidence[0].grade.reliability',
					`${JSON.stringify(reliability)} is not one of A–F (the source’s reliability)`
				);
			}),
			{ numRuns: 200 }
		);
	});

	it('refuses any other credibility, naming the file, the field and the value (property)', () => {
		const notADigitGrade = fc
			.oneof(fc.integer({ min: -100, max: 100 }), fc.double({ noNaN: true, noDefaultInfinity: true }))
			.filter((n) => !(CREDIBILITY_GRADES as readonly number[]).includes(n));
		fc.assert(
			fc.property(notADigitGrade, (credibility) => {
				const result = withEvidence((item) => Object.assign(item, { grade: { reliability: 'B', credibility } }));
				expectOneProblem(result, FILE, 'evidence[0].grade.credibility', `is not one of 1–6`);
			}),
			{ numRuns: 200 }
		);
	});

	it('refuses any other direction at the driver it names (property)', () => {
		const notADirection = fc
			.string({ maxLength: 12 })
			.filter((s) => !(EVIDENCE_DIRECTIONS as readonly string[]).includes(s));
		fc.assert(
			fc.property(notADirection, (direction) => {
				const result = withEvidence((item) =>
					Object.assign(item, { direction: { military: direction, china: 'raises' } })
				);
				expectOneProblem(
					result,
					FILE,
					'evidence[0].direction.military',
					`${JSON.stringify(direction)} is not one of raises, lowers, context`
				);
			}),
			{ numRuns: 200 }
		);
	});

	const cases: [string, (item: Editable['evidence'][number], model: Editable) => void, string, string][] = [
		[
			'a reliability written in lower case',
			(item) => Object.assign(item, { grade: { reliability: 'b', credibility: 2 } }),
			'evidence[0].grade.reliability',
			'"b" is not one of A–F'
		],
		[
			'a credibility written as text',
			(item) => Object.assign(item, { grade: { reliability: 'B', credibility: '2' } }),
			'evidence[0].grade.credibility',
			'"2" is not one of 1–6 (the information’s credibility, a whole number)'
		],
		[
			'a grade without its credibility',
			(item) => Object.assign(item, { grade: { reliability: 'B' } }),
			'evidence[0].grade.credibility',
			'is required: one of 1–6'
		],
		[
			'a grade written as one code',
			(item) => Object.assign(item, { grade: 'B2' }),
			'evidence[0].grade',
			'must be an object {"reliability": "A"–"F", "credibility": 1–6} (got the text "B2")'
		],
		[
			'an unknown field in a grade',
			(item) => Object.assign(item, { grade: { reliability: 'B', credibility: 2, confidence: 'high' } }),
			'evidence[0].grade.confidence',
			'unknown field'
		],
		[
			'a direction for a driver the item does not inform',
			(item) => (item.direction = { military: 'raises', china: 'context', trade: 'lowers' }),
			'evidence[0].direction.trade',
			'the item does not inform driver "trade" (its drivers: military, china)'
		],
		[
			'a direction for a driver that does not exist',
			(item) => (item.direction = { military: 'raises', ghost: 'lowers' }),
			'evidence[0].direction.ghost',
			'unknown driver "ghost"; known drivers: military, trade, china'
		],
		[
			'a direction keyed by something that is not an id',
			(item) => (item.direction = { military: 'raises', China: 'lowers' }),
			'evidence[0].direction.China',
			'is not a valid id'
		],
		[
			'directions written as a list',
			(item) => Object.assign(item, { direction: ['raises', 'context'] }),
			'evidence[0].direction',
			'must be an object of driver id → raises / lowers / context'
		],
		[
			'a grade without its reason',
			(item) => delete item.gradeReason,
			'evidence[0].gradeReason',
			'is required with a grade'
		],
		['a reason without a grade', (item) => delete item.grade, 'evidence[0].grade', 'is required with gradeReason'],
		[
			'a reason in one language only',
			(item) => Object.assign(item, { gradeReason: { en: 'Official' } }),
			'evidence[0].gradeReason.ar',
			'is required: the Arabic text'
		],
		[
			'an item naming a driver whose evidence does not list it',
			(item) => {
				item.drivers.push('trade');
				item.direction = { ...item.direction, trade: 'raises' };
			},
			'evidence[0].drivers[2]',
			'informs driver "trade", whose evidence does not list "ev-arms": add it to drivers[1].evidence'
		],
		[
			'a driver listing evidence that does not inform it',
			(_item, model) => model.drivers[1].evidence.push('ev-arms'),
			'drivers[1].evidence[0]',
			'evidence "ev-arms" does not inform this driver'
		]
	];

	it.each(cases)('refuses %s, naming the file and field', (_name, edit, path, words) => {
		expectOneProblem(
			withEvidence((item, model) => edit(item, model)),
			FILE,
			path,
			words
		);
	});

	it('reads as the brief asks: file, field path, the value and the allowed grades', () => {
		const result = withEvidence((item) => Object.assign(item, { grade: { reliability: 'G', credibility: 7 } }));
		expect(problemsOf(result).map(formatProblem)).toEqual([
			`${FILE}: evidence[0].grade.reliability: "G" is not one of A–F (the source’s reliability)`,
			`${FILE}: evidence[0].grade.credibility: 7 is not one of 1–6 (the information’s credibility, a whole number)`
		]);
	});
});
