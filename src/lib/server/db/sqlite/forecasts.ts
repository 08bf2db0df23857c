// The forecast record on SQLite (see ../../forecasts/table.ts): its migration, append-only by
// trigger as the audit log is, and its statements. PostgreSQL's is ../postgres/forecasts.ts.

import type { Database } from 'better-sqlite3';
import type { SyncOf } from '../../storage/types';
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
import type { Migration } from './migrations';

export const forecastRecordMigration: Migration = {
	name: 'the forecast record: forecasts and resolutions (append-only)',
	up(db) {
		db.exec(`
			CREATE TABLE forecasts (
				scenario_id TEXT NOT NULL,
				revision    INTEGER NOT NULL,
				model_id    TEXT NOT NULL,
				target      TEXT NOT NULL,
				outcome     TEXT NOT NULL,
				probability REAL NOT NULL,
				made_at     TEXT NOT NULL,
				author_id   TEXT,
				author_name TEXT NOT NULL,
				PRIMARY KEY (scenario_id, revision, target, outcome),
				FOREIGN KEY (scenario_id, revision) REFERENCES revisions (scenario_id, revision)
			) STRICT, WITHOUT ROWID;
			CREATE INDEX forecasts_by_target ON forecasts (model_id, target);
			CREATE TABLE resolutions (
				model_id         TEXT NOT NULL,
				date             TEXT NOT NULL,
				outcome          TEXT NOT NULL,
				source           TEXT NOT NULL,
				note             TEXT NOT NULL,
				resolved_at      TEXT NOT NULL,
				resolved_by_id   TEXT,
				resolved_by_name TEXT NOT NULL,
				PRIMARY KEY (model_id, date)
			) STRICT, WITHOUT ROWID;
			CREATE TRIGGER forecasts_no_update BEFORE UPDATE ON forecasts
				BEGIN SELECT RAISE(ABORT, 'the forecast record is append-only'); END;
			CREATE TRIGGER forecasts_no_delete BEFORE DELETE ON forecasts
				BEGIN SELECT RAISE(ABORT, 'the forecast record is append-only'); END;
			CREATE TRIGGER resolutions_no_update BEFORE UPDATE ON resolutions
				BEGIN SELECT RAISE(ABORT, 'the forecast record is append-only'); END;
			CREATE TRIGGER resolutions_no_delete BEFORE DELETE ON resolutions
				BEGIN SELECT RAISE(ABORT, 'the forecast record is append-only'); END;
		`);
	}
};

export function sqliteForecastTable(db: Database): SyncOf<ForecastTable> {
	const insert = db.prepare(`INSERT INTO forecasts (${FORECAST_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT DO NOTHING`);
	const all = db.prepare<[], ForecastDbRow>(`SELECT * FROM forecasts ORDER BY scenario_id, revision, target, outcome`);
	const ofRevision = db.prepare<[string, number], ForecastDbRow>(
		`SELECT * FROM forecasts WHERE scenario_id = ? AND revision = ? ORDER BY target, outcome`
	);
	const unforecast = db.prepare<[], UnforecastDbRow>(unforecastSql());
	const unforecastOne = db.prepare<[string, number], UnforecastDbRow>(unforecastSql(['?', '?']));
	const titles = db.prepare<[], TitleDbRow>(TITLES_SQL);
	const resolutions = db.prepare<[], ResolutionDbRow>('SELECT * FROM resolutions ORDER BY model_id, date');
	const resolve = db.prepare(`INSERT INTO resolutions (${RESOLUTION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT DO NOTHING`);
	const appendAll = db.transaction((rows: readonly Parameters<typeof forecastCells>[0][]) => {
		for (const row of rows) insert.run(...forecastCells(row));
	});
	return {
		append: (rows) => appendAll.immediate(rows),
		all: () => all.all().map(forecastOf),
		ofRevision: (id, revision) => ofRevision.all(id, revision).map(forecastOf),
		unforecast: (only) =>
			(only ? unforecastOne.all(only.scenarioId, only.revision) : unforecast.all()).map(unforecastOf),
		titles: () => titles.all().map(titleOf),
		resolutions: () => resolutions.all().map(resolutionOf),
		resolve: (resolution) => resolve.run(...resolutionCells(resolution)).changes > 0
	};
}
