// The query strings of the app's pages, without path or language: what the dashboard and the
// presentation read (a start and its edits), what Compare reads (refs, `at`, `diff`), what a
// saved scenario's history reads (`from`, `to`). Kept apart from the localized hrefs (./hrefs.ts)
// so that the CLI can build a presentation's query without loading Paraglide; imports are
// relative for the same reason (the CLI runs under tsx, which knows no `$lib`).

import { encodeLinkState, type LinkStart } from '../editing/url-edits';
import type { ScenarioEdits } from '../editing/scenario-edits';

export type { LinkStart };

const NO_EDITS: ScenarioEdits = { drivers: {}, events: {} };

/**
 * A query string as a navigation within a page takes it: always `?…`, even when empty, since a
 * bare '' would navigate to the current address unchanged instead of to the page without a query.
 */
function search(query: string): string {
	return `?${query}`;
}

/**
 * The query of the dashboard and of the presentation: where the edits start and the edits.
 * Parameters of `keep` that say neither (a language, a tracking tag) stay, in place.
 */
export function scenarioQuery(
	start: LinkStart,
	edits: ScenarioEdits = NO_EDITS,
	keep: URLSearchParams = new URLSearchParams()
): URLSearchParams {
	return encodeLinkState(keep, start, edits);
}

/**
 * A query built or kept as it is (the dashboard's `scenarioQuery` as the address bar shows it, a
 * draft's stored query replayed) as a `search`, for a navigation within its page.
 */
export function querySearch(query: string | URLSearchParams): string {
	return search(query.toString());
}

/** `scenarioQuery` as a `search`, for a navigation within the dashboard. */
export function scenarioSearch(start: LinkStart, edits?: ScenarioEdits, keep?: URLSearchParams): string {
	return search(scenarioQuery(start, edits, keep).toString());
}

// ':', '/' and '@' are legal in a query string (RFC 3986), and links that keep them readable are
// easier to check by eye and to edit by hand.
function readable(value: string): string {
	return encodeURIComponent(value).replace(/%3A/gi, ':').replace(/%2F/gi, '/').replace(/%40/g, '@');
}

/** Compare's query (without `?`): one `s` per ref, in order, then the other parameters of `keep`. */
export function compareQuery(refs: readonly string[], keep: Iterable<[string, string]> = []): string {
	const parts = refs.map((ref) => `s=${readable(ref.trim())}`);
	for (const [key, value] of keep) if (key !== 's') parts.push(`${readable(key)}=${readable(value)}`);
	return parts.join('&');
}

/**
 * What Compare shows of its scenarios, besides which: the date of the grouped bars, only
 * differences, and the reference the others are measured against (a ref; without it the
 * model's baseline, else the first scenario).
 */
export type CompareView = {
	at?: string | null;
	diff?: '1' | null;
	ref?: string | null;
};

/**
 * Compare's own address after a change: `refs`, then the parameters of `current` with `change`
 * applied (a value replaces the parameter in place, null removes it, absent leaves it).
 */
export function compareSearch(
	refs: readonly string[],
	current: URLSearchParams = new URLSearchParams(),
	change: CompareView = {}
): string {
	return search(compareQuery(refs, withChange(current, change)));
}

/** The revisions a saved scenario's history compares, setting by setting. */
export interface HistoryDiff {
	from?: number;
	to?: number;
}

/** The history page's query after choosing revisions to compare; its other parameters stay. */
export function historySearch(current: URLSearchParams, change: HistoryDiff): string {
	const text = (n: number | undefined) => (n === undefined ? undefined : String(n));
	return search(withChange(current, { from: text(change.from), to: text(change.to) }).toString());
}

/** A copy of `params` with each key of `change` set (in place), or deleted when null. */
function withChange(params: URLSearchParams, change: Record<string, string | null | undefined>): URLSearchParams {
	const out = new URLSearchParams(params);
	for (const [key, value] of Object.entries(change)) {
		if (value === null) out.delete(key);
		else if (value !== undefined) out.set(key, value);
	}
	return out;
}
