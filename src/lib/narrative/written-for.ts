// Which settings a scenario's summary and notes were written for. Each text records, per
// language, the fingerprint of the settings on screen when it was written (or checked); when
// the settings move on, the app says the text was written for other settings instead of
// briefing stale words as if they described the numbers beside them.

import type { BilingualText, Locale, NarrativeWrittenFor, ScenarioInput } from '../model/index';
import { settingsFingerprint } from './fingerprint';

export type NarrativeText = 'summary' | 'notes';
const LOCALES: readonly Locale[] = ['en', 'ar'];

/** The notes in both languages; a plain string (older files) counts as English notes. */
export function bilingualNotes(scenario: Pick<ScenarioInput, 'notes'>): BilingualText {
	const notes = scenario.notes;
	if (notes === undefined) return { en: '', ar: '' };
	return typeof notes === 'string' ? { en: notes, ar: '' } : notes;
}

function both(fingerprint: string): Record<Locale, string> {
	return { en: fingerprint, ar: fingerprint };
}

/**
 * `scenario` with a fingerprint for every text that has none, taken from `writtenFor` — a text
 * whose settings are known (the preset it was copied from) — or else from its own settings.
 */
export function withWrittenFor(scenario: ScenarioInput, writtenFor?: NarrativeWrittenFor): ScenarioInput {
	const own = settingsFingerprint(scenario);
	const current = scenario.writtenFor ?? {};
	const summary = current.summary ?? writtenFor?.summary ?? both(own);
	const notes = scenario.notes === undefined ? undefined : (current.notes ?? writtenFor?.notes ?? both(own));
	if (current.summary === summary && current.notes === notes) return scenario;
	return { ...scenario, writtenFor: notes ? { summary, notes } : { summary } };
}

/**
 * For a scenario saved before texts recorded their settings: a summary still word for word a
 * preset's was written for that preset's settings (a copy of the baseline briefs the baseline's
 * words), so it takes the preset's fingerprints; otherwise nothing is presumed.
 */
export function presumedWrittenFor(scenario: ScenarioInput, presets: readonly ScenarioInput[]): ScenarioInput {
	if (scenario.writtenFor?.summary) return scenario;
	if (presets.includes(scenario)) return withWrittenFor(scenario);
	const same = (a: BilingualText, b: BilingualText) => a.en === b.en && a.ar === b.ar;
	const origin = presets.find((p) => same(p.summary, scenario.summary));
	if (!origin) return withWrittenFor(scenario);
	const originStamps = withWrittenFor(origin).writtenFor;
	const sameNotes = JSON.stringify(origin.notes) === JSON.stringify(scenario.notes);
	return withWrittenFor(scenario, {
		summary: originStamps?.summary,
		notes: sameNotes ? originStamps?.notes : undefined
	});
}

/** The text in `locale` was written for settings other than the scenario's own (false when unknown). */
export function writtenForOtherSettings(scenario: ScenarioInput, text: NarrativeText, locale: Locale): boolean {
	const stamp = scenario.writtenFor?.[text]?.[locale];
	return stamp !== undefined && stamp !== settingsFingerprint(scenario);
}

export interface NarrativeChange {
	title?: BilingualText;
	summary?: BilingualText;
	notes?: BilingualText;
}

/**
 * `scenario` with new texts; each language whose text changed is stamped as written for the
 * current settings, the other keeps its stamp (an English summary rewritten for new settings
 * leaves the Arabic one marked as written for the old ones).
 */
export function withNarrative(scenario: ScenarioInput, change: NarrativeChange): ScenarioInput {
	const stamped = withWrittenFor(scenario);
	const now = settingsFingerprint(scenario);
	const writtenFor: NarrativeWrittenFor = { ...stamped.writtenFor };
	const next: ScenarioInput = { ...stamped };
	if (change.title) next.title = change.title;
	for (const text of ['summary', 'notes'] as const) {
		const wanted = change[text];
		if (!wanted) continue;
		const before = text === 'summary' ? scenario.summary : bilingualNotes(scenario);
		const stamps = writtenFor[text] ?? both(now);
		writtenFor[text] = Object.fromEntries(LOCALES.map((l) => [l, wanted[l] === before[l] ? stamps[l] : now])) as Record<
			Locale,
			string
		>;
		if (text === 'summary') next.summary = wanted;
		else next.notes = wanted;
	}
	if (next.notes !== undefined && !bilingualNotes(next).en && !bilingualNotes(next).ar) {
		delete next.notes;
		delete writtenFor.notes;
	}
	next.writtenFor = writtenFor;
	return next;
}

/** The analyst has read the text in `locale` again and it holds for the current settings. */
export function withTextChecked(scenario: ScenarioInput, text: NarrativeText, locale: Locale): ScenarioInput {
	const stamped = withWrittenFor(scenario);
	const stamps = stamped.writtenFor?.[text];
	if (!stamps) return stamped;
	const writtenFor = { ...stamped.writtenFor, [text]: { ...stamps, [locale]: settingsFingerprint(scenario) } };
	return { ...stamped, writtenFor };
}

/**
 * Save as from a preset: the preset's notes describe the preset (how it differs from the
 * baseline, its sources), not the new scenario, so a copy whose notes are still the preset's
 * leaves them out; notes the analyst wrote stay.
 */
export function withoutInheritedNotes(scenario: ScenarioInput, preset: ScenarioInput): ScenarioInput {
	if (scenario.notes === undefined || JSON.stringify(scenario.notes) !== JSON.stringify(preset.notes)) return scenario;
	const { notes: _notes, writtenFor, ...rest } = scenario;
	return writtenFor?.summary ? { ...rest, writtenFor: { summary: writtenFor.summary } } : rest;
}
