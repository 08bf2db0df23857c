// Save as starts from a title that names another scenario (the preset's, or "… (copy)"). An
// analyst who renames it in one language only would save, in the other, a title naming that
// other scenario: the dialog says which language is left and asks for its title.

import type { BilingualText, Locale } from '../model/index';

/** The language whose title was left as it was while the other's was rewritten; null if none. */
export function titleLeftBehind(initial: BilingualText, entered: BilingualText): Locale | null {
	const changed = (l: Locale) => entered[l].trim() !== initial[l].trim();
	if (changed('en') && !changed('ar')) return 'ar';
	if (changed('ar') && !changed('en')) return 'en';
	return null;
}
