// The PNG buttons of a comparison chart: the chart at 2× or 3× on white, with every compared
// scenario's name (title and revision, never the ref it is stored under), seed and the paths its
// numbers ran on underneath, so an exported image says what it compares.

import { renderChartPng, type AnyChartConfig } from '$lib/charts';
import { deliverPng, type PngRequest } from '$lib/components/charts/png-output';
import type { ComparedScenario } from '$lib/compare/types';
import { exportFileName, versusTitle } from '$lib/export/file-name';
import { isoDate } from '$lib/format';
import type { ModelInput } from '$lib/model';
import { comparedLabel, comparedName } from '$lib/briefing/compare-names';
import { uiLocale } from '$lib/i18n/text';
import { m } from '$lib/paraglide/messages';

export function exportComparePng(
	config: AnyChartConfig,
	title: string,
	id: string,
	scenarios: ComparedScenario[],
	model: ModelInput,
	request: PngRequest
): Promise<void> {
	const lang = uiLocale();
	const refs = scenarios
		.map((s) => `${comparedName(s, lang)} (${s.scenario.seed}, ${s.projection.samples})`)
		.join(' · ');
	const footer = [title, m.compare_footer({ model: model.title[lang], refs, date: isoDate(new Date()) })];
	return deliverPng(
		renderChartPng(config, { width: 1000, height: 560, scale: request.scale, footer }),
		request,
		exportFileName(
			versusTitle(
				scenarios.map((s) => comparedLabel(s, lang)),
				lang
			),
			isoDate(new Date()),
			'png',
			id
		)
	);
}
