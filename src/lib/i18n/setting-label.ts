// How a setting is named to the analyst: "China's calculus — weight", "Ceasefire — probability".

import type { Locale, ModelInput, SettingRow } from '$lib/model';
import { m } from '$lib/paraglide/messages';
import { uiLocale } from './text';

type In = { locale: Locale };
const FIELD_WORDS = {
	weight: (o: In) => m.field_weight({}, o),
	assessment: (o: In) => m.field_assessment({}, o),
	low: (o: In) => m.field_low({}, o),
	high: (o: In) => m.field_high({}, o),
	trend: (o: In) => m.field_trend({}, o),
	probability: (o: In) => m.field_probability({}, o)
};

/** `lang`: the page's language unless a file in another language is being written (PowerPoint). */
export function settingLabel(model: ModelInput, row: SettingRow, lang: Locale = uiLocale()): string {
	const o = { locale: lang };
	if (row.kind === 'run') return row.id === 'seed' ? m.field_seed({}, o) : m.field_samples({}, o);
	const owner =
		row.kind === 'driver'
			? model.drivers.find((d) => d.id === row.id)?.label
			: model.events.find((e) => e.id === row.id)?.label;
	return `${owner ? owner[lang] : row.id} — ${FIELD_WORDS[row.field](o)}`;
}
