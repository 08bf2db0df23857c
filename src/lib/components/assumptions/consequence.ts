// The consequence of a mark in words (docs/model.md, The key-assumptions check): the check's
// numbers from $lib/assumptions, written in the interface language.

import { assumptionSwing, tieLabel, type AssumptionMark } from '$lib/assumptions';
import { percentText, pointsText } from '$lib/format';
import type { KeyAssumption, Locale, ModelInput, Tornado } from '$lib/model';
import { m } from '$lib/paraglide/messages';

export function consequenceText(
	mark: AssumptionMark,
	assumption: KeyAssumption,
	model: ModelInput,
	tornado: Tornado,
	lang: Locale
): string | null {
	const swing = assumptionSwing(assumption, tornado);
	if (!swing) return null;
	const locale = { locale: lang };
	const base = percentText(swing.base);
	if (mark === 'holds') return m.assumptions_holds({ base }, locale);
	if (swing.swings.length === 0) return m.assumptions_no_swing({}, locale);
	const range = { low: percentText(swing.low), high: percentText(swing.high) };
	if (mark === 'shaky') return m.assumptions_shaky(range, locale);
	const failing = swing.failing;
	if (!failing || failing.failing === null) return m.assumptions_fails_undirected(range, locale);
	return m.assumptions_fails(
		{
			value: percentText(failing.failing),
			points: pointsText(failing.failing - swing.base, lang),
			setting: tieLabel(failing.tie, model, lang)
		},
		locale
	);
}

/** The ties the check cannot measure, named; null when it measures them all. */
export function unmeasuredText(
	assumption: KeyAssumption,
	model: ModelInput,
	tornado: Tornado,
	lang: Locale
): string | null {
	const swing = assumptionSwing(assumption, tornado);
	if (!swing || swing.unmeasured.length === 0) return null;
	return m.assumptions_unmeasured(
		{ settings: swing.unmeasured.map((tie) => tieLabel(tie, model, lang)).join('; ') },
		{ locale: lang }
	);
}
