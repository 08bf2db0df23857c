import { expect, test, type Page } from '@playwright/test';
import { ready } from './helpers';
import { readFile } from 'node:fs/promises';
import { readZip, slideText } from '../src/lib/briefing/test-zip';
import { gapAttribution, simulate, type Uncertainty } from '../src/lib/model/index';
import { loadScenarioWithModel } from '../src/lib/server/preset-files';

// Issue 10 on Compare and in the briefing: what the outcome depends on (per scenario, and as a
// slide and a PowerPoint chart), and the gap between two scenarios in points of the headline
// outcome. The figures are checked against the engine run here on the same presets.

async function preset(id: string) {
	const loaded = await loadScenarioWithModel(`scenarios/russia-dprk/${id}.json`);
	if (!loaded.ok) throw new Error(`${id} does not load`);
	return loaded;
}

/** The app's whole percent ("37%"), and its points with one decimal and a true minus ("−5.2"). */
const percent = (share: number) => `${Math.round(share * 100)}%`;
const points = (difference: number) => {
	const digits = (Math.abs(difference) * 100).toFixed(1);
	return digits === '0.0' ? digits : `${difference > 0 ? '+' : '\u2212'}${digits}`;
};
const SOURCES = ['ranges', 'events', 'unmodelled', 'interaction'] as const;

const CASES = [
	{ locale: 'en', prefix: '', pts: 'pts', title: 'What the outcome depends on', forward: 'ArrowRight' },
	{ locale: 'ar', prefix: '/ar', pts: 'نقطة', title: 'علامَ تتوقف النتيجة', forward: 'ArrowLeft' }
] as const;

const PAIR = '/compare?s=preset:russia-dprk/baseline&s=preset:russia-dprk/abandonment';

/** Opens a chart card's "show data" table (clicking until hydration has made the button work). */
async function dataTable(page: Page, chart: string) {
	const card = page.locator(`[data-chart="${chart}"]`);
	const toggle = card.locator(`[aria-controls="${chart}-data"]`);
	await expect(async () => {
		if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
		await expect(toggle).toHaveAttribute('aria-expanded', 'true', { timeout: 1000 });
	}).toPass();
	await expect(card.locator('table tbody tr').first()).toBeVisible();
	return card.locator('table');
}

/** Walks the deck forward until the slide is the current one. */
async function goToSlide(page: Page, id: string, forward: string) {
	await expect(page.locator('.deck[data-ready="true"]')).toBeVisible();
	const slide = page.locator(`[data-slide="${id}"]`);
	for (let i = 0; i < 30 && !(await slide.evaluate((el) => el.classList.contains('current'))); i++)
		await page.keyboard.press(forward);
	await expect(slide).toHaveClass(/current/);
	return slide;
}

for (const c of CASES) {
	test(`Compare shows what each outcome depends on and the gap in points (${c.locale})`, async ({ page }) => {
		const [baseline, abandonment] = await Promise.all([preset('baseline'), preset('abandonment')]);
		const { model } = baseline;
		const shares = [baseline, abandonment].map((p) => simulate(model, p.scenario).uncertainty);
		await page.goto(`${c.prefix}${PAIR}`);
		await ready(page);

		const table = page.getByTestId('compare-uncertainty');
		for (const source of SOURCES) {
			const cells = table.locator(`tr[data-source="${source}"] td`);
			await expect(cells).toHaveText(shares.map((u: Uncertainty) => percent(u[source]).replace('-', '\u2212')));
		}
		await expect(table.locator('tr[data-source="inputs"] td')).toHaveText(
			shares.map((u) => percent(u.ranges + u.events))
		);
		await expect(table.locator('tr[data-source="verdict"] td')).toHaveCount(2);

		// The gap: the ceasefire (an event) has its part in points and in the index, as the engine says.
		const gap = gapAttribution(model, baseline.scenario, abandonment.scenario);
		const card = page.locator('[data-chart="compare-gap-1"]');
		await expect(card).toContainText(`${points(gap.probabilityGap)} ${c.pts}`);
		const rows = (await dataTable(page, 'compare-gap-1')).locator('tbody tr');
		const shown = gap.items.filter((i) => i.probability !== 0 || i.index !== 0);
		await expect(rows).toHaveCount(shown.length + 1);
		const ceasefire = gap.items.find((i) => i.id === 'ukraine-ceasefire');
		expect(ceasefire?.kind).toBe('event');
		const label = model.events.find((e) => e.id === 'ukraine-ceasefire')?.label[c.locale] ?? '';
		const row = rows.filter({ has: page.locator('th', { hasText: label }) });
		await expect(row.locator('td').nth(1)).toHaveText(new RegExp(`^\\u200e?${points(ceasefire?.probability ?? 0)}$`));
		await expect(row.locator('td').nth(2)).toHaveText(/^\u200e?[+−]\d\.\d{3}$/);
	});

	test(`the briefing has a slide on what the outcome depends on, with its numbers and reading (${c.locale})`, async ({
		page
	}) => {
		const { model, scenario } = await preset('baseline');
		const u = simulate(model, scenario).uncertainty;
		await page.goto(`${c.prefix}/present?model=russia-dprk&scenario=baseline`);
		await ready(page);
		const slide = await goToSlide(page, 'chart-uncertainty', c.forward);
		await expect(slide.locator('h2')).toHaveText(c.title);
		await expect(slide.locator('[data-slide-reading]')).toContainText(percent(u.ranges + u.events));
		await expect(slide.locator('[data-slide-chart][data-rendered="true"]')).toHaveCount(1);
	});
}

