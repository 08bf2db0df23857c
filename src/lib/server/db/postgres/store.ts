// The saved-scenario store on PostgreSQL. Every write is one transaction that locks the
// scenario's row (SELECT … FOR UPDATE) before reading its head, so two instances cannot both
// build on the same head: the second waits, then reads the new head and answers a conflict. The
// (scenario_id, revision) primary key is the backstop: a duplicate revision cannot be written.

import type { Revision, RevisionMeta, SavedScenario } from '$lib/api/types';
import type { ScenarioInput } from '$lib/model';
import { DEFAULT_AUTHOR } from '../../storage/default-author';
import { newId } from '../../storage/ids';
import { toRevision, toSummary, type RevisionRow, type ScenarioRow } from '../../storage/rows';
import { foldForSearch } from '../../storage/search-text';
import type { Author, NewScenario, SaveResult, ScenarioStore } from '../../storage/types';
import { pgListQueries } from './list-queries';
import type { Sql, Transact } from './sql';

const NO_ACCOUNT: Author = { id: null, name: DEFAULT_AUTHOR };

/** The folded titles searched by `list` (the same folding as SQLite's search_fold). */
function searchText(scenario: ScenarioInput): string {
	return foldForSearch(`${scenario.title.en}\n${scenario.title.ar}`);
}

/** `sql` for reads; `transact` for writes (a new transaction, or the caller's open one). */
export function pgStore(sql: Sql, transact: Transact): ScenarioStore {
	const now = () => new Date().toISOString();
	const pages = pgListQueries(sql);

	async function scenarioRow(db: Sql, id: string, lock = false): Promise<ScenarioRow | null> {
		const rows = await db.query<ScenarioRow>(`SELECT * FROM scenarios WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
		return rows[0] ?? null;
	}

	async function revisionRow(db: Sql, id: string, n: number): Promise<Revision | null> {
		const rows = await db.query<RevisionRow>('SELECT * FROM revisions WHERE scenario_id = $1 AND revision = $2', [
			id,
			n
		]);
		return rows[0] ? toRevision(rows[0]) : null;
	}

	async function headOf(db: Sql, row: ScenarioRow): Promise<Revision> {
		const head = await revisionRow(db, row.id, row.head_revision);
		if (!head) throw new Error(`saved scenario ${row.id} has no revision ${row.head_revision}`);
		return head;
	}

	/** Writes revision head+1 of `row` (locked by the caller); the scenario JSON carries the saved id. */
	async function append(
		db: Sql,
		row: ScenarioRow,
		scenario: ScenarioInput,
		base: number | null,
		note = '',
		author = NO_ACCOUNT
	): Promise<RevisionMeta> {
		const at = now();
		const stored: ScenarioInput = { ...scenario, id: row.id };
		const next = row.head_revision + 1;
		await db.query(
			`INSERT INTO revisions (scenario_id, revision, created_at, author, author_id, note, base_revision, scenario)
			 VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
			[row.id, next, at, author.name, author.id, note, base, JSON.stringify(stored)]
		);
		await db.query(
			`UPDATE scenarios SET head_revision = $1, title_en = $2, title_ar = $3, search_text = $4, updated_at = $5
			 WHERE id = $6`,
			[next, stored.title.en, stored.title.ar, searchText(stored), at, row.id]
		);
		return { scenarioId: row.id, revision: next, createdAt: at, author: author.name, note, baseRevision: base };
	}

	/** A new revision from `edit(head)`, unless the caller's base is no longer the head. */
	function saveOnHead(
		id: string,
		base: number,
		edit: (head: Revision) => ScenarioInput,
		note?: string,
		author?: Author
	): Promise<SaveResult | null> {
		return transact(async (db) => {
			const row = await scenarioRow(db, id, true);
			if (!row || row.deleted_at !== null) return null;
			const head = await headOf(db, row);
			if (base !== row.head_revision) return { ok: false, conflict: head };
			return { ok: true, revision: await append(db, row, edit(head), base, note, author) };
		});
	}

	async function get(id: string): Promise<SavedScenario | null> {
		const row = await scenarioRow(sql, id);
		return row ? { ...toSummary(row), scenario: (await headOf(sql, row)).scenario } : null;
	}

	function create(input: NewScenario): Promise<SavedScenario> {
		return transact(async (db) => {
			const at = now();
			const { scenario } = input;
			let row: ScenarioRow | undefined;
			// 36^10 ids make a clash unlikely, not impossible: a taken id inserts nothing, and another is drawn.
			while (!row) {
				[row] = await db.query<ScenarioRow>(
					`INSERT INTO scenarios (id, model_id, title_en, title_ar, search_text, head_revision, created_at, updated_at, owner)
					 VALUES ($1, $2, $3, $4, $5, 0, $6, $6, $7) ON CONFLICT (id) DO NOTHING RETURNING *`,
					[
						newId(),
						scenario.model,
						scenario.title.en,
						scenario.title.ar,
						searchText(scenario),
						at,
						input.author?.id ?? null
					]
				);
			}
			await append(db, row, scenario, null, input.note, input.author);
			const created = await scenarioRow(db, row.id);
			if (!created) throw new Error(`saved scenario ${row.id} vanished while being created`);
			return { ...toSummary(created), scenario: (await headOf(db, created)).scenario };
		});
	}

	async function setTrash(id: string, deleted: boolean): Promise<boolean> {
		// Trashing twice keeps the first date: the trash lists by when things went there.
		const rows = await sql.query(
			`UPDATE scenarios SET deleted_at = CASE WHEN $2 THEN coalesce(deleted_at, $3) ELSE NULL END
			 WHERE id = $1 RETURNING id`,
			[id, deleted, now()]
		);
		return rows.length > 0;
	}

	const revision = (id: string, n: number) => revisionRow(sql, id, n);

	return {
		list: (options) => pages.scenarios(options),
		get,
		create,
		save: (id, input) => saveOnHead(id, input.baseRevision, () => input.scenario, input.note, input.author),
		rename: (id, title, baseRevision, author) =>
			saveOnHead(id, baseRevision, (head) => ({ ...head.scenario, title }), `Renamed to "${title.en}"`, author),
		async duplicate(id, n, author) {
			const row = await scenarioRow(sql, id);
			const source = row ? await revision(id, n ?? row.head_revision) : null;
			if (!source) return null;
			const { title } = source.scenario;
			const scenario = { ...source.scenario, title: { en: `${title.en} (copy)`, ar: `${title.ar} (نسخة)` } };
			return create({ scenario, note: `Duplicated from ${id} revision ${source.revision}`, author });
		},
		remove: (id) => setTrash(id, true),
		restore: (id) => setTrash(id, false),
		async revisions(id, page) {
			return (await scenarioRow(sql, id)) ? pages.revisions(id, page) : null;
		},
		revision,
		async restoreRevision(id, n, baseRevision, note, author) {
			const old = await revision(id, n);
			if (!old) return null;
			return saveOnHead(id, baseRevision, () => old.scenario, note ?? `Restored revision ${n}`, author);
		}
	};
}
