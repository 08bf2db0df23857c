// Where a briefing's numbers come from, in one line that every slide, page, image and file
// carries: which scenario (preset, or saved id and revision, and whether it was edited since),
// model (by its title), seed, sample count, export date and the app. Language given explicitly, so a file can
// be written in the slide language whatever the page's.

import { countText, keepLtr } from '$lib/format';
import type { BilingualText, Locale } from '$lib/model';
import { m } from '$lib/paraglide/messages';

/** Where a scenario's settings come from, as the dashboard's link states it. */
export type BriefSource =
	{ kind: 'preset'; model: string; scenario: string } | { kind: 'saved'; id: string; revision: number };

export interface ProvenanceFacts {
	title: BilingualText;
	source: BriefSource;
	/** Settings differ from the preset or saved revision named. */
	edited: boolean;
	/** The model's title: the question it answers, named as the analyst reads it, not its folder. */
	model: BilingualText;
	seed: number;
	samples: number;
	/** Export date, `YYYY-MM-DD`. */
	date: string;
}

/**
 * "Baseline: the current course (preset)", "My case (saved, revision 3), with unsaved edits":
 * titles and revision numbers, never the ids the app stores them under.
 */
export function scenarioName(facts: Pick<ProvenanceFacts, 'title' | 'source' | 'edited'>, lang: Locale): string {
	const title = facts.title[lang];
	const named =
		facts.source.kind === 'saved'
			? m.brief_scenario_saved({ title, revision: facts.source.revision }, { locale: lang })
			: m.brief_scenario_preset({ title }, { locale: lang });
	return facts.edited ? m.brief_scenario_edited({ scenario: named }, { locale: lang }) : named;
}

export function provenanceLine(facts: ProvenanceFacts, lang: Locale): string {
	return m.brief_provenance(
		{
			scenario: scenarioName(facts, lang),
			model: facts.model[lang],
			seed: facts.seed,
			samples: countText(facts.samples),
			date: keepLtr(facts.date, lang)
		},
		{ locale: lang }
	);
}

export interface ComparedFacts {
	/** The scenario's title (and revision), as the comparison labels it; not its ref. */
	name: string;
	seed: number;
	samples: number;
}

export function compareProvenanceLine(
	model: BilingualText,
	scenarios: readonly ComparedFacts[],
	date: string,
	lang: Locale
): string {
	const entries = scenarios.map((s) =>
		m.brief_compare_entry({ name: s.name, seed: s.seed, samples: countText(s.samples) }, { locale: lang })
	);
	return m.brief_compare_provenance(
		{ model: model[lang], scenarios: entries.join(' · '), date: keepLtr(date, lang) },
		{ locale: lang }
	);
}
