import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { COMPARE_CHARTS, ready } from './helpers';

const CASES = [
	{
		locale: 'en',
		prefix: '',
		dir: 'ltr',
		titles: ['Baseline: the current course', "Abandonment in Russia's old pattern", 'China restrains'],
		political: 'Political and diplomatic alignment',
		record: "Russia's record of dropping allies",
		ceasefire: 'Ceasefire in Ukraine',
		trend: 'Trend per year',
		weight: 'Weight',
		differs: 'differs from',
		china: "China's calculus",
		war: "The war's demand for troops and shells",
		add: 'Add scenario',
		remove: 'Remove',
		onlyDiff: 'Show only differences'
	},
	{
		locale: 'ar',
		prefix: '/ar',
		dir: 'rtl',
		titles: ['السيناريو الأساسي: المسار الحالي', 'التخلي على النمط الروسي القديم', 'الصين تكبح الشراكة'],
		political: 'التوافق السياسي والدبلوماسي',
		record: 'سجل روسيا في التخلي عن حلفائها',
		ceasefire: 'وقف إطلاق النار في أوكرانيا',
		trend: 'الاتجاه السنوي',
		weight: 'الوزن',
		differs: 'تختلف عن',
		china: 'حسابات الصين',
		war: 'حاجة الحرب إلى الجنود والذخائر',
		add: 'إضافة سيناريو',
		remove: 'إزالة',
		onlyDiff: 'عرض الفروق فقط'
	}
] as const;

const THREE =
	'/compare?s=preset:russia-dprk/baseline&s=preset:russia-dprk/abandonment&s=preset:russia-dprk/china-restrains';
const CHARTS = ['compare-index', 'compare-states', 'compare-rupture', 'compare-gap-1', 'compare-gap-2'];

/** Opens a chart's "show data" table and returns it. */
async function dataTable(page: Page, chart: string) {
	const card = page.locator(`[data-chart="${chart}"]`);
	const toggle = card.locator(`[aria-controls="${chart}-data"]`);
	// A click that lands before the page is hydrated does nothing: click until the table is shown,
	// then wait for its rows (tables are built only when shown).
	await expect(async () => {
		if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
		await expect(toggle).toHaveAttribute('aria-expanded', 'true', { timeout: 1000 });
	}).toPass();
	await expect(card.locator('table tbody tr').first()).toBeVisible();
	return card.locator('table');
}

/** Every table on the page as text, data tables opened. */
async function allTables(page: Page): Promise<Record<string, string>> {
	const out: Record<string, string> = {};
	for (const chart of CHARTS) out[chart] = (await (await dataTable(page, chart)).textContent()) ?? '';
	out.inputs = (await page.getByTestId('inputs-table').textContent()) ?? '';
	out.judgments = (await page.getByTestId('compare-judgments').allTextContents()).join('|');
	return out;
}

function inputCell(page: Page, driver: string, field: string, column: number) {
	const group = page
		.getByTestId('inputs-table')
		.locator('tbody')
		.filter({ has: page.locator('th[scope="rowgroup"]', { hasText: driver }) });
	return group
		.locator('tr')
		.filter({ has: page.locator('th[scope="row"]', { hasText: field }) })
		.locator('td')
		.nth(column);
}

