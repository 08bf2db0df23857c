// A list of names as the language joins them: "A, B and C" / "A وB وC".

import type { Locale } from '$lib/model';

const lists: Record<Locale, Intl.ListFormat> = {
	en: new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' }),
	ar: new Intl.ListFormat('ar', { style: 'long', type: 'conjunction' })
};

export function listText(items: readonly string[], locale: Locale): string {
	return lists[locale].format(items);
}
