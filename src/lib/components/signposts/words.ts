// The watch list's words: statuses and Admiralty grades in the interface language.

import type { EvidenceGrade } from '$lib/model';
import { m } from '$lib/paraglide/messages';
import type { IndicatorStatus } from '$lib/signposts';

export function statusText(status: IndicatorStatus): string {
	if (status === 'observed') return m.signpost_status_observed();
	if (status === 'emerging') return m.signpost_status_emerging();
	return m.signpost_status_not_seen();
}

export const RELIABILITY_TEXT: Record<EvidenceGrade['reliability'], () => string> = {
	A: m.signpost_reliability_A,
	B: m.signpost_reliability_B,
	C: m.signpost_reliability_C,
	D: m.signpost_reliability_D,
	E: m.signpost_reliability_E,
	F: m.signpost_reliability_F
};

export const CREDIBILITY_TEXT: Record<EvidenceGrade['credibility'], () => string> = {
	1: m.signpost_credibility_1,
	2: m.signpost_credibility_2,
	3: m.signpost_credibility_3,
	4: m.signpost_credibility_4,
	5: m.signpost_credibility_5,
	6: m.signpost_credibility_6
};

/**
 * Text kept in its own direction inside a sentence of the other (a signed number, a day, an
 * English source in Arabic): an isolate (LRI or FSI … PDI), which holds where a bare LRM was seen
 * to let the sign of "+0.20" drift after the digits in an Arabic line.
 */
export function isolated(text: string, direction: 'ltr' | 'auto' = 'ltr'): string {
	return `${direction === 'ltr' ? '\u2066' : '\u2068'}${text}\u2069`;
}

/** A day that never breaks across lines at its hyphens (non-breaking hyphens, U+2011). */
export function unbroken(day: string): string {
	return day.replaceAll('-', '\u2011');
}

/** "B2": the grade as analysts write it. */
export function gradeText(grade: EvidenceGrade): string {
	return `${grade.reliability}${grade.credibility}`;
}
