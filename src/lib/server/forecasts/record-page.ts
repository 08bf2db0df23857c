// GET /api/forecasts answers the record's forecasts a page at a time (issue 12: lists are paged by
// cursor in the API): a forecast is one revision's probabilities for one year-end (its K outcome
// rows travel together, as `record.forecastCount` counts them), so a page holds `limit` forecasts
// (default 50, at most 200) with their scores, ordered by scenario id, revision and target, and
// the next page starts strictly after the last one's key. The rows are ordered here, by code unit,
// so that the key's comparison and the order agree whatever the database's collation.

import type { ForecastRow, ScoredForecast } from '$lib/forecast';
import { pageLimit, type PageKey, type PageRequest } from '$lib/server/storage/paging';

export interface ForecastPage {
	forecasts: ForecastRow[];
	scored: ScoredForecast[];
	/** The last forecast's key when more follow; null on the last page. */
	next: PageKey | null;
}

type Keyed = Pick<ForecastRow, 'scenarioId' | 'revision' | 'target'>;

const keyOf = (f: Keyed): PageKey => [f.scenarioId, f.revision, f.target];

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function compareKeys(a: PageKey, b: PageKey): number {
	for (let i = 0; i < a.length; i++) {
		const x = a[i];
		const y = b[i];
		const order = typeof x === 'number' && typeof y === 'number' ? x - y : byCodeUnit(String(x), String(y));
		if (order !== 0) return order;
	}
	return 0;
}

const compareRows = (a: ForecastRow, b: ForecastRow) =>
	compareKeys(keyOf(a), keyOf(b)) || byCodeUnit(a.outcome, b.outcome);

/** One page of the record's forecasts (all rows of `limit` forecasts after `request.after`) and their scores. */
export function forecastPage(
	forecasts: readonly ForecastRow[],
	scored: readonly ScoredForecast[],
	request: PageRequest
): ForecastPage {
	const limit = pageLimit(request.limit);
	const after = request.after;
	const rows = [...forecasts].filter((f) => !after || compareKeys(keyOf(f), after) > 0).sort(compareRows);
	const kept: ForecastRow[] = [];
	const keys = new Set<string>();
	let more = false;
	for (const row of rows) {
		const key = JSON.stringify(keyOf(row));
		if (!keys.has(key) && keys.size === limit) {
			more = true;
			break;
		}
		keys.add(key);
		kept.push(row);
	}
	const last = kept[kept.length - 1];
	return {
		forecasts: kept,
		scored: scored.filter((f) => keys.has(JSON.stringify(keyOf(f)))).sort((a, b) => compareKeys(keyOf(a), keyOf(b))),
		next: more && last ? keyOf(last) : null
	};
}
