// The forecast record on PostgreSQL (see ../../forecasts/table.ts): its migration, append-only by
// trigger (UPDATE, DELETE and TRUNCATE refused) as the audit log is, and its statements.

import {
	FORECAST_COLUMNS,
	forecastCells,
	forecastOf,
	RESOLUTION_COLUMNS,
	resolutionCells,
	resolutionOf,
	TITLES_SQL,
	titleOf,
	unforecastSql,
	unforecastOf,
	type ForecastDbRow,
	type ForecastTable,
	type ResolutionDbRow,
	type TitleDbRow,
	type UnforecastDbRow
} from '../../forecasts/table';
import type { PgMigration } from './migrations';
import type { Sql } from './sql';

export const forecastRecordMigration: PgMigration = {
	name: 'the forecast record: forecasts and resolutions (append-only)',
	sql: `
		CREATE TABLE forecasts (
			scenario_id text NOT NULL,
			revision    integer NOT NULL,
			model_id    text NOT NULL,
			target      text COLLATE "C" NOT NULL,
			outcome     text COLLATE "C" NOT NULL,
			probability double precision NOT NULL,
			made_at     text COLLATE "C" NOT NULL,
			author_id   text,
			author_name text NOT NULL,
			PRIMARY KEY (scenario_id, revision, target, outcome),
			FOREIGN KEY (scenario_id, revision) REFERENCES revisions (scenario_id, revision)
		);
		CREATE INDEX forecasts_by_target ON forecasts (model_id, target);
		CREATE TABLE resolutions (
			model_id         text NOT NULL,
			date             text COLLATE "C" NOT NULL,
			outcome          text NOT NULL,
			source           text NOT NULL,
			note             text NOT NULL,
			resolved_at      text COLLATE "C" NOT NULL,
			resolved_by_id   text,
			resolved_by_name text NOT NULL,
			PRIMARY KEY (model_id, date)
		);
		CREATE FUNCTION forecast_record_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
			BEGIN RAISE EXCEPTION 'the forecast record is append-only'; END $$;
		CREATE TRIGGER forecasts_no_change BEFORE UPDATE OR DELETE ON forecasts
			FOR EACH ROW EXECUTE FUNCTION forecast_record_refuse_change();
		CREATE TRIGGER forecasts_no_truncate BEFORE TRUNCATE ON forecasts
			FOR EACH STATEMENT EXECUTE FUNCTION forecast_record_refuse_change();
		CREATE TRIGGER resolutions_no_change BEFORE UPDATE OR DELETE ON resolutions
			FOR EACH ROW EXECUTE FUNCTION forecast_record_refuse_change();
		CREATE TRIGGER resolutions_no_truncate BEFORE TRUNCATE ON resolutions
			FOR EACH STATEMENT EXECUTE FUNCTION forecast_record_refuse_change();`
};

const placeholders = (count: number, offset = 0) =>
	Array.from({ length: count }, (_, i) => `$${offset + i + 1}`).join(', ');

export function pgForecastTable(sql: Sql): ForecastTable {
	return {
		async append(rows) {
			// One statement: all of a revision's rows go in together or not at all.
			for (let start = 0; start < rows.length; start += 500) {
				const chunk = rows.slice(start, start + 500);
				const values = chunk.map((_, i) => `(${placeholders(9, i * 9)})`).join(', ');
				await sql.query(
					`INSERT INTO forecasts (${FORECAST_COLUMNS}) VALUES ${values} ON CONFLICT DO NOTHING`,
					chunk.flatMap(forecastCells)
				);
			}
		},
		all: async () =>
			(
				await sql.query<ForecastDbRow>(
					'SELECT * FROM forecasts ORDER BY scenario_id COLLATE "C", revision, target, outcome'
				)
			).map(forecastOf),
		ofRevision: async (id, revision) =>
			(
				await sql.query<ForecastDbRow>(
					'SELECT * FROM forecasts WHERE scenario_id = $1 AND revision = $2 ORDER BY target, outcome',
					[id, revision]
				)
			).map(forecastOf),
		unforecast: async (only) =>
			(only
				? await sql.query<UnforecastDbRow>(unforecastSql(['$1', '$2']), [only.scenarioId, only.revision])
				: await sql.query<UnforecastDbRow>(unforecastSql())
			).map(unforecastOf),
		titles: async () => (await sql.query<TitleDbRow>(TITLES_SQL)).map(titleOf),
		resolutions: async () =>
			(await sql.query<ResolutionDbRow>('SELECT * FROM resolutions ORDER BY model_id COLLATE "C", date')).map(
				resolutionOf
			),
		async resolve(resolution) {
			const inserted = await sql.query(
				`INSERT INTO resolutions (${RESOLUTION_COLUMNS}) VALUES (${placeholders(8)})
				 ON CONFLICT DO NOTHING RETURNING model_id`,
				resolutionCells(resolution)
			);
			return inserted.length > 0;
		}
	};
}
