// The browser's side of /api/scenarios: typed calls that never throw on an HTTP error but
// return it, so each caller decides what the analyst sees (a conflict is not a failure).

import type { BilingualText, ScenarioInput } from '$lib/model';
import type { Problem } from '$lib/schema';
import type {
	CreateRequest,
	DuplicateRequest,
	ErrorResponse,
	RenameRequest,
	RestoreRequest,
	Revision,
	RevisionListResponse,
	RevisionResponse,
	SavedRevisionResponse,
	SaveRequest,
	ScenarioListResponse,
	ScenarioResponse,
	UndeleteRequest
} from './types';

export type ApiResult<T> =
	| { ok: true; value: T }
	| { ok: false; status: 409; conflict: Revision; message: string }
	| { ok: false; status: number; message: string; problems: Problem[] };

export async function call<T>(path: string, init?: RequestInit & { json?: unknown }): Promise<ApiResult<T>> {
	const { json, ...rest } = init ?? {};
	let response: Response;
	try {
		response = await fetch(path, {
			...rest,
			headers: json === undefined ? rest.headers : { 'content-type': 'application/json', ...rest.headers },
			body: json === undefined ? rest.body : JSON.stringify(json)
		});
	} catch (error) {
		return { ok: false, status: 0, message: error instanceof Error ? error.message : String(error), problems: [] };
	}
	if (response.status === 204) return { ok: true, value: undefined as T };
	const body = (await response.json().catch(() => ({}))) as T & Partial<ErrorResponse>;
	if (response.ok) return { ok: true, value: body };
	if (response.status === 409 && body.current)
		return { ok: false, status: 409, conflict: body.current, message: body.message ?? '' };
	return {
		ok: false,
		status: response.status,
		message: body.message ?? response.statusText,
		problems: body.problems ?? []
	};
}

const base = '/api/scenarios';

/** Paging of a list: rows per page, and the `nextCursor` of the page before. */
export interface PageQuery {
	limit?: number;
	cursor?: string | null;
}

function pageParams({ limit, cursor }: PageQuery): URLSearchParams {
	const params = new URLSearchParams();
	if (limit !== undefined) params.set('limit', String(limit));
	if (cursor) params.set('cursor', cursor);
	return params;
}

export const scenariosApi = {
	/** One page; pass the answer's `nextCursor` as `cursor` for the next. */
	list: (query: { search?: string; model?: string; trash?: boolean } & PageQuery = {}) => {
		const params = pageParams(query);
		if (query.search) params.set('search', query.search);
		if (query.model) params.set('model', query.model);
		if (query.trash) params.set('trash', '1');
		return call<ScenarioListResponse>(`${base}?${params}`);
	},
	create: (scenario: ScenarioInput, note: string) =>
		call<ScenarioResponse>(base, { method: 'POST', json: { scenario, note } satisfies CreateRequest }),
	save: (id: string, baseRevision: number, scenario: ScenarioInput, note: string) =>
		call<SavedRevisionResponse>(`${base}/${id}`, {
			method: 'PUT',
			json: { baseRevision, scenario, note } satisfies SaveRequest
		}),
	rename: (id: string, title: BilingualText, baseRevision: number) =>
		call<SavedRevisionResponse>(`${base}/${id}/rename`, {
			method: 'POST',
			json: { title, baseRevision } satisfies RenameRequest
		}),
	duplicate: (id: string, revision?: number) =>
		call<ScenarioResponse>(`${base}/${id}/duplicate`, {
			method: 'POST',
			json: { revision } satisfies DuplicateRequest
		}),
	remove: (id: string) => call<void>(`${base}/${id}`, { method: 'DELETE' }),
	undelete: (id: string) =>
		call<ScenarioResponse>(`${base}/${id}/undelete`, { method: 'POST', json: {} satisfies UndeleteRequest }),
	revisions: (id: string, page: PageQuery = {}) =>
		call<RevisionListResponse>(`${base}/${id}/revisions?${pageParams(page)}`),
	revision: (id: string, n: number) => call<RevisionResponse>(`${base}/${id}/revisions/${n}`),
	restoreRevision: (id: string, n: number, baseRevision: number, note: string) =>
		call<SavedRevisionResponse>(`${base}/${id}/revisions/${n}/restore`, {
			method: 'POST',
			json: { baseRevision, note } satisfies RestoreRequest
		}),
	importFile: (name: string, text: string) =>
		call<ScenarioResponse>(`${base}/import?name=${encodeURIComponent(name)}`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: text
		})
};
