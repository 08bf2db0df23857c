// The saved-scenario store on one SQLite file. Every write is one BEGIN IMMEDIATE transaction
// that reads the head and writes the next revision: the write lock is taken before the read, so
// two processes on the same file cannot both build on the same head (no lost update), and a
// stale base is detected inside the same lock that would have written. Written synchronously
// (better-sqlite3); db/sqlite gives it the app's asynchronous contract.

import type { Revision, RevisionMeta, SavedScenario } from '$lib/api/types';
import type { BilingualText, ScenarioInput } from '$lib/model';
import type { Database } from 'better-sqlite3';
import { newId } from '../../storage/ids';
import { listQueries } from './list-queries';
import { toRevision, toSummary, type RevisionRow, type ScenarioRow } from '../../storage/rows';
import { DEFAULT_AUTHOR } from '../../storage/default-author';
import type { Author, SaveResult, SyncScenarioStore } from '../../storage/types';

/** For writes with no account (the store's own tests, tools): a name and no id. */
const NO_ACCOUNT: Author = { id: null, name: DEFAULT_AUTHOR };

export function sqliteStore(db: Database): SyncScenarioStore {
	const now = () => new Date().toISOString();

	const scenarioById = db.prepare<[string], ScenarioRow>('SELECT * FROM scenarios WHERE id = ?');
	const revisionAt = db.prepare<[string, number], RevisionRow>(
		'SELECT * FROM revisions WHERE scenario_id = ? AND revision = ?'
	);
	const pages = listQueries(db);
	const insertScenario = db.prepare<[string, string, string, string, string, string, string | null]>(
		`INSERT INTO scenarios (id, model_id, title_en, title_ar, head_revision, created_at, updated_at, deleted_at, owner)
		 VALUES (?, ?, ?, ?, 0, ?, ?, NULL, ?)`
	);
	const insertRevision = db.prepare<[string, number, string, string, string | null, string, number | null, string]>(
		'INSERT INTO revisions (scenario_id, revision, created_at, author, author_id, note, base_revision, scenario) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'
	);
	const updateHead = db.prepare<[number, string, string, string, string]>(
		'UPDATE scenarios SET head_revision = ?, title_en = ?, title_ar = ?, updated_at = ? WHERE id = ?'
	);
	const setDeleted = db.prepare<[string | null, string]>('UPDATE scenarios SET deleted_at = ? WHERE id = ?');

	/** Writes revision head+1 of `row`; the scenario JSON always carries the saved id. */
	function append(
		row: ScenarioRow,
		scenario: ScenarioInput,
		base: number | null,
		note = '',
		author = NO_ACCOUNT
	): RevisionMeta {
		const at = now();
		const stored: ScenarioInput = { ...scenario, id: row.id };
		const next = row.head_revision + 1;
		insertRevision.run(row.id, next, at, author.name, author.id, note, base, JSON.stringify(stored));
		updateHead.run(next, stored.title.en, stored.title.ar, at, row.id);
		return { scenarioId: row.id, revision: next, createdAt: at, author: author.name, note, baseRevision: base };
	}

	function headOf(row: ScenarioRow): Revision {
		const head = revisionAt.get(row.id, row.head_revision);
		if (!head) throw new Error(`saved scenario ${row.id} has no revision ${row.head_revision}`);
		return toRevision(head);
	}

	function liveRow(id: string): ScenarioRow | null {
		const row = scenarioById.get(id);
		return row && row.deleted_at === null ? row : null;
	}

	/** A new revision from `edit(head)`, unless the caller's base is no longer the head. */
	function saveOnHead(
		id: string,
		base: number,
		edit: (head: Revision) => ScenarioInput,
		note?: string,
		author?: Author
	): SaveResult | null {
		const run = db.transaction((): SaveResult | null => {
			const row = liveRow(id);
			if (!row) return null;
			const head = headOf(row);
			if (base !== row.head_revision) return { ok: false, conflict: head };
			return { ok: true, revision: append(row, edit(head), base, note, author) };
		});
		return run.immediate();
	}

	function create(input: { scenario: ScenarioInput; note?: string; author?: Author }): SavedScenario {
		const run = db.transaction((): SavedScenario => {
			let id = newId();
			// 36^10 ids make a clash unlikely, not impossible; the lock makes the check reliable.
			while (scenarioById.get(id)) id = newId();
			const at = now();
			insertScenario.run(
				id,
				input.scenario.model,
				input.scenario.title.en,
				input.scenario.title.ar,
				at,
				at,
				input.author?.id ?? null
			);
			const row = scenarioById.get(id);
			if (!row) throw new Error(`saved scenario ${id} vanished while being created`);
			append(row, input.scenario, null, input.note, input.author);
			const saved = get(id);
			if (!saved) throw new Error(`saved scenario ${id} vanished while being created`);
			return saved;
		});
		return run.immediate();
	}

	function get(id: string): SavedScenario | null {
		const row = scenarioById.get(id);
		return row ? { ...toSummary(row), scenario: headOf(row).scenario } : null;
	}

	function revision(id: string, n: number): Revision | null {
		const row = revisionAt.get(id, n);
		return row ? toRevision(row) : null;
	}

	function setTrash(id: string, deleted: boolean): boolean {
		const run = db.transaction((): boolean => {
			const row = scenarioById.get(id);
			if (!row) return false;
			// Trashing twice keeps the first date: the trash lists by when things went there.
			if (deleted !== (row.deleted_at !== null)) setDeleted.run(deleted ? now() : null, id);
			return true;
		});
		return run.immediate();
	}

	return {
		list: (options) => pages.scenarios(options),
		get,
		create,
		save: (id, input) => saveOnHead(id, input.baseRevision, () => input.scenario, input.note, input.author),
		rename: (id, title: BilingualText, baseRevision, author) =>
			saveOnHead(id, baseRevision, (head) => ({ ...head.scenario, title }), `Renamed to "${title.en}"`, author),
		duplicate(id, n, author) {
			const row = scenarioById.get(id);
			const source = row ? revision(id, n ?? row.head_revision) : null;
			if (!source) return null;
			const { title } = source.scenario;
			const scenario = { ...source.scenario, title: { en: `${title.en} (copy)`, ar: `${title.ar} (نسخة)` } };
			return create({ scenario, note: `Duplicated from ${id} revision ${source.revision}`, author });
		},
		remove: (id) => setTrash(id, true),
		restore: (id) => setTrash(id, false),
		revisions(id, page) {
			return scenarioById.get(id) ? pages.revisions(id, page) : null;
		},
		revision,
		restoreRevision(id, n, baseRevision, note, author) {
			const old = revision(id, n);
			if (!old) return null;
			return saveOnHead(id, baseRevision, () => old.scenario, note ?? `Restored revision ${n}`, author);
		}
	};
}
