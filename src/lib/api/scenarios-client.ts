// The browser's side of /api/scenarios: typed calls that never throw on an HTTP error but
// return it, so each caller decides what the analyst sees (a conflict is not a failure).

import type { BilingualText, ScenarioInput } from '$lib/model';
import type { Problem } from '$lib/schema';
import type { Revision, RevisionMeta, SavedScenario, SavedScenarioSummary } from '$lib/server/storage/types';

export type { Revision, RevisionMeta, SavedScenario, SavedScenarioSummary };

export type ApiResult<T> =
	| { ok: true; value: T }
	| { ok: false; status: 409; conflict: Revision; message: string }
	| { ok: false; status: number; message: string; problems: Problem[] };

interface ErrorBody {
	message?: string;
	problems?: Problem[];
	current?: Revision;
}

async function call<T>(path: string, init?: RequestInit & { json?: unknown }): Promise<ApiResult<T>> {
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
	const body = (await response.json().catch(() => ({}))) as T & ErrorBody;
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

export const scenariosApi = {
	list: (query: { search?: string; model?: string; trash?: boolean } = {}) => {
		const params = new URLSearchParams();
		if (query.search) params.set('search', query.search);
		if (query.model) params.set('model', query.model);
		if (query.trash) params.set('trash', '1');
		return call<{ scenarios: SavedScenarioSummary[] }>(`${base}?${params}`);
	},
	create: (scenario: ScenarioInput, note: string, author: string) =>
		call<{ scenario: SavedScenario }>(base, { method: 'POST', json: { scenario, note, author } }),
	save: (id: string, baseRevision: number, scenario: ScenarioInput, note: string, author: string) =>
		call<{ revision: RevisionMeta }>(`${base}/${id}`, {
			method: 'PUT',
			json: { baseRevision, scenario, note, author }
		}),
	rename: (id: string, title: BilingualText, baseRevision: number) =>
		call<{ revision: RevisionMeta }>(`${base}/${id}/rename`, { method: 'POST', json: { title, baseRevision } }),
	duplicate: (id: string, revision?: number) =>
		call<{ scenario: SavedScenario }>(`${base}/${id}/duplicate`, { method: 'POST', json: { revision } }),
	remove: (id: string) => call<void>(`${base}/${id}`, { method: 'DELETE' }),
	undelete: (id: string) => call<unknown>(`${base}/${id}/undelete`, { method: 'POST', json: {} }),
	revisions: (id: string) => call<{ revisions: RevisionMeta[] }>(`${base}/${id}/revisions`),
	revision: (id: string, n: number) => call<{ revision: Revision }>(`${base}/${id}/revisions/${n}`),
	restoreRevision: (id: string, n: number, baseRevision: number, note: string) =>
		call<{ revision: RevisionMeta }>(`${base}/${id}/revisions/${n}/restore`, {
			method: 'POST',
			json: { baseRevision, note }
		}),
	importFile: (name: string, text: string) =>
		call<{ scenario: SavedScenario }>(`${base}/import?name=${encodeURIComponent(name)}`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: text
		}),
	exportHref: (id: string, revision?: number) => `${base}/${id}/export${revision ? `?revision=${revision}` : ''}`
};

const AUTHOR_KEY = 'scenario-desk:author';

/** The analyst's name, remembered on this device for the history's "who". */
export function rememberedAuthor(): string {
	return (typeof localStorage !== 'undefined' && localStorage.getItem(AUTHOR_KEY)) || '';
}

export function rememberAuthor(name: string): void {
	if (typeof localStorage !== 'undefined') localStorage.setItem(AUTHOR_KEY, name.trim());
}
