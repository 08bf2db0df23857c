// The PNG buttons: a chart on white at 2× or 3×, downloaded or copied to the clipboard, with its
// provenance underneath (scenario and saved revision, model, seed, samples, date, app).

import { downloadBlob, renderChartPng, type AnyChartConfig } from '$lib/charts';
import type { ModelInput, ScenarioInput } from '$lib/model';
import { m } from '$lib/paraglide/messages';
import { tr } from '$lib/i18n/text';

export interface PngRequest {
	scale: 2 | 3;
	action: 'download' | 'copy';
	/** The saved revision the scenario comes from, and whether it was edited since. */
	revision?: { revision: number; edited: boolean };
}

const DEFAULT_REQUEST: PngRequest = { scale: 2, action: 'download' };

// ChartsGrid builds each button's handler as `() => exportChartPng(config, title, id, …)`, which
// has no room for the scale or the action the card's buttons choose. The card sets them here for
// the length of that synchronous call (browser only, never across requests), and
// `exportChartPng` reads them before its first await. Passing a request argument through
// ChartsGrid's handler would make this unnecessary.
let pending: PngRequest | null = null;

export function withPngRequest<T>(request: PngRequest, run: () => T): T {
	pending = request;
	try {
		return run();
	} finally {
		pending = null;
	}
}

function footerLines(title: string, scenario: ScenarioInput, model: ModelInput, request: PngRequest): string[] {
	const name = tr(scenario.title);
	const r = request.revision;
	const scenarioLine = r ? (r.edited ? m.brief_png_edited({ title: name, revision: r.revision }) : m.brief_png_revision({ title: name, revision: r.revision })) : name;
	return [
		`${title} — ${scenarioLine}`,
		`${m.footer_provenance({ model: model.id, scenario: scenario.id, seed: scenario.seed, samples: scenario.samples })} · ${new Date().toISOString().slice(0, 10)} · ${m.app_name()}`
	];
}

export async function exportChartPng(config: AnyChartConfig, title: string, id: string, scenario: ScenarioInput, model: ModelInput, request: PngRequest = pending ?? DEFAULT_REQUEST): Promise<void> {
	const rendering = renderChartPng(config, { width: 1000, height: 560, scale: request.scale, footer: footerLines(title, scenario, model, request) });
	if (request.action === 'copy') {
		// The clipboard accepts a promise of the image, so the write starts inside the click's
		// user activation although the picture is drawn after it.
		if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) throw new Error('no image clipboard in this browser');
		await navigator.clipboard.write([new ClipboardItem({ 'image/png': rendering })]);
		return;
	}
	const revision = request.revision ? `-r${request.revision.revision}` : '';
	downloadBlob(await rendering, `${model.id}-${scenario.id}${revision}-${id}@${request.scale}x.png`);
}
