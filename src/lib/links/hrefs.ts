// Every link from one page of the app to another, in the language of the page it is on (Paraglide
// adds `/ar` on an Arabic page), or in `options.locale` when given. A navigation within one page
// uses the `…Search` builders of ./queries.ts instead, relative to where it is.

import type { Locale } from '$lib/model';
import type { ScenarioEdits } from '../editing/scenario-edits';
import { localizeHref } from '../paraglide/runtime';
import { scenarioSearch, type HistoryDiff, type LinkStart } from './queries';

export interface LinkOptions {
	/** The language of the page linked to; the current page's by default. */
	locale?: Locale;
}

/**
 * The dashboard on a preset (a model's first when `scenario` is left out) or a saved scenario,
 * with edits; without a start, as it opens (the first model's first preset).
 */
export function dashboardHref(start?: LinkStart, edits?: ScenarioEdits, options?: LinkOptions): string {
	return localizeHref(start ? `/${scenarioSearch(start, edits)}` : '/', options);
}

/** The presentation of what the dashboard would show for the same start and edits. */
export function presentHref(start: LinkStart, edits?: ScenarioEdits, options?: LinkOptions): string {
	return localizeHref(`/present${scenarioSearch(start, edits)}`, options);
}

/** Pages whose query names the same scenarios, so that one can be opened on the other's. */
const PATHS = {
	dashboard: '/',
	present: '/present',
	compare: '/compare',
	'present-compare': '/present/compare'
} as const;

/**
 * Another view of the scenarios of the page one is on: its `search` passed on untouched (the
 * presentation's way back to the dashboard, Compare's Present and the way back to Compare).
 */
export function sameScenariosHref(page: keyof typeof PATHS, search: string, options?: LinkOptions): string {
	return localizeHref(`${PATHS[page]}${search}`, options);
}

/**
 * Compare on refs such as `preset:russia-dprk/baseline` or `saved:abc@3`, from another page.
 * Each ref is fully percent-encoded (`saved%3Aabc%403`) as these links always were; Compare's own
 * address, written by `compareSearch`, keeps `:`, `/` and `@` readable, and both read the same.
 */
export function compareHref(refs: readonly string[], options?: LinkOptions): string {
	return localizeHref(`/compare?${refs.map((ref) => `s=${encodeURIComponent(ref)}`).join('&')}`, options);
}

/** The list of saved scenarios, or its trash. */
/** The saved list (or the trash), with its search, at the page after or before a cursor. */
export function scenariosHref(
	view: { trash?: boolean; search?: string; after?: string; before?: string } = {},
	options?: LinkOptions
): string {
	const query = new URLSearchParams();
	if (view.trash) query.set('trash', '1');
	if (view.search) query.set('search', view.search);
	if (view.after) query.set('after', view.after);
	else if (view.before) query.set('before', view.before);
	const text = query.toString();
	return localizeHref(text ? `/scenarios?${text}` : '/scenarios', options);
}

/** A saved scenario's history, comparing two of its revisions when `diff` names them. */
export function historyHref(id: string, diff: HistoryDiff = {}, options?: LinkOptions): string {
	const query = [diff.from === undefined ? '' : `from=${diff.from}`, diff.to === undefined ? '' : `to=${diff.to}`]
		.filter(Boolean)
		.join('&');
	return localizeHref(`/scenarios/${encodeURIComponent(id)}${query ? `?${query}` : ''}`, options);
}

/** The same page in another language (a full reload sets `lang` and `dir` on the document). */
export function languageHref(url: { pathname: string; search: string }, locale: Locale): string {
	return localizeHref(`${url.pathname}${url.search}`, { locale });
}

/** A saved scenario's revision (its head when left out) as a scenario file: an API address, in no language. */
export function exportHref(id: string, revision?: number): string {
	return `/api/scenarios/${encodeURIComponent(id)}/export${revision ? `?revision=${revision}` : ''}`;
}

/**
 * The sign-in page; `returnTo` (a path on this site, with its query) is where it leads after.
 * Anything that is not a plain local path is dropped, so the page cannot be made to send a
 * signed-in visitor to another site.
 */
export function signInHref(returnTo?: string, options?: LinkOptions): string {
	const back = returnTo && isLocalPath(returnTo) && returnTo !== '/' ? `?${new URLSearchParams({ returnTo })}` : '';
	return localizeHref(`/signin${back}`, options);
}

/** Creating the first admin; only there while no account exists. */
export function setupHref(options?: LinkOptions): string {
	return localizeHref('/setup', options);
}

/** A path on this site ('/x?y'), not '//host', '/\\host' or 'https://host'. */
export function isLocalPath(path: string): boolean {
	return path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\');
}
