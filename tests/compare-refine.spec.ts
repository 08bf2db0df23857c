import { readFile } from 'node:fs/promises';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { gapAttribution, simulate, type ModelInput, type ScenarioInput } from '../src/lib/model/index';
import { indexDifferenceText, pointsText, tableNumber } from '../src/lib/format/numbers';
import { moderateOrWorseViolations } from './axe';
import { ready } from './helpers';

// Issue 12, bounded work: the server computes each compared scenario on at most SERVER_SAMPLES
// paths (10,000 by default, as here); two saved scenarios of 30,000 paths open with the bounded
// numbers, then the page's worker refines to their own count and every table follows — the numbers
// of the engine run here at 30,000. The worker's script is held back until the bounded numbers
// have been read, so the test sees both states whatever the machine's speed.

const PATHS = 30_000;
const BOUND = 10_000;

const CASES = [
	{
		locale: 'en',
		prefix: '',
		refining: 'Refining',
		refined: 'own number of paths (up to 30,000)',
		paths: (n: string) => `${n} paths)`
	},
	{
		locale: 'ar',
		prefix: '/ar',
		refining: 'جارٍ التحسين',
		refined: 'حتى 30,000 مسار',
		paths: (n: string) => `${n} مسار)`
	}
] as const;

/** Holds the page's worker script back until `release()`; `requests()` counts the asks. */
async function holdWorker(page: Page) {
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	let requests = 0;
	await page.route(/simulation\.worker/, async (route) => {
		requests++;
		await held;
		await route.continue();
	});
	return { release, requests: () => requests };
}

async function shipped(file: string) {
	return JSON.parse(await readFile(`scenarios/russia-dprk/${file}.json`, 'utf8'));
}

async function save(request: APIRequestContext, preset: string, title: string): Promise<ScenarioInput> {
	const scenario = { ...(await shipped(preset)), samples: PATHS, title: { en: title, ar: `${title} (ar)` } };
	const created = await request.post('/api/scenarios', { data: { scenario } });
	expect(created.status()).toBe(201);
	return { ...scenario, id: (await created.json()).scenario.id };
}

/** The rupture table's cells, one column per scenario, as the page writes them. */
async function ruptureColumns(page: Page): Promise<string[][]> {
	const table = await openTable(page, 'compare-rupture');
	const rows = await table
		.locator('tbody tr')
		.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
	return rows[0].map((_, column) => rows.map((row) => row[column]));
}

/** The gap table's last row, all inputs together: the gap in points and in the index. */
async function wholeGap(page: Page): Promise<string[]> {
	return (await openTable(page, 'compare-gap-1')).locator('tbody tr').last().locator('td').allTextContents();
}

function expectedGap(model: ModelInput, a: ScenarioInput, b: ScenarioInput, samples: number, locale: 'en' | 'ar') {
	const gap = gapAttribution(model, a, b, { samples });
	return ['', pointsText(gap.probabilityGap, locale), indexDifferenceText(gap.gap, locale)];
}

async function openTable(page: Page, chart: string) {
	const card = page.locator(`[data-chart="${chart}"]`);
	const toggle = card.locator(`[aria-controls="${chart}-data"]`);
	await expect(async () => {
		if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
		await expect(toggle).toHaveAttribute('aria-expanded', 'true', { timeout: 1000 });
	}).toPass();
	await expect(card.locator('table tbody tr').first()).toBeVisible();
	return card.locator('table');
}

const expectedRupture = (model: ModelInput, scenario: ScenarioInput, samples: number, locale: 'en' | 'ar') =>
	simulate(model, scenario, { samples }).ruptureRisk.map((r) => tableNumber(r * 100, locale));

for (const c of CASES) {
	test(`compare (${c.locale}): 30,000-path scenarios open on the server's 10,000, then the worker's full count`, async ({
		page,
		request
	}) => {
		test.setTimeout(120_000);
		const model: ModelInput = await shipped('model');
		const stamp = Date.now();
		const first = await save(request, 'baseline', `Refine A ${c.locale} ${stamp}`);
		const second = await save(request, 'abandonment', `Refine B ${c.locale} ${stamp}`);

		const worker = await holdWorker(page);
		await page.goto(`${c.prefix}/compare?s=saved:${first.id}&s=saved:${second.id}`);
		await ready(page);
		const status = page.getByTestId('compare-refine-status');
		await expect(status).toHaveAttribute('data-refining', 'true');
		await expect(status).toContainText(c.refining);
		expect(await moderateOrWorseViolations(page)).toEqual([]);

		const bounded = await ruptureColumns(page);
		expect(bounded).toEqual([
			expectedRupture(model, first, BOUND, c.locale),
			expectedRupture(model, second, BOUND, c.locale)
		]);
		expect(await wholeGap(page)).toEqual(expectedGap(model, first, second, BOUND, c.locale));

		// The page asked for its worker (and the worker for nothing since): held until now.
		expect(worker.requests()).toBe(1);
		worker.release();
		await expect(status).toHaveAttribute('data-refining', 'false', { timeout: 60_000 });
		await expect(status).toContainText(c.refined);
		const full = await ruptureColumns(page);
		expect(full).toEqual([
			expectedRupture(model, first, PATHS, c.locale),
			expectedRupture(model, second, PATHS, c.locale)
		]);
		expect(full).not.toEqual(bounded);
		expect(await wholeGap(page)).toEqual(expectedGap(model, first, second, PATHS, c.locale));
	});

	test(`comparison slides (${c.locale}): the same refinement, and the provenance names the paths used`, async ({
		page,
		request
	}) => {
		const stamp = Date.now();
		const first = await save(request, 'baseline', `Slides A ${c.locale} ${stamp}`);
		const second = await save(request, 'ceasefire-drift', `Slides B ${c.locale} ${stamp}`);
		const worker = await holdWorker(page);
		await page.goto(`${c.prefix}/present/compare?s=saved:${first.id}&s=saved:${second.id}`);
		await ready(page);
		const status = page.getByTestId('compare-refine-status');
		const provenance = page.getByTestId('title-provenance');
		await expect(status).toHaveAttribute('data-refining', 'true');
		await expect(status).toContainText(c.refining);
		await expect(provenance).toContainText(c.paths('10,000'));
		await expect(provenance).not.toContainText(c.paths('30,000'));
		// The status sits in the slides' dark control bar: readable there too.
		expect(await moderateOrWorseViolations(page)).toEqual([]);

		expect(worker.requests()).toBe(1);
		worker.release();
		await expect(status).toHaveAttribute('data-refining', 'false', { timeout: 60_000 });
		await expect(status).toContainText(c.refined);
		await expect(provenance).toContainText(c.paths('30,000'));
		await expect(provenance).not.toContainText(c.paths('10,000'));
	});
}
