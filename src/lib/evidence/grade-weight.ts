// How much one evidence item counts, from its Admiralty grade (docs/model.md#evidence-balance).
// The weight multiplies a factor for the source's reliability by one for the information's
// credibility, so a good source passing on speculation counts less than it passing on a confirmed
// fact. "Cannot be judged" (F, 6) sits near "not usually reliable" / "doubtful": nothing to go on.

import type { EvidenceGrade, EvidenceItem } from '$lib/model';

export const RELIABILITY_WEIGHT: Record<EvidenceGrade['reliability'], number> = {
	A: 1,
	B: 0.8,
	C: 0.6,
	D: 0.4,
	E: 0.1,
	F: 0.3
};

export const CREDIBILITY_WEIGHT: Record<EvidenceGrade['credibility'], number> = {
	1: 1,
	2: 0.8,
	3: 0.6,
	4: 0.3,
	5: 0.1,
	6: 0.3
};

/** An ungraded item counts as F6: there is nothing to judge it by. */
export const UNGRADED: EvidenceGrade = { reliability: 'F', credibility: 6 };

export function gradeWeight(grade: EvidenceGrade | undefined): number {
	const { reliability, credibility } = grade ?? UNGRADED;
	return RELIABILITY_WEIGHT[reliability] * CREDIBILITY_WEIGHT[credibility];
}

/**
 * high: a reliable source (A–C) with confirmed or probable information (1–2); low: an unreliable
 * or unjudged source (D–F), doubtful or unjudged information (4–6), or no grade; medium between
 * (A3, B3, C3: a reliable source's judgment that nothing yet confirms).
 */
export type GradeClass = 'high' | 'medium' | 'low';

export function gradeClass(grade: EvidenceGrade | undefined): GradeClass {
	if (!grade) return 'low';
	const reliableSource = grade.reliability === 'A' || grade.reliability === 'B' || grade.reliability === 'C';
	if (!reliableSource || grade.credibility >= 4) return 'low';
	return grade.credibility <= 2 ? 'high' : 'medium';
}

/** "B2", or "–" for an item not graded yet. */
export function gradeLabel(item: EvidenceItem): string {
	return item.grade ? `${item.grade.reliability}${item.grade.credibility}` : '–';
}
