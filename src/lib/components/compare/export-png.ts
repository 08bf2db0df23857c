// The PNG button of a comparison chart: the chart at 2× on white, with every compared scenario's
// ref, seed and sample count underneath, so an exported image says what it compares.

import { downloadBlob, renderChartPng, type AnyChartConfig } from '$lib/charts';
import type { ComparedScenario } from '$lib/compare/types';
import type { ModelInput } from '$lib/model';
import { m } from '$lib/paraglide/messages';

export async function exportComparePng(config: AnyChartConfig, title: string, id: string, scenarios: ComparedScenario[], model: ModelInput): Promise<void> {
	const refs = scenarios.map((s) => `${s.ref} (${s.scenario.seed}, ${s.scenario.samples})`).join(' · ');
	const footer = [title, m.compare_footer({ model: model.id, refs, date: new Date().toISOString().slice(0, 10) })];
	const blob = await renderChartPng(config, { width: 1000, height: 560, scale: 2, footer });
	downloadBlob(blob, `${model.id}-compare-${id}.png`);
}
