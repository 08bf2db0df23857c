// Every text shown to people exists in English and Arabic; neither may be left blank.

import * as z from 'zod';
import type { BilingualText } from '../model/index';
import { expectation, wrongTypeExpectation } from './messages';

function textIn(language: string) {
	return z
		.string({ error: expectation(`the ${language} text`) })
		.regex(/\S/, { error: `the ${language} text must not be empty` });
}

export const bilingualTextSchema = z
	.strictObject(
		{ en: textIn('English'), ar: textIn('Arabic') },
		{ error: wrongTypeExpectation('an object with "en" (English) and "ar" (Arabic) texts') }
	)
	.describe('Text in English (en) and Arabic (ar); both required and not blank.') satisfies z.ZodType<BilingualText>;

export type BilingualTextFile = z.infer<typeof bilingualTextSchema>;
