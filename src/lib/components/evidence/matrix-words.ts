// The matrix's words for a lean, a direction and a flag, in the interface language.

import type { EvidenceDirection, EvidenceGrade } from '$lib/model';
import type { EvidenceFlag, Lean } from '$lib/evidence';
import { m } from '$lib/paraglide/messages';

export function leanWord(lean: Lean): string {
	switch (lean) {
		case 'raises':
			return m.evidence_lean_raises();
		case 'lowers':
			return m.evidence_lean_lowers();
		case 'mixed':
			return m.evidence_lean_mixed();
		case 'none':
			return m.evidence_lean_none();
	}
}

export function directionWord(direction: EvidenceDirection): string {
	switch (direction) {
		case 'raises':
			return m.evidence_dir_raises();
		case 'lowers':
			return m.evidence_dir_lowers();
		case 'context':
			return m.evidence_dir_context();
	}
}

/** Shape as well as colour tells the directions apart. */
export const DIRECTION_MARK: Record<EvidenceDirection, string> = { raises: '▲', lowers: '▼', context: '●' };

export function flagWord(flag: EvidenceFlag): string {
	switch (flag) {
		case 'no-evidence':
			return m.evidence_flag_no_evidence();
		case 'single-source':
			return m.evidence_flag_single_source();
		case 'against-evidence':
			return m.evidence_flag_against_evidence();
		case 'heavy-low-grade':
			return m.evidence_flag_heavy_low_grade();
	}
}

const RELIABILITY_WORDS: Record<EvidenceGrade['reliability'], () => string> = {
	A: m.evidence_rel_A,
	B: m.evidence_rel_B,
	C: m.evidence_rel_C,
	D: m.evidence_rel_D,
	E: m.evidence_rel_E,
	F: m.evidence_rel_F
};
const CREDIBILITY_WORDS: Record<EvidenceGrade['credibility'], () => string> = {
	1: m.evidence_cred_1,
	2: m.evidence_cred_2,
	3: m.evidence_cred_3,
	4: m.evidence_cred_4,
	5: m.evidence_cred_5,
	6: m.evidence_cred_6
};

/** "B — usually reliable", as the Admiralty scale words each grade. */
export function reliabilityWord(grade: EvidenceGrade['reliability']): string {
	return RELIABILITY_WORDS[grade]();
}

export function credibilityWord(grade: EvidenceGrade['credibility']): string {
	return CREDIBILITY_WORDS[grade]();
}
