// The store's paged reads: saved scenarios (live or in the trash) and one scenario's revisions,
// each a keyset page (paging.ts). Live scenarios are listed newest update first; the trash by
// when things went there; revisions newest first. rowid breaks ties between equal timestamps.

import type { Database } from 'better-sqlite3';
import type { RevisionMeta, SavedScenarioSummary } from '$lib/api/types';
import { pageLimit, pageOf, type Page, type PageKey, type PageRequest } from '../../storage/paging';
import type { ListOptions } from '../../storage/types';
import { toRevisionMeta, toSummary, type RevisionMetaRow, type ScenarioRow } from '../../storage/rows';
import { foldForSearch } from '../../storage/search-text';

type KeyedRow = ScenarioRow & { row_id: number };

const FILTER = `(@model IS NULL OR model_id = @model)
	AND (@search IS NULL OR instr(search_fold(title_en || char(10) || title_ar), @search) > 0)`;

/** `key` compared with the cursor's key (`<` reads on, `>` reads back) as SQLite row values. */
export function scenarioQuery(trash: boolean, direction: '' | '<' | '>'): string {
	const key = trash ? '(deleted_at, updated_at, rowid)' : '(updated_at, rowid)';
	const cursor = trash ? '(@k0, @k1, @k2)' : '(@k0, @k1)';
	const order = direction === '>' ? 'ASC' : 'DESC';
	const orderBy = trash
		? `deleted_at ${order}, updated_at ${order}, rowid ${order}`
		: `updated_at ${order}, rowid ${order}`;
	return `SELECT *, rowid AS row_id FROM scenarios
		WHERE deleted_at IS ${trash ? 'NOT ' : ''}NULL AND ${FILTER}
		${direction ? `AND ${key} ${direction} ${cursor}` : ''}
		ORDER BY ${orderBy} LIMIT @take`;
}

function revisionQuery(direction: '' | '<' | '>'): string {
	return `SELECT scenario_id, revision, created_at, author, note, base_revision FROM revisions
		WHERE scenario_id = @id ${direction ? `AND revision ${direction} @k0` : ''}
		ORDER BY revision ${direction === '>' ? 'ASC' : 'DESC'} LIMIT @take`;
}

const directions = ['', '<', '>'] as const;

/** '' for the first page, '<' after a key, '>' before one (read backwards). */
function directionOf(page: PageRequest): (typeof directions)[number] {
	return page.after ? '<' : page.before ? '>' : '';
}

function keyParams(key: PageKey | undefined): Record<string, string | number> {
	return Object.fromEntries((key ?? []).map((part, i) => [`k${i}`, part]));
}

export function listQueries(db: Database) {
	const prepared = <R>(sql: (d: (typeof directions)[number]) => string) =>
		Object.fromEntries(directions.map((d) => [d, db.prepare<Record<string, unknown>, R>(sql(d))]));
	const live = prepared<KeyedRow>((d) => scenarioQuery(false, d));
	const trash = prepared<KeyedRow>((d) => scenarioQuery(true, d));
	const revisions = prepared<RevisionMetaRow>(revisionQuery);

	return {
		scenarios(options: ListOptions = {}): Page<SavedScenarioSummary> {
			const search = options.search?.trim() ? foldForSearch(options.search.trim()) : null;
			const limit = pageLimit(options.limit);
			const direction = directionOf(options);
			const rows = (options.trash ? trash : live)[direction].all({
				model: options.modelId ?? null,
				search,
				take: limit + 1,
				...keyParams(options.after ?? options.before)
			});
			const keyOf = (row: KeyedRow): PageKey =>
				options.trash ? [row.deleted_at ?? '', row.updated_at, row.row_id] : [row.updated_at, row.row_id];
			return pageOf(rows, limit, keyOf, toSummary, options);
		},
		revisions(id: string, page: PageRequest = {}): Page<RevisionMeta> {
			const limit = pageLimit(page.limit);
			const rows = revisions[directionOf(page)].all({ id, take: limit + 1, ...keyParams(page.after ?? page.before) });
			return pageOf(rows, limit, (row) => [row.revision], toRevisionMeta, page);
		}
	};
}
