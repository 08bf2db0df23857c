// The PNG button: a chart at 2× on white, with its provenance underneath.

import { downloadBlob, renderChartPng, type AnyChartConfig } from '$lib/charts';
import type { ModelInput, ScenarioInput } from '$lib/model';
import { m } from '$lib/paraglide/messages';
import { tr } from '$lib/i18n/text';

export async function exportChartPng(config: AnyChartConfig, title: string, id: string, scenario: ScenarioInput, model: ModelInput): Promise<void> {
	const footer = [
		`${title} — ${tr(scenario.title)}`,
		`${m.footer_provenance({ model: model.id, scenario: scenario.id, seed: scenario.seed, samples: scenario.samples })} · ${new Date().toISOString().slice(0, 10)} · ${m.app_name()}`
	];
	const blob = await renderChartPng(config, { width: 1000, height: 560, scale: 2, footer });
	downloadBlob(blob, `${model.id}-${scenario.id}-${id}.png`);
}
