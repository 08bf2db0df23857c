// Each query is checked against the expression that built it by hand before this module existed
// (named in each test), over generated values, and against literal strings.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeLinkState } from '$lib/editing/url-edits';
import { formatRef, parseRefs } from '$lib/compare/refs';
import { compareQuery, compareSearch, historySearch, querySearch, scenarioQuery, scenarioSearch } from './queries';

const id = fc.string({
	unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789-'),
	minLength: 1,
	maxLength: 16
});
const revision = fc.integer({ min: 1, max: 999_999 });
const params = fc
	.array(fc.tuple(fc.constantFrom('s', 'at', 'diff', 'from', 'to', 'lang', 'x y'), fc.string()), { maxLength: 6 })
	.map((entries) => new URLSearchParams(entries));

describe('the dashboard’s query', () => {
	it('switches scenario as the toolbar and the save flow did', () => {
		fc.assert(
			fc.property(id, id, revision, (a, b, n) => {
				// Toolbar: `?saved=${encodeURIComponent(id)}`; `?${new URLSearchParams({ model, scenario })}`
				expect(scenarioSearch({ kind: 'saved', id: a })).toBe(`?saved=${encodeURIComponent(a)}`);
				expect(scenarioSearch({ kind: 'preset', model: a })).toBe(`?${new URLSearchParams({ model: a })}`);
				expect(scenarioSearch({ kind: 'preset', model: a, scenario: b })).toBe(
					`?${new URLSearchParams({ model: a, scenario: b })}`
				);
				// SaveFlow: `?saved=${encodeURIComponent(id)}&rev=${revision}`
				expect(scenarioSearch({ kind: 'saved', id: a, revision: n })).toBe(`?saved=${encodeURIComponent(a)}&rev=${n}`);
			})
		);
	});

	it('follows the edits, keeping the link’s other parameters, as the dashboard did', () => {
		const keep = new URLSearchParams('lang=x&d=old&model=old');
		const start = { kind: 'saved', id: 'k2p9qaz1m0', revision: 3 } as const;
		const edits = { drivers: { war: { assessment: 0.2 } }, events: {} };
		// Dashboard: `?${encodeLinkState(page.url.searchParams, editor.source, edits)}`
		expect(scenarioSearch(start, edits, keep)).toBe(`?${encodeLinkState(keep, start, edits)}`);
		expect(scenarioSearch(start, edits, keep)).toBe('?lang=x&saved=k2p9qaz1m0&rev=3&d=war%3Aa0.2');
		expect(keep.toString()).toBe('lang=x&d=old&model=old');
	});

	it('is the presentation’s query for the CLI, as it wrote it', () => {
		// brief-query: new URLSearchParams({ saved: id }), then rev when given
		expect(scenarioQuery({ kind: 'saved', id: 'k2p9qaz1m0' }).toString()).toBe('saved=k2p9qaz1m0');
		expect(scenarioQuery({ kind: 'saved', id: 'k2p9qaz1m0', revision: 2 }).toString()).toBe('saved=k2p9qaz1m0&rev=2');
	});

	it('follows the edits and replays a draft as the dashboard and its draft notice did', () => {
		fc.assert(
			fc.property(params, (query) => {
				// Dashboard: replaceState(`?${params}`); DraftNotice: href="?{draft.search}"
				expect(querySearch(query)).toBe(`?${query}`);
				expect(querySearch(query.toString())).toBe(`?${query.toString()}`);
			})
		);
		expect(querySearch(scenarioQuery({ kind: 'preset', model: 'm', scenario: 'b' }))).toBe('?model=m&scenario=b');
		expect(querySearch('')).toBe('?');
	});
});

describe('Compare’s query', () => {
	it('writes readable refs, keeping other parameters after them and dropping old refs', () => {
		const keep = new URLSearchParams('s=preset:m/old&at=2027-Q4&diff=1');
		expect(compareQuery(['preset:m/a', 'preset:m/b'], keep)).toBe('s=preset:m/a&s=preset:m/b&at=2027-Q4&diff=1');
		expect(compareSearch(['preset:russia-dprk/baseline', 'saved:abc123xyz9@3'])).toBe(
			'?s=preset:russia-dprk/baseline&s=saved:abc123xyz9@3'
		);
		expect(compareSearch([])).toBe('?');
		expect(compareSearch([], new URLSearchParams('s=bad&at=2027-Q4'))).toBe('?at=2027-Q4');
	});

	it('round-trips through a real URL, escaping what needs it', () => {
		const refs = ['preset:russia-dprk/baseline', 'saved:a b&c=d#e', 'saved:x@2'];
		const url = new URL(`/compare${compareSearch(refs)}`, 'http://localhost');
		expect(url.searchParams.getAll('s')).toEqual(refs);
		expect(parseRefs(url.searchParams.getAll('s')).refs.map(formatRef)).toEqual([
			'preset:russia-dprk/baseline',
			'saved:x@2'
		]);
	});

	it('changes the date and the toggle as the Compare page did', () => {
		// ComparePage.setParam: a copy of page.url.searchParams, set or deleted, then `?${compareQuery(refs, params)}`
		function before(refs: string[], current: URLSearchParams, key: 'at' | 'diff', value: string | null) {
			const copy = new URLSearchParams(current);
			if (value === null) copy.delete(key);
			else copy.set(key, value);
			return `?${compareQuery(refs, copy)}`;
		}
		fc.assert(
			fc.property(
				fc.array(fc.string(), { minLength: 1, maxLength: 4 }),
				params,
				fc.option(fc.string()),
				fc.boolean(),
				(refs, current, at, diff) => {
					expect(compareSearch(refs, current, { at })).toBe(before(refs, current, 'at', at));
					expect(compareSearch(refs, current, { diff: diff ? '1' : null })).toBe(
						before(refs, current, 'diff', diff ? '1' : null)
					);
				}
			)
		);
		const current = new URLSearchParams('s=saved:x&at=2026-Q1&diff=1');
		expect(compareSearch(['saved:x'], current, { diff: null })).toBe('?s=saved:x&at=2026-Q1');
		expect(compareSearch(['saved:x'], current, { at: '2027-Q4' })).toBe('?s=saved:x&at=2027-Q4&diff=1');
	});
});

describe('the history’s query', () => {
	it('picks the revisions to compare as the diff did, keeping the rest', () => {
		// RevisionDiff.choose: a copy of page.url.searchParams with `which` set, then `?${params}`
		fc.assert(
			fc.property(params, fc.constantFrom('from' as const, 'to' as const), revision, (current, which, n) => {
				const copy = new URLSearchParams(current);
				copy.set(which, String(n));
				expect(historySearch(current, { [which]: n })).toBe(`?${copy}`);
			})
		);
		expect(historySearch(new URLSearchParams('from=1&to=3'), { from: 2 })).toBe('?from=2&to=3');
		expect(historySearch(new URLSearchParams(), { to: 4 })).toBe('?to=4');
	});
});
