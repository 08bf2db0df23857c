// The note of the revision an observation makes: "Signpost: <label> — observed (2026-11-20)",
// in the language the analyst recorded it in.

import type { Indicator, Locale } from '$lib/model';
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
