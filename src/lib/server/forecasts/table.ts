// The forecast record's tables as the server sees them, the same on both backends: `forecasts`
// (each saved revision's outcome probabilities at each year-end) and `resolutions` (which outcome
// held at a year-end, per question). Both are append-only: the database refuses UPDATE and
// DELETE by trigger (db/sqlite/forecasts.ts, db/postgres/forecasts.ts), and nothing here alters a row.

import type { BilingualText } from '$lib/model';
import type { ForecastRow, Resolution } from '$lib/forecast';

/** A saved revision that has no forecast row yet, with what computing its forecasts needs. */
export interface RevisionKey {
	scenarioId: string;
	revision: number;
}

export interface UnforecastRevision {
	scenarioId: string;
	revision: number;
	modelId: string;
	createdAt: string;
	author: string;
	authorId: string | null;
	/** The revision's scenario, as the JSON text stored. */
	scenario: string;
}

export interface ForecastTable {
	/** Adds rows; a row whose key (scenario, revision, target, outcome) is there already is left as it was. */
	append(rows: readonly ForecastRow[]): Promise<void>;
	/** Every forecast row, by scenario, revision, target and outcome. */
	all(): Promise<ForecastRow[]>;
	/** One revision's rows (empty when it has none yet). */
	ofRevision(scenarioId: string, revision: number): Promise<ForecastRow[]>;
	/** The saved revisions with no forecast row, oldest first; `only`: that one revision, if it has none. */
	unforecast(only?: RevisionKey): Promise<UnforecastRevision[]>;
	/** The titles of the scenarios that have forecasts, and whether each is in the trash. */
	titles(): Promise<ScenarioTitle[]>;
	/** Every resolution, by question and date. */
	resolutions(): Promise<Resolution[]>;
	/** Adds a resolution; false (nothing written) when that question is resolved for that date already. */
	resolve(resolution: Resolution): Promise<boolean>;
}

export interface ScenarioTitle {
	id: string;
	title: BilingualText;
	/** In the trash: a read-only deployment shows nothing of it (read-only-store.ts), its forecasts neither. */
	trashed: boolean;
}

/** The columns as both backends name them. */
export interface ForecastDbRow {
	scenario_id: string;
	revision: number;
	model_id: string;
	target: string;
	outcome: string;
	probability: number;
	made_at: string;
	author_id: string | null;
	author_name: string;
}

export interface ResolutionDbRow {
	model_id: string;
	date: string;
	outcome: string;
	source: string;
	note: string;
	resolved_at: string;
	resolved_by_id: string | null;
	resolved_by_name: string;
}

export interface UnforecastDbRow {
	scenario_id: string;
	revision: number;
	model_id: string;
	created_at: string;
	author: string;
	author_id: string | null;
	scenario: string;
}

export const forecastOf = (r: ForecastDbRow): ForecastRow => ({
	scenarioId: r.scenario_id,
	revision: Number(r.revision),
	modelId: r.model_id,
	target: r.target,
	outcome: r.outcome,
	probability: Number(r.probability),
	madeAt: r.made_at,
	authorId: r.author_id,
	authorName: r.author_name
});

export const forecastCells = (f: ForecastRow): unknown[] => [
	f.scenarioId,
	f.revision,
	f.modelId,
	f.target,
	f.outcome,
	f.probability,
	f.madeAt,
	f.authorId,
	f.authorName
];

export const resolutionOf = (r: ResolutionDbRow): Resolution => ({
	modelId: r.model_id,
	date: r.date,
	outcome: r.outcome,
	source: r.source,
	note: r.note,
	resolvedAt: r.resolved_at,
	resolvedById: r.resolved_by_id,
	resolvedByName: r.resolved_by_name
});

export const resolutionCells = (r: Resolution): unknown[] => [
	r.modelId,
	r.date,
	r.outcome,
	r.source,
	r.note,
	r.resolvedAt,
	r.resolvedById,
	r.resolvedByName
];

export const unforecastOf = (r: UnforecastDbRow): UnforecastRevision => ({
	scenarioId: r.scenario_id,
	revision: Number(r.revision),
	modelId: r.model_id,
	createdAt: r.created_at,
	author: r.author,
	authorId: r.author_id,
	scenario: r.scenario
});

export const FORECAST_COLUMNS =
	'scenario_id, revision, model_id, target, outcome, probability, made_at, author_id, author_name';
export const RESOLUTION_COLUMNS =
	'model_id, date, outcome, source, note, resolved_at, resolved_by_id, resolved_by_name';

/**
 * Revisions with no forecast row: the same statement on both backends, given their placeholders
 * for one revision (scenario id, revision) — a save's, found by its key, not by reading them all.
 */
export function unforecastSql(one?: readonly [scenarioId: string, revision: string]): string {
	return `
	SELECT r.scenario_id, r.revision, s.model_id, r.created_at, r.author, r.author_id, r.scenario
	FROM revisions r JOIN scenarios s ON s.id = r.scenario_id
	WHERE NOT EXISTS (SELECT 1 FROM forecasts f WHERE f.scenario_id = r.scenario_id AND f.revision = r.revision)
	${one ? `AND r.scenario_id = ${one[0]} AND r.revision = ${one[1]}` : ''}
	ORDER BY r.created_at, r.scenario_id, r.revision`;
}

export const TITLES_SQL = `
	SELECT id, title_en, title_ar, deleted_at FROM scenarios
	WHERE id IN (SELECT DISTINCT scenario_id FROM forecasts) ORDER BY id`;

export interface TitleDbRow {
	id: string;
	title_en: string;
	title_ar: string;
	deleted_at: string | null;
}

export const titleOf = (r: TitleDbRow): ScenarioTitle => ({
	id: r.id,
	title: { en: r.title_en, ar: r.title_ar },
	trashed: r.deleted_at !== null
});
