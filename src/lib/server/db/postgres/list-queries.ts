// The store's paged reads on PostgreSQL, the same keyset pages as SQLite's (../sqlite/list-queries.ts,
// storage/paging.ts), with `seq` where SQLite has rowid.

import type { RevisionMeta, SavedScenarioSummary } from '$lib/api/types';
import type { ListOptions } from '../../storage/types';
import { pageLimit, pageOf, type Page, type PageKey, type PageRequest } from '../../storage/paging';
import { toRevisionMeta, toSummary, type RevisionMetaRow, type ScenarioRow } from '../../storage/rows';
import { foldForSearch } from '../../storage/search-text';
import type { Sql } from './sql';

type KeyedRow = ScenarioRow & { seq: number };
type Direction = '' | '<' | '>';

/** '' for the first page, '<' after a key, '>' before one (read backwards). */
function directionOf(page: PageRequest): Direction {
	return page.after ? '<' : page.before ? '>' : '';
}

/** $1 model, $2 search, $3 how many; the cursor's key from $4. */
function scenarioQuery(trash: boolean, direction: Direction): string {
	const key = trash ? '(deleted_at, updated_at, seq)' : '(updated_at, seq)';
	const cursor = trash ? '($4::text, $5::text, $6::integer)' : '($4::text, $5::integer)';
	const order = direction === '>' ? 'ASC' : 'DESC';
	const orderBy = trash
		? `deleted_at ${order}, updated_at ${order}, seq ${order}`
		: `updated_at ${order}, seq ${order}`;
	return `SELECT * FROM scenarios
		WHERE deleted_at IS ${trash ? 'NOT ' : ''}NULL
		  AND ($1::text IS NULL OR model_id = $1)
		  AND ($2::text IS NULL OR strpos(search_text, $2) > 0)
		  ${direction ? `AND ${key} ${direction} ${cursor}` : ''}
		ORDER BY ${orderBy} LIMIT $3`;
}

function revisionQuery(direction: Direction): string {
	return `SELECT scenario_id, revision, created_at, author, note, base_revision FROM revisions
		WHERE scenario_id = $1 ${direction ? `AND revision ${direction} $3` : ''}
		ORDER BY revision ${direction === '>' ? 'ASC' : 'DESC'} LIMIT $2`;
}

export function pgListQueries(sql: Sql) {
	return {
		async scenarios(options: ListOptions = {}): Promise<Page<SavedScenarioSummary>> {
			const search = options.search?.trim() ? foldForSearch(options.search.trim()) : null;
			const limit = pageLimit(options.limit);
			const trash = options.trash ?? false;
			const key = options.after ?? options.before ?? [];
			const rows = await sql.query<KeyedRow>(scenarioQuery(trash, directionOf(options)), [
				options.modelId ?? null,
				search,
				limit + 1,
				...key
			]);
			const keyOf = (row: KeyedRow): PageKey =>
				trash ? [row.deleted_at ?? '', row.updated_at, row.seq] : [row.updated_at, row.seq];
			return pageOf(rows, limit, keyOf, toSummary, options);
		},
		async revisions(id: string, page: PageRequest = {}): Promise<Page<RevisionMeta>> {
			const limit = pageLimit(page.limit);
			const key = page.after ?? page.before ?? [];
			const rows = await sql.query<RevisionMetaRow>(revisionQuery(directionOf(page)), [id, limit + 1, ...key]);
			return pageOf(rows, limit, (row) => [row.revision], toRevisionMeta, page);
		}
	};
}