test('the exported PowerPoint has the slide, its four shares as a native chart with percents', async ({ page }) => {
	const { model, scenario } = await preset('baseline');
	const u = simulate(model, scenario).uncertainty;
	await page.goto('/present?model=russia-dprk&scenario=baseline');
	await ready(page);
	await expect(page.locator('.deck[data-ready="true"]')).toBeVisible();
	const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-pptx').click()]);
	const files = readZip(await readFile((await file.path()) ?? ''));
	const slide = [...files.entries()].find(
		([name, xml]) => /^ppt\/slides\/slide\d+\.xml$/.test(name) && slideText(xml).includes('What the outcome depends on')
	);
	expect(slide, 'a slide titled “What the outcome depends on”').toBeDefined();
	expect(slideText(slide?.[1] ?? '')).toContain(percent(u.ranges + u.events));
	const chart = [...files.entries()].find(
		([name, xml]) => /^ppt\/charts\/chart\d+\.xml$/.test(name) && xml.includes('Unmodelled factors')
	)?.[1];
	expect(chart).toBeDefined();
	expect(chart).toContain('<c:showVal val="1"/>');
	for (const source of SOURCES) expect(chart).toContain(`<c:v>${Math.round(u[source] * 10000) / 100}</c:v>`);
});

test('a scenario that leaves more to chance: its unmodelled factors are marked in the inputs and have their part of the gap', async ({
	page,
	request
}) => {
	const { model, scenario } = await preset('baseline');
	const chancy = { ...scenario, title: { en: 'More left to chance', ar: 'مزيد من الصدفة' } };
	chancy.dynamics = { persistence: model.dynamics.persistence, volatility: model.dynamics.volatility * 3 };
	const created = await request.post('/api/scenarios', { data: { scenario: chancy } });
	expect(created.status()).toBe(201);
	const id: string = (await created.json()).scenario.id;
	await page.goto(`/compare?s=preset:russia-dprk/baseline&s=saved:${id}`);
	await ready(page);

	const unmodelled = page
		.getByTestId('inputs-table')
		.locator('tbody')
		.filter({ has: page.locator('th[scope="rowgroup"]', { hasText: 'Unmodelled factors' }) });
	await expect(unmodelled).toContainText('how big the unexplained shocks are');
	const volatility = unmodelled
		.locator('tr')
		.filter({ has: page.locator('th[scope="row"]', { hasText: 'Volatility' }) });
	await expect(volatility.locator('td').nth(0)).toContainText('the model’s default');
	await expect(volatility.locator('td').nth(1)).toHaveClass(/diff/);
	await expect(volatility.locator('td').nth(1).locator('strong')).toHaveText(/0\.27/);

	// Only the unmodelled factors differ: they are the whole gap, in points and in the index.
	const gap = gapAttribution(model, scenario, chancy);
	const rows = (await dataTable(page, 'compare-gap-1')).locator('tbody tr');
	await expect(rows).toHaveCount(2);
	await expect(rows.first().locator('th')).toHaveText('Unmodelled factors');
	await expect(rows.first().locator('td').nth(1)).toHaveText(points(gap.probabilityGap));
	await expect(page.locator('[data-chart="compare-gap-1"]')).toContainText('not shown: 19');
	const shares = simulate(model, chancy).uncertainty;
	await expect(page.getByTestId('compare-uncertainty').locator('tr[data-source="unmodelled"] td').nth(1)).toHaveText(
		percent(shares.unmodelled)
	);
});
