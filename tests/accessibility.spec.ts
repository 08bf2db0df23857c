import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { moderateOrWorseViolations } from './axe';
import { headingOutline, outlineProblems } from './headings';
import { COMPARE_CHARTS, DASHBOARD_CHARTS, ready } from './helpers';

// Every page of the app, in both languages, audited with axe-core's current rules (no moderate,
// serious or critical violation) and for its heading outline (one h1, no skipped level), with the
// parts a reader can open opened. The dashboard and compare pages carry the most colour, so they are
// checked in both themes; the others in the light theme in English and the dark one in Arabic.

const baseline = JSON.parse(readFileSync('scenarios/russia-dprk/baseline.json', 'utf8'));
const PRESETS = ['baseline', 'abandonment', 'china-restrains'].map((p) => `s=preset:russia-dprk/${p}`);

/** A saved scenario with two revisions, so that its history shows a diff. */
async function savedWithHistory(request: APIRequestContext): Promise<string> {
	const created = await request.post('/api/scenarios', {
		data: { scenario: { ...baseline, title: { en: 'Audit', ar: 'تدقيق' } }, note: 'first' }
	});
	expect(created.status()).toBe(201);
	const { scenario } = (await created.json()) as { scenario: { id: string } };
	const changed = { ...baseline, title: { en: 'Audit', ar: 'تدقيق' }, seed: baseline.seed + 1 };
	const put = await request.put(`/api/scenarios/${scenario.id}`, {
		data: { baseRevision: 1, scenario: changed, note: 'second' }
	});
	expect(put.status()).toBe(200);
	return scenario.id;
}

/** Opens every closed <details> and every chart's data table. */
async function openEverything(page: Page): Promise<void> {
	const closedDetails = page.locator('details:not([open]) > summary');
	while ((await closedDetails.count()) > 0) await closedDetails.first().click();
	const closedTables = page.locator('[aria-controls$="-data"][aria-expanded="false"]');
	while ((await closedTables.count()) > 0) await closedTables.first().click();
}

/** What the audits found on the page as it is now, under a name for the report. */
async function audit(page: Page, where = ''): Promise<string[]> {
	const violations = await moderateOrWorseViolations(page);
	const outline = outlineProblems(await headingOutline(page));
	const at = where ? `${where} ` : '';
	return [...violations.map((v) => `${at}${v}`), ...outline.map((p) => `${at}headings: ${p}`)];
}

/**
 * Audits each slide of a deck once, shown in full: from the end, walking back (Page Up hides a
 * slide's reveal steps one by one, then shows the slide before it whole).
 */
async function auditDeck(page: Page): Promise<string[]> {
	await expect(page.locator('.deck[data-ready="true"]')).toBeVisible();
	const progress = page.getByTestId('progress');
	const current = page.locator('.slide.current');
	const position = async () => `${await current.getAttribute('data-slide')}:${await current.getAttribute('data-step')}`;
	const found: string[] = [];
	await page.keyboard.press('End');
	for (;;) {
		const here = (await progress.textContent()) ?? '';
		found.push(...(await audit(page, `slide ${here}`)));
		if (here.startsWith('1 ')) return found;
		const slide = await current.getAttribute('data-slide');
		while ((await current.getAttribute('data-slide')) === slide) {
			const before = await position();
			await page.keyboard.press('PageUp');
			await expect.poll(position).not.toBe(before);
		}
	}
}

interface PageCase {
	name: string;
	/** The page's path (without the /ar prefix); `savedId` is set when `needsSaved` is. */
	path: (savedId: string) => string;
	needsSaved?: boolean;
	themes: { en: string[]; ar: string[] };
	visit: (page: Page) => Promise<string[]>;
}

/** A page of charts (the dashboard, Compare): drawn, every part opened, every data table shown. */
function auditChartsPage(charts: number) {
	return async (page: Page): Promise<string[]> => {
		await expect(page.locator('[data-chart] canvas')).toHaveCount(charts);
		await openEverything(page);
		await expect(page.locator('[data-chart] table')).toHaveCount(charts);
		return audit(page);
	};
}

const BOTH = { en: ['light', 'dark'], ar: ['light', 'dark'] };
const ONE = { en: ['light'], ar: ['dark'] };

const PAGES: PageCase[] = [
	{
		name: 'dashboard',
		path: () => '/',
		themes: BOTH,
		visit: auditChartsPage(DASHBOARD_CHARTS)
	},
	{
		name: 'compare',
		path: () => `/compare?${PRESETS.join('&')}`,
		themes: BOTH,
		visit: auditChartsPage(COMPARE_CHARTS)
	},
	{
		name: 'presentation',
		path: () => '/present?model=russia-dprk&scenario=baseline',
		themes: ONE,
		visit: auditDeck
	},
	{
		name: 'compare presentation',
		path: () => `/present/compare?${PRESETS.slice(0, 2).join('&')}`,
		themes: ONE,
		visit: auditDeck
	},
	{
		name: 'scenarios list',
		needsSaved: true,
		path: () => '/scenarios',
		themes: ONE,
		visit: async (page) => {
			await expect(page.getByRole('table')).toBeVisible();
			await openEverything(page);
			return audit(page);
		}
	},
	{
		name: 'scenario history',
		needsSaved: true,
		path: (id) => `/scenarios/${id}`,
		themes: ONE,
		visit: async (page) => {
			await expect(page.locator('#diff-heading')).toBeVisible();
			await openEverything(page);
			return audit(page);
		}
	}
];

for (const p of PAGES) {
	for (const locale of ['en', 'ar'] as const) {
		for (const theme of p.themes[locale]) {
			test(`${p.name}: no moderate or worse axe violation, one h1, no skipped heading (${locale}, ${theme})`, async ({
				page,
				context,
				baseURL,
				request
			}) => {
				await context.addCookies([{ name: 'theme', value: theme, url: baseURL! }]);
				const savedId = p.needsSaved ? await savedWithHistory(request) : '';
				await page.goto(`${locale === 'ar' ? '/ar' : ''}${p.path(savedId)}`);
				await ready(page);
				await expect(page.locator('html')).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr');
				await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
				expect(await p.visit(page)).toEqual([]);
			});
		}
	}
}

test('the outline check finds a missing h1, a second h1 and a skipped level', () => {
	expect(
		outlineProblems([
			{ level: 1, text: 'a' },
			{ level: 2, text: 'b' },
			{ level: 3, text: 'c' }
		])
	).toEqual([]);
	expect(outlineProblems([{ level: 2, text: 'b' }])).toEqual(['0 h1 ()', 'starts at h2 "b"']);
	expect(
		outlineProblems([
			{ level: 1, text: 'a' },
			{ level: 1, text: 'z' }
		])
	).toEqual(['2 h1 (a | z)']);
	expect(
		outlineProblems([
			{ level: 1, text: 'a' },
			{ level: 2, text: 'b' },
			{ level: 4, text: 'd' }
		])
	).toEqual(['h2 "b" → h4 "d"']);
});
