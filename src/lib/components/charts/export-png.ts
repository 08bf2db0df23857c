// The PNG buttons: a chart on white at 2× or 3×, downloaded or copied to the clipboard, with its
// provenance underneath (scenario and saved revision, model, seed, samples, date, app).

import { renderChartPng, type AnyChartConfig } from '$lib/charts';
import { isoDate } from '$lib/format';
import type { ModelInput, ScenarioInput } from '$lib/model';
import { m } from '$lib/paraglide/messages';
import { tr } from '$lib/i18n/text';
import { exportFileName } from '$lib/export/file-name';
import { deliverPng, type PngRequest } from './png-output';

/** The saved revision the scenario comes from, and whether it was edited since. */
export type SavedRevision = { revision: number; edited: boolean };

function footerLines(title: string, scenario: ScenarioInput, model: ModelInput, revision?: SavedRevision): string[] {
	const name = tr(scenario.title);
	const r = revision;
	const scenarioLine = r
		? r.edited
			? m.brief_png_edited({ title: name, revision: r.revision })
			: m.brief_png_revision({ title: name, revision: r.revision })
		: name;
	return [
		`${title} — ${scenarioLine}`,
		// The scenario is named above by its title and revision, never by the id it is stored under.
		`${m.footer_provenance({ model: tr(model.title), seed: scenario.seed, samples: scenario.samples })} · ${isoDate(new Date())} · ${m.app_name()}`
	];
}

export function exportChartPng(
	config: AnyChartConfig,
	title: string,
	id: string,
	scenario: ScenarioInput,
	model: ModelInput,
	request: PngRequest,
	revision?: SavedRevision
): Promise<void> {
	const rendering = renderChartPng(config, {
		width: 1000,
		height: 560,
		scale: request.scale,
		footer: footerLines(title, scenario, model, revision)
	});
	return deliverPng(
		rendering,
		request,
		exportFileName(
			revision ? `${tr(scenario.title)} r${revision.revision}` : tr(scenario.title),
			isoDate(new Date()),
			'png',
			id
		)
	);
}
