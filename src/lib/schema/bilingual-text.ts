// Every text shown to people exists in English and Arabic; neither may be left blank, and each
// is bounded by the limit of its kind (limits.ts): a title is shorter than a summary.

import * as z from 'zod';
import type { BilingualText } from '../model/index';
import { TEXT_LIMITS, tooLong, type LimitedText } from './limits';
import { expectation, wrongTypeExpectation } from './messages';

function textIn(language: string, kind: LimitedText) {
	return z
		.string({ error: expectation(`the ${language} text`) })
		.regex(/\S/, { error: `the ${language} text must not be empty` })
		.max(TEXT_LIMITS[kind], tooLong(kind));
}

/** Text in both languages, each at most the limit of `kind`. */
export function bilingualText(kind: LimitedText) {
	return z
		.strictObject(
			{ en: textIn('English', kind), ar: textIn('Arabic', kind) },
			{ error: wrongTypeExpectation('an object with "en" (English) and "ar" (Arabic) texts') }
		)
		.describe(
			`Text in English (en) and Arabic (ar); both required, not blank, each at most ${TEXT_LIMITS[kind]} characters.`
		) satisfies z.ZodType<BilingualText>;
}

/** A title: the kind of bilingual text the API's rename accepts. */
export const bilingualTextSchema = bilingualText('title');

export type BilingualTextFile = z.infer<typeof bilingualTextSchema>;