for (const c of CASES) {
	test.describe(`compare (${c.locale})`, () => {
		test('three presets: three series in every chart, differences marked, drivers explained', async ({ page }) => {
			await page.goto(`${c.prefix}${THREE}`);
			await ready(page);
			await expect(page.locator('html')).toHaveAttribute('dir', c.dir);
			// Four overlaid charts (the outcomes over time among them) and a gap per other scenario.
			await expect(page.locator('[data-chart] canvas')).toHaveCount(COMPARE_CHARTS);

			const index = await dataTable(page, 'compare-index');
			for (const title of c.titles) await expect(index.locator('thead')).toContainText(title);
			await expect(index.locator('thead th')).toHaveCount(1 + 3 * 3);
			const states = await dataTable(page, 'compare-states');
			await expect(states.locator('tbody tr')).toHaveCount(3);
			for (const [i, title] of c.titles.entries())
				await expect(states.locator('tbody tr').nth(i).locator('th')).toHaveText(title);
			const rupture = await dataTable(page, 'compare-rupture');
			await expect(rupture.locator('thead th')).toHaveCount(4);

			// Abandonment sets political alignment's trend to −0.06 (baseline 0); weights agree.
			const trend = inputCell(page, c.political, c.trend, 1);
			await expect(trend).toHaveClass(/diff/);
			await expect(trend.locator('strong')).toHaveText(/0\.06/);
			await expect(trend).toContainText(`${c.differs} ${c.titles[0]}`);
			await expect(inputCell(page, c.political, c.trend, 0)).not.toHaveClass(/diff/);
			await expect(inputCell(page, c.political, c.weight, 1)).not.toHaveClass(/diff/);

			await page.getByLabel(c.onlyDiff).check();
			await expect(page).toHaveURL(/diff=1/);
			await expect(inputCell(page, c.political, c.weight, 1)).toHaveCount(0);
			await expect(inputCell(page, c.political, c.trend, 1)).toHaveClass(/diff/);

			// The gap names the inputs set otherwise (drivers and events), and none set alike.
			const gap = await dataTable(page, 'compare-gap-1');
			for (const input of [c.political, c.record, c.ceasefire])
				await expect(gap.locator('tbody th', { hasText: input })).toHaveCount(1);
			for (const same of [c.china, c.war]) await expect(gap.locator('tbody th', { hasText: same })).toHaveCount(0);
			await expect(gap.locator('caption')).toContainText(c.titles[1]);
		});

		test('the date select moves the grouped bars, and the link reopens the same tables', async ({ page, browser }) => {
			await page.goto(`${c.prefix}${THREE}`);
			await ready(page);
			const states = await dataTable(page, 'compare-states');
			const atHorizon = await states.textContent();
			await page.getByTestId('states-date').selectOption({ index: 4 });
			await expect(states).not.toHaveText(atHorizon ?? '');
			await expect(page).toHaveURL(/at=2026-Q3/);
			const download = page.waitForEvent('download');
			await page.locator('[data-chart="compare-states"]').getByRole('button', { name: /PNG/ }).first().click();
			// Named after the compared scenarios by title, in the page's language; no stored id or ref.
			expect((await download).suggestedFilename()).toMatch(
				/^[^:/]+ (vs|مقابل) [^:/]+ - states - \d{4}-\d{2}-\d{2}@2x\.png$/
			);
			await page.getByLabel(c.onlyDiff).check();
			await expect(page).toHaveURL(/diff=1/);
			const before = await allTables(page);

			const reopened = await browser.newPage();
			await reopened.goto(page.url());
			await ready(reopened);
			await expect(reopened.getByTestId('states-date')).toHaveValue('4');
			expect(await allTables(reopened)).toEqual(before);
			await reopened.close();
		});

		test('scenarios are added, changed and removed from the keyboard, and the URL follows', async ({ page }) => {
			await page.goto(`${c.prefix}/compare`);
			await ready(page);
			// No refs: the baseline and the next preset.
			await expect(page.getByTestId('compare-slot')).toHaveCount(2);
			await expect(page).toHaveURL(/s=preset:russia-dprk\/baseline&s=preset:russia-dprk\/abandonment/);
			await page.getByRole('button', { name: c.add }).focus();
			await page.keyboard.press('Enter');
			await expect(page.getByTestId('compare-slot')).toHaveCount(3);
			await expect(page).toHaveURL(/&s=preset:russia-dprk\/ceasefire-drift/);
			await expect(page.locator('#slot-2')).toBeFocused();
			await page.locator('#slot-2').selectOption('preset:russia-dprk/china-restrains');
			await expect(page).toHaveURL(/&s=preset:russia-dprk\/china-restrains/);
			await page.getByRole('button', { name: c.add }).click();
			await expect(page.getByTestId('compare-slot')).toHaveCount(4);
			await expect(page.getByRole('button', { name: c.add })).toBeDisabled();
			await page.getByTestId('compare-slot').nth(1).getByRole('button', { name: c.remove }).click();
			await expect(page.getByTestId('compare-slot')).toHaveCount(3);
			await expect(page).not.toHaveURL(/abandonment/);
			await expect(page.getByRole('button', { name: c.add })).toBeFocused();
			const rupture = await dataTable(page, 'compare-rupture');
			await expect(rupture.locator('thead th')).toHaveCount(4);
		});
		// The axe audit of this page, in both themes, is in accessibility.spec.ts with every other page's.
	});
}

