// Each href is checked against the expression that built it by hand before this module existed
// (named in each test), over generated ids in both languages, and against literal URLs.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeLinkState } from '$lib/editing/url-edits';
import type { ScenarioEdits } from '$lib/editing/scenario-edits';
import { localizeHref } from '$lib/paraglide/runtime';
import {
	compareHref,
	dashboardHref,
	exportHref,
	historyHref,
	languageHref,
	presentHref,
	sameScenariosHref,
	scenariosHref
} from './hrefs';

// Saved ids and preset names are kebab-case (src/lib/server/storage/ids.ts, the schema).
const id = fc.string({
	unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789-'),
	minLength: 1,
	maxLength: 16
});
const revision = fc.integer({ min: 1, max: 999_999 });
const locale = fc.constantFrom('en' as const, 'ar' as const);
const edits = fc.record({
	drivers: fc.dictionary(id, fc.record({ weight: fc.double({ min: 0, max: 1, noNaN: true }) })),
	events: fc.dictionary(id, fc.double({ min: 0, max: 1, noNaN: true }))
}) as fc.Arbitrary<ScenarioEdits>;

describe('links to the dashboard and the presentation', () => {
	it('open a saved scenario as the list, the import and the history did', () => {
		fc.assert(
			fc.property(id, revision, locale, (s, n, lang) => {
				// SavedTable and ImportForm: localizeHref(`/?saved=${id}`)
				expect(dashboardHref({ kind: 'saved', id: s }, undefined, { locale: lang })).toBe(
					localizeHref(`/?saved=${s}`, { locale: lang })
				);
				// RevisionList: localizeHref(`/?saved=${saved.id}&rev=${r.revision}`)
				expect(dashboardHref({ kind: 'saved', id: s, revision: n }, undefined, { locale: lang })).toBe(
					localizeHref(`/?saved=${s}&rev=${n}`, { locale: lang })
				);
			})
		);
		expect(dashboardHref({ kind: 'saved', id: 'k2p9qaz1m0' })).toBe('/?saved=k2p9qaz1m0');
		expect(dashboardHref({ kind: 'saved', id: 'k2p9qaz1m0', revision: 3 }, undefined, { locale: 'ar' })).toBe(
			'/ar/?saved=k2p9qaz1m0&rev=3'
		);
	});

	it('open a preset, or a model alone, as Compare did', () => {
		fc.assert(
			fc.property(id, id, locale, (model, scenario, lang) => {
				// ComparePage: `/?${new URLSearchParams({ model, scenario })}` or `/?${new URLSearchParams({ model })}`
				expect(dashboardHref({ kind: 'preset', model, scenario }, undefined, { locale: lang })).toBe(
					localizeHref(`/?${new URLSearchParams({ model, scenario })}`, { locale: lang })
				);
				expect(dashboardHref({ kind: 'preset', model }, undefined, { locale: lang })).toBe(
					localizeHref(`/?${new URLSearchParams({ model })}`, { locale: lang })
				);
			})
		);
		expect(dashboardHref({ kind: 'preset', model: 'russia-dprk' })).toBe('/?model=russia-dprk');
		// the list's way back: localizeHref('/')
		expect(dashboardHref()).toBe('/');
		expect(dashboardHref(undefined, undefined, { locale: 'ar' })).toBe('/ar/');
	});

	it('present the dashboard’s start and edits as its Present button did', () => {
		fc.assert(
			fc.property(id, id, revision, edits, locale, (model, s, n, e, lang) => {
				for (const start of [
					{ kind: 'preset', model, scenario: s },
					{ kind: 'saved', id: s, revision: n }
				] as const)
					// ExportButtons: localizeHref(`/present?${encodeLinkState(new URLSearchParams(), source, edits)}`)
					expect(presentHref(start, e, { locale: lang })).toBe(
						localizeHref(`/present?${encodeLinkState(new URLSearchParams(), start, e)}`, { locale: lang })
					);
			})
		);
		expect(
			presentHref(
				{ kind: 'preset', model: 'russia-dprk', scenario: 'baseline' },
				{ drivers: { 'china-calculus': { weight: 0.7, assessment: 0.1 } }, events: { ceasefire: 0.6 } },
				{ locale: 'ar' }
			)
		).toBe('/ar/present?model=russia-dprk&scenario=baseline&d=china-calculus%3Aw0.7%2Ca0.1&e=ceasefire%3A0.6');
	});

	it('pass the page’s query on untouched to the other view of the same scenarios', () => {
		const searches = fc.constantFrom('', '?model=m&scenario=b&d=x%3Aw0.5', '?s=preset:m/a&s=saved%3Ab%402&at=2027-Q4');
		fc.assert(
			fc.property(searches, locale, (search, lang) => {
				const options = { locale: lang };
				// present/+page.svelte: localizeHref(`/${page.url.search}`)
				expect(sameScenariosHref('dashboard', search, options)).toBe(localizeHref(`/${search}`, options));
				expect(sameScenariosHref('present', search, options)).toBe(localizeHref(`/present${search}`, options));
				// present/compare/+page.svelte: localizeHref(`/compare${page.url.search}`)
				expect(sameScenariosHref('compare', search, options)).toBe(localizeHref(`/compare${search}`, options));
				// CompareHeader: localizeHref(`/present/compare${page.url.search}`)
				expect(sameScenariosHref('present-compare', search, options)).toBe(
					localizeHref(`/present/compare${search}`, options)
				);
			})
		);
		expect(sameScenariosHref('present-compare', '?s=preset:m/a&diff=1', { locale: 'ar' })).toBe(
			'/ar/present/compare?s=preset:m/a&diff=1'
		);
	});
});

