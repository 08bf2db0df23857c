// The wire types of /api/scenarios (docs/api.md): the bodies the browser sends and the bodies
// the server answers with. Shared by the client (scenarios-client.ts) and the server's handlers
// (src/lib/server/api/); the store maps its rows to these records. The zod schemas that check
// request bodies stay on the server (src/lib/server/api/envelopes.ts), which proves at compile
// time that each request type below is a body they accept.

import type { BilingualText, ScenarioInput } from '$lib/model';
import type { Problem } from '$lib/schema';

// ---- Records ------------------------------------------------------------------------------

export interface SavedScenarioSummary {
	/** Stable id of the saved scenario (also the `id` inside its scenario JSON). */
	id: string;
	modelId: string;
	title: BilingualText;
	/** Number of the newest revision (1-based). */
	headRevision: number;
	createdAt: string;
	updatedAt: string;
	/** When it went to the trash; null while it is live. */
	deletedAt: string | null;
}

export interface SavedScenario extends SavedScenarioSummary {
	/** The scenario at its head revision. */
	scenario: ScenarioInput;
}

export interface RevisionMeta {
	scenarioId: string;
	revision: number;
	createdAt: string;
	author: string;
	/** Why the analyst saved ("" when none was given). */
	note: string;
	/** The revision this one was edited from; null for the first. */
	baseRevision: number | null;
}

export interface Revision extends RevisionMeta {
	scenario: ScenarioInput;
}

// ---- Request bodies (the scenario itself is checked against its model, not by shape) -------

/** POST /api/scenarios as an envelope (the body may also be a bare scenario file). */
export interface CreateRequest {
	scenario: ScenarioInput;
	note?: string;
	/** Ignored: the author is the signed-in account (accepted so that older scripts still work). */
	author?: string;
}

/** PUT /api/scenarios/{id}. */
export interface SaveRequest {
	baseRevision: number;
	scenario: ScenarioInput;
	note?: string;
	/** Ignored: the author is the signed-in account (accepted so that older scripts still work). */
	author?: string;
}

/** POST /api/scenarios/{id}/rename. */
export interface RenameRequest {
	title: BilingualText;
	baseRevision: number;
	author?: string;
}

/** POST /api/scenarios/{id}/duplicate (the body may be left out). */
export interface DuplicateRequest {
	revision?: number;
	author?: string;
}

/** POST /api/scenarios/{id}/revisions/{n}/restore. */
export interface RestoreRequest {
	baseRevision: number;
	note?: string;
	/** Ignored: the author is the signed-in account (accepted so that older scripts still work). */
	author?: string;
}

/** POST /api/scenarios/{id}/undelete (the body may be left out). */
export type UndeleteRequest = Record<string, never>;

// ---- Response bodies ----------------------------------------------------------------------

/**
 * A page of a list, newest first. `nextCursor` is null on the last page; otherwise pass it back
 * as `?cursor=` (with the same `limit`, `search`, …) for the next page. It is opaque, and rows
 * saved meanwhile never make a row repeat or go missing across pages.
 */
export interface Paged {
	nextCursor: string | null;
}

/** GET /api/scenarios?limit=&cursor=&search=&model=&trash=. */
export interface ScenarioListResponse extends Paged {
	scenarios: SavedScenarioSummary[];
}

/** GET, undelete (200); create, import, duplicate (201). */
export interface ScenarioResponse {
	scenario: SavedScenario;
}

/** PUT, rename, restore: the revision just written. */
export interface SavedRevisionResponse {
	revision: RevisionMeta;
}

/** GET /api/scenarios/{id}/revisions?limit=&cursor=. */
export interface RevisionListResponse extends Paged {
	revisions: RevisionMeta[];
}

/** GET /api/scenarios/{id}/revisions/{n}. */
export interface RevisionResponse {
	revision: Revision;
}

export type ErrorCode =
	| 'invalid'
	| 'not-found'
	| 'conflict'
	| 'too-large'
	| 'unsupported-media-type'
	| 'internal'
	/** 403: a write from another origin, or with no Origin, Referer or bearer token. */
	| 'cross-origin'
	/** 421: a Host this server does not answer for (DNS rebinding). */
	| 'misdirected-request'
	/** 401: no signed-in account and no valid bearer token. */
	| 'unauthenticated'
	/** 403: the account's role does not allow this (the message names the role needed). */
	| 'forbidden'
	/** 429: too many requests from this account or address; `Retry-After` says when to try again. */
	| 'rate-limited'
	/** 403: a read-only deployment (READ_ONLY=1) refuses every write. */
	| 'read-only';

/** Every error the API itself answers: `problems` with 400, `current` (the head) with 409. */
export interface ErrorResponse {
	error: ErrorCode;
	message: string;
	problems?: Problem[];
	current?: Revision;
}
