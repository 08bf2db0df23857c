// GET /api/forecasts (the record as JSON: its summary, the resolutions, and a page of the stored
// forecasts with their scores, record-page.ts) and GET /api/forecasts.csv (every row as a
// spreadsheet file). Both read only: no route changes a forecast, and the database refuses it anyway.

import { json } from '@sveltejs/kit';
import { csvText } from '$lib/export/csv';
import type { ForecastRow, ScoredForecast } from '$lib/forecast';
import type { BilingualText } from '$lib/model';
import { invalid } from '$lib/server/api/errors';
import { pageRequest } from '$lib/server/api/page-query';
import { encodeCursor } from '$lib/server/storage/paging';
import { problem, TEXT_LIMITS } from '$lib/schema';
import { getDatabase } from '$lib/server/db/app-database';
import { forecastPage } from './record-page';
import { scoredRecord, trackRecordOf } from './track-record';

function scenarioFilter(url: URL): string | null {
	const asked = url.searchParams.get('scenario');
	if (asked !== null && (asked.length === 0 || asked.length > TEXT_LIMITS.id))
		throw invalid([problem('query', ['scenario'], `must be a saved scenario's id, got ${JSON.stringify(asked)}`)]);
	return asked;
}

/** The record's summary and resolutions, and one page of its forecasts: `?scenario=&limit=&cursor=`. */
export async function getForecasts(url: URL): Promise<Response> {
	const scenario = scenarioFilter(url);
	const asked = pageRequest(url, 'forecasts');
	const all = await scoredRecord();
	const record = await trackRecordOf(all);
	const { forecasts, resolutions, scored } = all;
	const mine = <T extends { scenarioId: string }>(rows: T[]) =>
		scenario === null ? rows : rows.filter((r) => r.scenarioId === scenario);
	const page = forecastPage(mine(forecasts), mine(scored), asked);
	return json({
		record,
		resolutions,
		forecasts: page.forecasts,
		scored: page.scored,
		nextCursor: page.next ? encodeCursor('forecasts', page.next) : null
	});
}

export const CSV_COLUMNS = [
	'scenario_id',
	'scenario_title',
	'scenario_title_ar',
	'revision',
	'model_id',
	'target',
	'outcome',
	'probability',
	'made_at',
	'author_id',
	'author_name',
	'resolved_outcome',
	'held',
	'brier',
	'ranked_probability_score',
	'baseline_brier',
	'uniform_brier'
] as const;

export function recordCsv(
	forecasts: readonly ForecastRow[],
	scored: readonly ScoredForecast[],
	resolved: ReadonlyMap<string, string>,
	titles: ReadonlyMap<string, BilingualText>
): string {
	const scores = new Map(scored.map((f) => [`${f.scenarioId}@${f.revision}@${f.target}`, f]));
	const rows = forecasts.map((f) => {
		const score = scores.get(`${f.scenarioId}@${f.revision}@${f.target}`);
		const outcome = score ? resolved.get(`${f.modelId}@${f.target}`) : undefined;
		return [
			f.scenarioId,
			titles.get(f.scenarioId)?.en ?? '',
			titles.get(f.scenarioId)?.ar ?? '',
			f.revision,
			f.modelId,
			f.target,
			f.outcome,
			f.probability,
			f.madeAt,
			f.authorId,
			f.authorName,
			outcome ?? null,
			outcome === undefined ? null : outcome === f.outcome ? 1 : 0,
			score?.brier ?? null,
			score?.rankedProbability ?? null,
			score?.baselineBrier ?? null,
			score?.uniformBrier ?? null
		];
	});
	return csvText({ columns: [...CSV_COLUMNS], rows });
}

export async function getForecastsCsv(): Promise<Response> {
	const { forecasts, resolutions, scored } = await scoredRecord();
	const titles = new Map((await getDatabase().forecasts.titles()).map((t) => [t.id, t.title]));
	const resolved = new Map(resolutions.map((r) => [`${r.modelId}@${r.date}`, r.outcome]));
	return new Response(recordCsv(forecasts, scored, resolved, titles), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': 'attachment; filename="forecast-record.csv"'
		}
	});
}
