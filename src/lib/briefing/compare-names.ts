// How a comparison's slides name its scenarios, in the slide language given (a file is written
// in its own language whatever the page's): by title and revision number, never by the ref the
// app stores them under ("saved:r85hcbhipy@3").

import type { ComparedScenario } from '$lib/compare/types';
import type { Locale } from '$lib/model';
import { m } from '$lib/paraglide/messages';

type Named = Pick<ComparedScenario, 'title' | 'revision'>;

/** The column label, as the Compare page writes it: "Baseline", "My case r3". */
export function comparedLabel(s: Named, lang: Locale): string {
	const title = s.title[lang];
	return s.revision === null ? title : m.compare_label_revision({ title, revision: s.revision }, { locale: lang });
}

/** In full, for the title slide: "Baseline (preset)", "My case (saved, revision 3)". */
export function comparedName(s: Named, lang: Locale): string {
	const title = s.title[lang];
	return s.revision === null
		? m.brief_scenario_preset({ title }, { locale: lang })
		: m.brief_scenario_saved({ title, revision: s.revision }, { locale: lang });
}
