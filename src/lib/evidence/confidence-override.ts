// The analyst's confidence over the derived one (the scenario file's `confidence`): said with the
// derived level and its reason beside it, so a reader sees both — "Moderate confidence (analyst's
// judgment; derived: low confidence — …): <the analyst's reason>" (docs/model.md#the-analysts-confidence).

import type { BilingualText, ConfidenceOverride, Locale } from '$lib/model';
import type { AnalyticConfidence } from './confidence';
import { CONFIDENCE_WORDS } from './confidence-text';

/** Text an analyst wrote in one language only is shown in that language to every reader. */
export function eitherLanguage(text: BilingualText, lang: Locale): string {
	const other: Locale = lang === 'en' ? 'ar' : 'en';
	return /\S/u.test(text[lang]) ? text[lang] : text[other];
}

const lower = (text: string) => text.charAt(0).toLocaleLowerCase('en') + text.slice(1);

/** "(analyst's judgment; derived: low confidence — …): reason", in both languages. */
export function overrideBecause(override: ConfidenceOverride, derived: AnalyticConfidence): BilingualText {
	const en = eitherLanguage(override.reason, 'en');
	const ar = eitherLanguage(override.reason, 'ar');
	return {
		en: `(analyst’s judgment; derived: ${lower(CONFIDENCE_WORDS[derived.level].en)} — ${derived.because.en}): ${en}`,
		ar: `(تقدير المحلل؛ المستنتَجة من الأدلة: ${CONFIDENCE_WORDS[derived.level].ar} — ${derived.because.ar}): ${ar}`
	};
}

export function overrideText(override: ConfidenceOverride, derived: AnalyticConfidence): BilingualText {
	const because = overrideBecause(override, derived);
	return {
		en: `${CONFIDENCE_WORDS[override.level].en} ${because.en}`,
		ar: `${CONFIDENCE_WORDS[override.level].ar} ${because.ar}`
	};
}
