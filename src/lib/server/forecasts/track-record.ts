// The record read back and scored: the forecasts (filled first, see fill.ts), the resolutions,
// each question's outcomes with their resolution criteria, the scores per scenario and per analyst
// beside the baseline preset and the uniform forecast, and the reliability bins.

import {
	analystKey,
	binaryForecasts,
	calibrationBins,
	groupForecasts,
	scoreForecasts,
	summarize,
	summarizeBy,
	yearEndTargets,
	endOfMonth,
	type ForecastRow,
	type QuestionInfo,
	type QuestionRecord,
	type Resolution,
	type ScoredForecast,
	type TrackRecord
} from '$lib/forecast';
import { resolutionCriteria } from '$lib/assumptions';
import type { ModelInput } from '$lib/model';
import { getDatabase } from '$lib/server/db/app-database';
import { presetLibrary, type PresetLibrary } from '$lib/server/presets';
import { isReadOnly } from '$lib/server/read-only';
import { baselineForecasts } from './compute-forecasts';
import { fillForecasts, pendingRevisionCount } from './fill';

/** A year-end can be resolved once it is over (and only once). */
export function resolvable(date: string, resolutions: readonly Resolution[], modelId: string, now = Date.now()) {
	return endOfMonth(date) <= now && !resolutions.some((r) => r.modelId === modelId && r.date === date);
}

function questionRecord(model: ModelInput, resolutions: readonly Resolution[], now: number): QuestionRecord {
	const own = resolutions.filter((r) => r.modelId === model.id);
	const criteria = new Map(resolutionCriteria(model).map((c) => [c.outcome, c.resolution]));
	return {
		modelId: model.id,
		title: model.title,
		outcomes: model.outcomes.map((o) => ({
			id: o.id,
			label: o.label,
			color: o.color ?? null,
			resolution: criteria.get(o.id) ?? null
		})),
		dates: yearEndTargets(model).map(({ target }) => ({
			date: target,
			resolvable: resolvable(target, own, model.id, now)
		})),
		resolutions: own
	};
}

export interface ScoredRecord {
	library: PresetLibrary;
	forecasts: ForecastRow[];
	resolutions: Resolution[];
	scored: ScoredForecast[];
}

/**
 * How long a read of the record waits for missing forecasts. A database upgraded with thousands of
 * revisions has thousands of simulations to run: the fill goes on in the background, and the
 * record is scored as it stands, saying how many revisions are still to come (`pendingCount`).
 */
export const FILL_WAIT_MS = 3000;

/**
 * A read-only deployment shows nothing of a scenario in the trash to its anonymous visitors
 * (read-only-store.ts): not its title, probabilities or author here either. Elsewhere the record
 * keeps them, as a viewer may open a trashed scenario.
 */
async function shownForecasts(forecasts: ForecastRow[]): Promise<ForecastRow[]> {
	if (!isReadOnly()) return forecasts;
	const trashed = new Set((await getDatabase().forecasts.titles()).filter((t) => t.trashed).map((t) => t.id));
	return trashed.size === 0 ? forecasts : forecasts.filter((f) => !trashed.has(f.scenarioId));
}

/** Fills what is missing for a while (a failure is logged), then scores the record as it stands. */
export async function scoredRecord(): Promise<ScoredRecord> {
	const filled = fillForecasts().catch((error) => console.warn(`forecast record: not filled now: ${String(error)}`));
	let timer: ReturnType<typeof setTimeout> | undefined;
	await Promise.race([filled, new Promise((resolve) => (timer = setTimeout(resolve, FILL_WAIT_MS)))]);
	clearTimeout(timer);
	const database = getDatabase();
	const library = await presetLibrary();
	const [stored, resolutions] = await Promise.all([database.forecasts.all(), database.forecasts.resolutions()]);
	const forecasts = await shownForecasts(stored);
	const questions = new Map<string, QuestionInfo>();
	for (const model of library.models) {
		// The baseline runs only for questions that have a resolution to compare it on.
		const resolved = resolutions.some((r) => r.modelId === model.id);
		questions.set(model.id, {
			outcomes: model.outcomes.map((o) => o.id),
			baseline: resolved ? await baselineForecasts(library, model) : null
		});
	}
	return { library, forecasts, resolutions, scored: scoreForecasts(forecasts, resolutions, questions) };
}

export async function trackRecord(now = Date.now()): Promise<TrackRecord> {
	return trackRecordOf(await scoredRecord(), now);
}

export async function trackRecordOf(
	{ library, forecasts, resolutions, scored }: ScoredRecord,
	now = Date.now()
): Promise<TrackRecord> {
	const database = getDatabase();
	const titles = new Map((await database.forecasts.titles()).map((t) => [t.id, t.title]));
	const pendingCount = await pendingRevisionCount();
	const names = new Map(scored.map((f) => [analystKey(f), f.authorName]));
	return {
		questions: library.models.map((m) => questionRecord(m, resolutions, now)),
		forecastCount: groupForecasts(forecasts).length,
		revisionCount: new Set(forecasts.map((f) => `${f.scenarioId}@${f.revision}`)).size,
		pendingCount,
		overall: summarize(scored),
		byScenario: summarizeBy(scored, (f) => f.scenarioId).map(({ key, summary }) => ({
			key,
			label: titles.get(key) ?? { en: key, ar: key },
			summary
		})),
		byAnalyst: summarizeBy(scored, analystKey).map(({ key, summary }) => {
			const name = names.get(key) ?? key;
			return { key, label: { en: name, ar: name }, summary };
		}),
		calibration: calibrationBins(binaryForecasts(scored))
	};
}
