// Small evidence fixtures for this folder's tests: drivers a, b, c and items built in one line.

import type { DriverDef, EvidenceDirection, EvidenceGrade, EvidenceItem, ModelInput, ScenarioInput } from '$lib/model';

export const DRIVER_IDS = ['a', 'b', 'c'] as const;

function driver(id: string): DriverDef {
	return {
		id,
		group: 'g',
		label: { en: `Driver ${id}`, ar: `العامل ${id}` },
		description: { en: '', ar: '' },
		evidence: []
	};
}

/** `grade` like "B2"; `source` is the attribution's first clause. */
export function item(
	id: string,
	direction: Record<string, EvidenceDirection>,
	grade?: string,
	source = `Source of ${id}`
): EvidenceItem {
	const parsed: EvidenceGrade | undefined = grade
		? {
				reliability: grade[0] as EvidenceGrade['reliability'],
				credibility: Number(grade[1]) as EvidenceGrade['credibility']
			}
		: undefined;
	return {
		id,
		quote: { en: id, ar: id },
		attribution: { en: `${source}, as reported`, ar: source },
		drivers: Object.keys(direction),
		direction,
		...(parsed ? { grade: parsed, gradeReason: { en: 'why', ar: 'لماذا' } } : {})
	};
}

export function modelWith(evidence: EvidenceItem[]): Pick<ModelInput, 'evidence' | 'drivers'> {
	return { drivers: DRIVER_IDS.map(driver), evidence };
}

/** Assessments by driver (0 when not given); every weight 1. */
export function scenarioWith(assessments: Partial<Record<string, number>> = {}): Pick<ScenarioInput, 'drivers'> {
	const setting = (a: number) => ({ weight: 1, assessment: a, low: Math.min(a, 0), high: Math.max(a, 0), trend: 0 });
	return { drivers: Object.fromEntries(DRIVER_IDS.map((id) => [id, setting(assessments[id] ?? 0)])) };
}
