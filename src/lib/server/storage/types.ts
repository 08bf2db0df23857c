// What the saved-scenario store offers the rest of the server. Every save is a new revision;
// nothing is overwritten, and a deleted scenario goes to the trash, from which it comes back.
// Its records are the API's own ($lib/api/types): rows.ts maps the database's rows to them.

import type { Revision, RevisionMeta, SavedScenario, SavedScenarioSummary } from '$lib/api/types';
import type { BilingualText, ScenarioInput } from '$lib/model';
import type { Page, PageRequest } from './paging';

/** What a list of saved scenarios asks for: a page, a search, one model, the trash. */
export interface ListOptions extends PageRequest {
	search?: string;
	modelId?: string;
	trash?: boolean;
}

/** Who writes: the signed-in account (its id kept, its name shown); id null only for writes made before accounts. */
export interface Author {
	id: string | null;
	name: string;
}

export type SaveResult = { ok: true; revision: RevisionMeta } | { ok: false; conflict: Revision };

export interface SaveInput {
	/** The revision the edit started from: a save on top of anything else is a conflict. */
	baseRevision: number;
	scenario: ScenarioInput;
	note?: string;
	author?: Author;
}

/**
 * The store's contract, the same on every backend (src/lib/server/db): asynchronous, so that a
 * network database can sit behind it. A save from a stale base is a conflict on all of them.
 */
export interface ScenarioStore {
	/** One page of the live scenarios (or the trash), newest first; see paging.ts. */
	list(options?: ListOptions): Promise<Page<SavedScenarioSummary>>;
	/** Live or trashed; null when no such id. */
	get(id: string): Promise<SavedScenario | null>;
	/** The author becomes the scenario's owner. */
	create(input: NewScenario): Promise<SavedScenario>;
	/** null when no live scenario has that id. */
	save(id: string, input: SaveInput): Promise<SaveResult | null>;
	/** A new revision whose only change is the title. */
	rename(id: string, title: BilingualText, baseRevision: number, author?: Author): Promise<SaveResult | null>;
	/** A new saved scenario from any revision (default head), titled as a copy. */
	duplicate(id: string, revision?: number, author?: Author): Promise<SavedScenario | null>;
	/** To the trash. */
	remove(id: string): Promise<boolean>;
	/** Out of the trash. */
	restore(id: string): Promise<boolean>;
	/** One page of the scenario's revisions, newest first; null when no such id. */
	revisions(id: string, page?: PageRequest): Promise<Page<RevisionMeta> | null>;
	revision(id: string, revision: number): Promise<Revision | null>;
	/** A new revision with an old revision's settings. */
	restoreRevision(
		id: string,
		revision: number,
		baseRevision: number,
		note?: string,
		author?: Author
	): Promise<SaveResult | null>;
}

export interface NewScenario {
	scenario: ScenarioInput;
	note?: string;
	author?: Author;
}

/** An asynchronous contract answered synchronously: how the SQLite backend is written (better-sqlite3). */
export type SyncOf<T> = {
	[K in keyof T]: T[K] extends (...args: infer A) => Promise<infer R> ? (...args: A) => R : T[K];
};

export type SyncScenarioStore = SyncOf<ScenarioStore>;
