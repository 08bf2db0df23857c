// The one line under "What the outcome depends on": which source is largest, and what that says
// about how much the analyst's inputs (ranges and events) drive the outcome. Shared by the slide,
// the PowerPoint file and Compare, so all three read a decomposition the same way.

import { percentText } from '$lib/format';
import type { Locale, Uncertainty } from '$lib/model';
import { m } from '$lib/paraglide/messages';

/** At or above this share, one side (the inputs, or the unmodelled factors) drives the outcome. */
export const DRIVES = 0.6;

type Source = 'ranges' | 'events' | 'unmodelled';
const SOURCES: readonly Source[] = ['ranges', 'events', 'unmodelled'];

const SOURCE_NAMES: Record<Source, (locale: Locale) => string> = {
	ranges: (locale) => m.source_ranges({}, { locale }),
	events: (locale) => m.source_events({}, { locale }),
	unmodelled: (locale) => m.source_unmodelled({}, { locale })
};

/** The analyst's part: the ranges and the events together. */
export function inputsShare(u: Uncertainty): number {
	return u.ranges + u.events;
}

/** Which side drives the outcome: the inputs, chance (the unmodelled factors), neither, or nothing varies. */
export function uncertaintyVerdict(u: Uncertainty): 'inputs' | 'chance' | 'mixed' | 'none' {
	if (!(u.variance > 0)) return 'none';
	if (inputsShare(u) >= DRIVES) return 'inputs';
	if (u.unmodelled >= DRIVES) return 'chance';
	return 'mixed';
}

export function uncertaintyReading(u: Uncertainty, locale: Locale): string {
	const verdict = uncertaintyVerdict(u);
	if (verdict === 'none') return m.brief_uncertainty_none({}, { locale });
	// The interaction is what the sources leave over together, not a source of its own.
	const largest = SOURCES.reduce((best, s) => (u[s] > u[best] ? s : best), SOURCES[0]);
	const parts = {
		source: SOURCE_NAMES[largest](locale),
		value: percentText(u[largest]),
		inputs: percentText(inputsShare(u)),
		unmodelled: percentText(u.unmodelled)
	};
	if (verdict === 'inputs') return m.brief_uncertainty_inputs(parts, { locale });
	if (verdict === 'chance') return m.brief_uncertainty_chance(parts, { locale });
	return m.brief_uncertainty_mixed(parts, { locale });
}