test('a preset shows the same numbers as on the dashboard', async ({ page }) => {
	await page.goto('/?model=russia-dprk&scenario=abandonment');
	await ready(page);
	const judgments = await page.getByTestId('key-judgments').innerText();
	const risk = await (await dataTable(page, 'rupture')).locator('tbody td').allTextContents();
	// Abandonment made the reference: its column comes first and carries no differences.
	await page.goto(
		'/compare?s=preset:russia-dprk/abandonment&s=preset:russia-dprk/baseline&ref=preset:russia-dprk/abandonment'
	);
	expect(await page.getByTestId('compare-judgments').first().innerText()).toBe(judgments);
	expect(await (await dataTable(page, 'compare-rupture')).locator('tbody td:nth-of-type(1)').allTextContents()).toEqual(
		risk
	);
});

test('bad references are named in a notice, left out, and dropped from the link', async ({ page }) => {
	await page.goto('/compare?s=preset:russia-dprk/china-restrains&s=nonsense&s=preset:russia-dprk/nowhere');
	await ready(page);
	const notices = page.getByTestId('compare-notices');
	await expect(notices).toContainText('“nonsense” is not a scenario reference');
	await expect(notices).toContainText('No scenario “preset:russia-dprk/nowhere” was found');
	await expect(page.getByTestId('compare-slot')).toHaveCount(2);
	// Topped up with the baseline, which is the reference and so comes first.
	await expect(page).toHaveURL(/\?s=preset:russia-dprk\/baseline&s=preset:russia-dprk\/china-restrains$/);
});

test('a saved scenario is compared at the revision the link names, and its revision can be changed', async ({
	page,
	request
}) => {
	test.skip(!(await request.get('/api/scenarios?model=russia-dprk')).ok(), 'the saved-scenario API is not available');
	const base = JSON.parse(await readFile('scenarios/russia-dprk/baseline.json', 'utf8'));
	const title = { en: `Compare test ${Date.now()}`, ar: 'اختبار المقارنة' };
	const created = await request.post('/api/scenarios', { data: { scenario: { ...base, title } } });
	expect(created.status()).toBe(201);
	const id: string = (await created.json()).scenario.id;
	const edited = {
		...base,
		id,
		title,
		drivers: { ...base.drivers, 'china-calculus': { ...base.drivers['china-calculus'], weight: 0.1 } }
	};
	expect((await request.put(`/api/scenarios/${id}`, { data: { baseRevision: 1, scenario: edited } })).ok()).toBe(true);

	await page.goto(`/compare?s=preset:russia-dprk/baseline&s=saved:${id}@1`);
	await ready(page);
	await expect(page.getByTestId('compare-slot').nth(1)).toContainText('Revision');
	await expect(page.locator('#revision-1')).toHaveValue('1');
	await expect(page.getByTestId('compare-judgments').nth(1).locator('..')).toContainText(`${title.en} r1`);
	await expect(inputCell(page, "China's calculus", 'Weight', 1)).not.toHaveClass(/diff/);
	await page.locator('#revision-1').selectOption('2');
	await expect(page).toHaveURL(new RegExp(`s=saved:${id}@2`));
	await expect(inputCell(page, "China's calculus", 'Weight', 1)).toHaveClass(/diff/);
	await page.locator('#revision-1').selectOption('');
	await expect(page).toHaveURL(new RegExp(`s=saved:${id}$`));
});
