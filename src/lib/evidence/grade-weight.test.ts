import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { EvidenceGrade } from '$lib/model';
import { CREDIBILITY_GRADES, RELIABILITY_GRADES } from '$lib/schema/evidence';
import { gradeClass, gradeWeight } from './grade-weight';

const grade = fc.record({
	reliability: fc.constantFrom(...RELIABILITY_GRADES),
	credibility: fc.constantFrom(...CREDIBILITY_GRADES)
}) as fc.Arbitrary<EvidenceGrade>;

describe('gradeWeight', () => {
	it('is reliability × credibility, 1 for A1, and an ungraded item counts as F6', () => {
		expect(gradeWeight({ reliability: 'A', credibility: 1 })).toBe(1);
		expect(gradeWeight({ reliability: 'B', credibility: 2 })).toBeCloseTo(0.64, 12);
		expect(gradeWeight({ reliability: 'C', credibility: 3 })).toBeCloseTo(0.36, 12);
		expect(gradeWeight(undefined)).toBe(gradeWeight({ reliability: 'F', credibility: 6 }));
		expect(gradeWeight(undefined)).toBeCloseTo(0.09, 12);
	});

	it('lies in (0, 1] and never grows as the source or the information gets worse, A–E and 1–5', () => {
		fc.assert(
			fc.property(grade, (g) => {
				const w = gradeWeight(g);
				expect(w).toBeGreaterThan(0);
				expect(w).toBeLessThanOrEqual(1);
				const r = RELIABILITY_GRADES.indexOf(g.reliability);
				if (r < 4) expect(gradeWeight({ ...g, reliability: RELIABILITY_GRADES[r + 1] })).toBeLessThanOrEqual(w);
				if (g.credibility < 5)
					expect(
						gradeWeight({ ...g, credibility: (g.credibility + 1) as EvidenceGrade['credibility'] })
					).toBeLessThanOrEqual(w);
			})
		);
	});
});

describe('gradeClass', () => {
	it('high for A–C with 1–2, medium for A–C with 3, low otherwise and when ungraded', () => {
		expect(gradeClass({ reliability: 'A', credibility: 1 })).toBe('high');
		expect(gradeClass({ reliability: 'C', credibility: 2 })).toBe('high');
		expect(gradeClass({ reliability: 'B', credibility: 3 })).toBe('medium');
		expect(gradeClass({ reliability: 'A', credibility: 4 })).toBe('low');
		expect(gradeClass({ reliability: 'D', credibility: 1 })).toBe('low');
		expect(gradeClass({ reliability: 'F', credibility: 1 })).toBe('low');
		expect(gradeClass(undefined)).toBe('low');
	});

	it('a high class never weighs less than a low one', () => {
		fc.assert(
			fc.property(grade, grade, (g, h) => {
				if (gradeClass(g) === 'high' && gradeClass(h) === 'low') expect(gradeWeight(g)).toBeGreaterThan(gradeWeight(h));
			})
		);
	});
});