describe('links to Compare', () => {
	it('name the dashboard’s scenario as its toolbar did, and a selection as the list did', () => {
		fc.assert(
			fc.property(id, id, revision, fc.array(id, { maxLength: 4 }), locale, (a, b, n, ids, lang) => {
				const options = { locale: lang };
				for (const ref of [`preset:${a}/${b}`, `saved:${a}@${n}`])
					// Toolbar: localizeHref(`/compare?s=${encodeURIComponent(compareSelf)}`)
					expect(compareHref([ref], options)).toBe(localizeHref(`/compare?s=${encodeURIComponent(ref)}`, options));
				// SavedTable: localizeHref(`/compare?${selected.map((id) => `s=${encodeURIComponent(`saved:${id}`)}`).join('&')}`)
				expect(
					compareHref(
						ids.map((s) => `saved:${s}`),
						options
					)
				).toBe(localizeHref(`/compare?${ids.map((s) => `s=${encodeURIComponent(`saved:${s}`)}`).join('&')}`, options));
			})
		);
		expect(compareHref(['preset:russia-dprk/baseline', 'saved:k2p9qaz1m0@3'])).toBe(
			'/compare?s=preset%3Arussia-dprk%2Fbaseline&s=saved%3Ak2p9qaz1m0%403'
		);
	});

	it('carry refs that Compare reads back as they were', () => {
		fc.assert(
			fc.property(fc.array(fc.string(), { maxLength: 4 }), (refs) => {
				const url = new URL(compareHref(refs), 'http://localhost');
				expect(url.pathname).toBe('/compare');
				expect(url.searchParams.getAll('s')).toEqual(refs);
			})
		);
	});
});

describe('links to saved scenarios', () => {
	it('open the list, its trash and a history as the pages did', () => {
		fc.assert(
			fc.property(id, locale, (s, lang) => {
				const options = { locale: lang };
				// SavedTable, SaveControls: localizeHref(`/scenarios/${id}`)
				expect(historyHref(s, {}, options)).toBe(localizeHref(`/scenarios/${s}`, options));
				// the pages and SaveControls: localizeHref('/scenarios'), localizeHref('/scenarios?trash=1')
				expect(scenariosHref({}, options)).toBe(localizeHref('/scenarios', options));
				expect(scenariosHref({ trash: true }, options)).toBe(localizeHref('/scenarios?trash=1', options));
			})
		);
		expect(scenariosHref({ trash: true }, { locale: 'ar' })).toBe('/ar/scenarios?trash=1');
		expect(historyHref('k2p9qaz1m0', { from: 1, to: 3 }, { locale: 'ar' })).toBe(
			'/ar/scenarios/k2p9qaz1m0?from=1&to=3'
		);
		expect(historyHref('k2p9qaz1m0', { to: 3 })).toBe('/scenarios/k2p9qaz1m0?to=3');
	});

	it('export a revision, or the head, from the API in no language', () => {
		fc.assert(
			fc.property(id, revision, (s, n) => {
				// scenariosApi.exportHref(id, revision)
				expect(exportHref(s, n)).toBe(`/api/scenarios/${s}/export?revision=${n}`);
				expect(exportHref(s)).toBe(`/api/scenarios/${s}/export`);
			})
		);
	});
});

describe('the language switch', () => {
	it('opens the same page and query in the other language', () => {
		// LanguageSwitch: localizeHref(`${page.url.pathname}${page.url.search}`, { locale: otherLocale })
		expect(languageHref({ pathname: '/compare', search: '?s=preset:m/a' }, 'ar')).toBe('/ar/compare?s=preset:m/a');
		expect(languageHref({ pathname: '/ar/scenarios/x1', search: '' }, 'en')).toBe('/scenarios/x1');
		expect(languageHref({ pathname: '/', search: '?saved=x&rev=2' }, 'ar')).toBe('/ar/?saved=x&rev=2');
	});
});
