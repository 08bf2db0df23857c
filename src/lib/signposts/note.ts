// The note of the revision an observation makes: "Signpost: <label> — observed (2026-11-20)",
// in the language the analyst recorded it in.

import type { Indicator, Locale, SignpostObservation } from '$lib/model';
import type { SignpostStatus } from '$lib/schema/signposts';

const WORDS: Record<Locale, { signpost: string; status: Record<SignpostStatus, string> }> = {
	en: { signpost: 'Signpost', status: { emerging: 'emerging', observed: 'observed' } },
	ar: { signpost: 'مؤشر', status: { emerging: 'ناشئ', observed: 'مرصود' } }
};

export function signpostRevisionNote(
	indicator: Pick<Indicator, 'label'>,
	status: SignpostStatus,
	date: string,
	lang: Locale
): string {
	const words = WORDS[lang];
	return `${words.signpost}: ${indicator.label[lang]} — ${words.status[status]} (${date})`;
}

/**
 * Whether a revision with this note is the one the observation made: its number alone is not
 * enough, since a duplicated or imported scenario carries a log whose numbers are another's.
 */
export function madeByObservation(
	indicator: Pick<Indicator, 'label'>,
	observation: Pick<SignpostObservation, 'status' | 'date'>,
	note: string
): boolean {
	return (['en', 'ar'] as const).some(
		(lang) => note === signpostRevisionNote(indicator, observation.status, observation.date, lang)
	);
}
