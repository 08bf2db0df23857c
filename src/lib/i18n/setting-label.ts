// How a setting is named to the analyst: "China's calculus — weight", "Ceasefire — probability".

import type { ModelInput, SettingRow } from '$lib/model';
import { m } from '$lib/paraglide/messages';
import { tr } from './text';

const FIELD_WORDS = {
	weight: () => m.field_weight(),
	assessment: () => m.field_assessment(),
	low: () => m.field_low(),
	high: () => m.field_high(),
	trend: () => m.field_trend(),
	probability: () => m.field_probability()
};

export function settingLabel(model: ModelInput, row: SettingRow): string {
	if (row.kind === 'run') return row.id === 'seed' ? m.field_seed() : m.field_samples();
	const owner =
		row.kind === 'driver'
			? model.drivers.find((d) => d.id === row.id)?.label
			: model.events.find((e) => e.id === row.id)?.label;
	return `${owner ? tr(owner) : row.id} — ${FIELD_WORDS[row.field]()}`;
}
