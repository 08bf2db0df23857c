// The matrix's words for a lean, a direction and a flag, in the interface language.

import type { EvidenceDirection } from '$lib/model';
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
