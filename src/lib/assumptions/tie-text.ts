// Ties and their values in words, in either language: "The war's demand for troops and shells:
// assessment: +0.70 (baseline +0.50)". One writer for the dialog, the slides and PowerPoint.

import { numberText, percentText } from '$lib/format';
import type { AssumptionTie, Locale, ModelInput } from '$lib/model';
import { m } from '$lib/paraglide/messages';
import { tieKind } from '$lib/schema/assumptions';
import type { TiedValue, TieSetting } from './tied-values';

/** What a tie names: "The war's demand for troops and shells: assessment". */
export function tieLabel(tie: AssumptionTie, model: ModelInput, lang: Locale): string {
	const locale = { locale: lang };
	const kind = tieKind(tie);
	if (kind === 'event') {
		const event = model.events.find((e) => e.id === tie.event);
		return m.assumptions_event_tie({ event: event?.label[lang] ?? tie.event ?? '' }, locale);
	}
	if (kind === 'threshold') {
		const i = tie.threshold ?? 0;
		return m.assumptions_threshold_tie(
			{ below: model.outcomes[i]?.label[lang] ?? '', above: model.outcomes[i + 1]?.label[lang] ?? '' },
			locale
		);
	}
	if (kind === 'dynamics')
		return tie.dynamics === 'persistence'
			? m.assumptions_dynamics_persistence({}, locale)
			: m.assumptions_dynamics_volatility({}, locale);
	const driver = model.drivers.find((d) => d.id === tie.driver);
	const fields = {
		weight: m.assumptions_field_weight,
		assessment: m.assumptions_field_assessment,
		range: m.assumptions_field_range,
		trend: m.assumptions_field_trend
	};
	return m.assumptions_driver_tie(
		{ driver: driver?.label[lang] ?? tie.driver ?? '', field: fields[tie.field ?? 'assessment']({}, locale) },
		locale
	);
}

/** A value as the settings panels write it: probabilities in percent, signed where a sign means something. */
export function settingText(tie: AssumptionTie, value: TieSetting | undefined, lang: Locale): string {
	if (value === undefined) return m.assumptions_missing({}, { locale: lang });
	if (typeof value !== 'number') return `${numberText(value.low, lang, true)} … ${numberText(value.high, lang, true)}`;
	const kind = tieKind(tie);
	if (kind === 'event') return percentText(value);
	const signed = kind === 'threshold' || (kind === 'driver' && tie.field !== 'weight');
	return numberText(value, lang, signed);
}

/** "label: value", with the reference's value in brackets where they differ. */
export function tiedValueText(tied: TiedValue, model: ModelInput, lang: Locale): string {
	const locale = { locale: lang };
	const setting = tieLabel(tied.tie, model, lang);
	const value = settingText(tied.tie, tied.value, lang);
	if (!tied.differs) return m.assumptions_value({ setting, value }, locale);
	const reference = settingText(tied.tie, tied.reference, lang);
	return tied.referenceKind === 'model'
		? m.assumptions_value_differs_model({ setting, value, reference }, locale)
		: m.assumptions_value_differs_baseline({ setting, value, reference }, locale);
}
