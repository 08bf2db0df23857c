// What the title slide says of the scenario besides its title — the same in the presentation,
// the PDF (printed from it) and the PowerPoint: its summary with its own numbers, a notice when
// the summary was written for other settings, what changed in the revision briefed, and the
// analyst's notes for the speaker.

import type { Locale, ScenarioInput } from '$lib/model';
import { fillSummary } from '$lib/narrative/summary';
import { bilingualNotes, writtenForOtherSettings } from '$lib/narrative/written-for';
import { m } from '$lib/paraglide/messages';
import type { BriefSource } from './provenance';

export interface TitleNarrative {
	/** The summary, its `{event:ID}` templates filled from the scenario's own settings. */
	summary: string;
	/** "Written for other settings: …" when the summary's words were written for others; else null. */
	summaryNotice: string | null;
	/** "What changed in revision 3: …", from the saved revision's note; null when there is none. */
	whatChanged: string | null;
	/** For the speaker: what changed and the analyst's notes, one paragraph each ("" when neither). */
	speakerNotes: string;
}

export interface TitleNarrativeInput {
	scenario: ScenarioInput;
	source: BriefSource;
	/** The note saved with the revision briefed; null or "" when none. */
	revisionNote?: string | null;
}

export function titleNarrative({ scenario, source, revisionNote }: TitleNarrativeInput, lang: Locale): TitleNarrative {
	const note = revisionNote?.trim();
	const whatChanged =
		source.kind === 'saved' && note
			? m.brief_what_changed({ revision: source.revision, note }, { locale: lang })
			: null;
	const notes = bilingualNotes(scenario)[lang].trim();
	const notesPart = notes
		? `${m.brief_notes_heading({}, { locale: lang })}${writtenForOtherSettings(scenario, 'notes', lang) ? ` ${m.brief_notes_stale({}, { locale: lang })}` : ''}: ${notes}`
		: '';
	return {
		summary: fillSummary(scenario.summary, scenario, lang),
		summaryNotice: writtenForOtherSettings(scenario, 'summary', lang)
			? m.brief_summary_stale({}, { locale: lang })
			: null,
		whatChanged,
		speakerNotes: [whatChanged ?? '', notesPart].filter(Boolean).join('\n\n')
	};
}
