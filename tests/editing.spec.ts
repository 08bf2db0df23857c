// Issue 11: links keep unsaved edits, a sweep of a slider leaves the numbers as they were, one
// undo step per gesture, the draft and the toolbar, and the narrow screen's key judgments strip.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { hydrated, LOCALES, readNumbers, ready, settled, slider } from './helpers';

const [en, ar] = LOCALES;
const baseline = JSON.parse(readFileSync('scenarios/russia-dprk/baseline.json', 'utf8')) as {
	drivers: Record<string, { assessment: number; low: number; high: number }>;
};
const war = baseline.drivers['ukraine-war-course'];

/** Each chart table's values (its data cells' numbers, signs and marks left out), and the judgments' numbers, sorted. */
async function valuesOnScreen(page: Page): Promise<{ judgments: string[]; tables: Record<string, string[]> }> {
	await readNumbers(page); // opens every table
	const numbers = (text: string) => text.match(/\d+(?:\.\d+)?/g) ?? [];
	const judgments = numbers(await page.getByTestId('key-judgments').innerText()).sort();
	const tables = await page
		.locator('[data-chart]')
		.evaluateAll((figures) =>
			Object.fromEntries(
				figures.map((f) => [
					f.getAttribute('data-chart') ?? '',
					[...f.querySelectorAll('table td')].map((td) => td.textContent ?? '').join(' ')
				])
			)
		);
	return { judgments, tables: Object.fromEntries(Object.entries(tables).map(([k, v]) => [k, numbers(v)])) };
}

test('switching language with unsaved edits shows the same numbers in Arabic, and the other links keep them', async ({
	page
}) => {
	await page.goto(en.path);
	await hydrated(page);
	await slider(page, en, en.china, 'weight').focus();
	await page.keyboard.press('End');
	await slider(page, en, en.war, 'assessment').focus();
	await page.keyboard.press('Home');
	await settled(page);
	const english = await valuesOnScreen(page);

	// The links are checked at once, before the address bar has caught up with the edits.
	const present = page.getByRole('link', { name: /Present/ });
	await expect(present).toHaveAttribute('href', /d=.*china-calculus%3Aw1/);
	const language = page.getByRole('link', { name: 'العربية' });
	await expect(language).toHaveAttribute('href', /^\/ar\/\?.*d=.*china-calculus%3Aw1/);
	await expect(language).toHaveAttribute('href', /d=.*ukraine-war-course%3Aa-1/);
	await language.click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
	await expect(slider(page, ar, ar.china, 'weight')).toHaveValue('1');
	await settled(page);
	expect(await valuesOnScreen(page)).toEqual(english);
	// and back again
	await page.getByRole('link', { name: 'English' }).click();
	await expect(slider(page, en, en.war, 'assessment')).toHaveValue('-1');
});

test('Compare from a dashboard with unsaved edits compares them with where they started', async ({ page }) => {
	await page.goto(en.path);
	await hydrated(page);
	await slider(page, en, en.war, 'assessment').focus();
	await page.keyboard.press('Home');
	await settled(page);
	const judgment = (await page.getByTestId('key-judgments').locator('li').first().innerText()).trim();
	const compare = page.getByRole('link', { name: 'Compare', exact: true });
	await expect(compare).toHaveAttribute(
		'href',
		/s=preset%3Arussia-dprk%2Fbaseline&s=preset%3Arussia-dprk%2Fbaseline~d/
	);
	await compare.click();
	await expect(page).toHaveURL(/\/compare\?/);
	// Its column heading (the picker's option of the same name is not "visible" to Playwright).
	await expect(page.getByRole('heading', { name: 'Baseline: the current course (edited)' }).first()).toBeVisible();
	// The edited column's first key judgment is the dashboard's.
	await expect(page.getByText(judgment).first()).toBeVisible();
});

for (const c of LOCALES) {
	test(`a slider swept to both ends and back gives the same numbers as before (${c.locale})`, async ({ page }) => {
		await page.goto(c.path);
		await hydrated(page);
		await settled(page);
		const before = await readNumbers(page);
		const assessment = slider(page, c, c.war, 'assessment');
		const widened = page.getByRole('article', { name: c.war }).getByTestId('range-widened');
		await assessment.focus();
		await page.keyboard.press('End');
		await expect(assessment).toHaveValue('1');
		// Past the set high end: the range is widened to hold it, visibly, with both ranges.
		await expect(widened).toBeVisible();
		await expect(widened).toContainText('1.00');
		await expect(widened).toContainText(String(war.high.toFixed(2)));
		await page.keyboard.press('Home');
		await expect(assessment).toHaveValue('-1');
		await expect(widened).toContainText(String(war.low.toFixed(2)));
		const steps = Math.round((war.assessment + 1) / 0.05);
		for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowUp');
		await expect(assessment).toHaveValue(String(war.assessment));
		await expect(widened).toBeHidden();
		// Nothing differs from the preset: the link carries no edit, and the numbers are the same.
		await expect(page).not.toHaveURL(/[?&]d=/);
		await settled(page);
		expect(await readNumbers(page)).toEqual(before);
	});
}

test('a widened range is kept only by the analyst’s choice, and then stays', async ({ page }) => {
	await page.goto(en.path);
	await hydrated(page);
	const assessment = slider(page, en, en.war, 'assessment');
	const driver = page.getByRole('article', { name: en.war });
	await assessment.focus();
	await page.keyboard.press('End');
	await driver.getByRole('button', { name: 'Keep the wider range' }).click();
	await expect(driver.getByTestId('range-widened')).toBeHidden();
	await assessment.focus();
	await page.keyboard.press('Home');
	await page.keyboard.press('End');
	await page.keyboard.press('PageDown');
	await expect(page).toHaveURL(/ukraine-war-course%3Aa0\.75%2Ch1(&|$)/);
});

test('a pointer drag is one undo step, and Ctrl+Y redoes it', async ({ page }) => {
	await page.goto(en.path);
	await hydrated(page);
	const weight = slider(page, en, en.china, 'weight');
	const initial = await weight.inputValue();
	await weight.scrollIntoViewIfNeeded();
	const box = (await weight.boundingBox())!;
	const y = box.y + box.height / 2;
	await page.mouse.move(box.x + box.width / 2, y);
	await page.mouse.down();
	for (const f of [0.6, 0.8, 0.95, 0.3, 0.1]) await page.mouse.move(box.x + box.width * f, y, { steps: 3 });
	await page.mouse.up();
	const dragged = await weight.inputValue();
	expect(dragged).not.toBe(initial);
	await page.keyboard.press('Control+z');
	await expect(weight).toHaveValue(initial);
	await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
	await page.keyboard.press('Control+y');
	await expect(weight).toHaveValue(dragged);
});

test('the toolbar keeps its place when the state becomes edited', async ({ page }) => {
	await page.goto(en.path);
	await hydrated(page);
	const places = () =>
		page
			.locator('header.toolbar')
			.locator('button, a, select')
			// In the page's coordinates: focusing the slider may scroll the page a pixel, which moves
			// nothing in the toolbar.
			.evaluateAll((items) =>
				items
					.map((i) => i.getBoundingClientRect())
					// Controls not shown (a closed menu's) have no place to keep.
					.filter((r) => r.width > 0)
					.map((r) => [r.x + scrollX, r.y + scrollY, r.width])
			);
	const before = await places();
	await slider(page, en, en.china, 'weight').focus();
	await page.keyboard.press('End');
	await expect(page.getByRole('button', { name: 'Reset' })).toBeEnabled();
	expect(await places()).toEqual(before);
});

test('the draft is not offered once the edits are gone, and Reset reads «إعادة الضبط» in Arabic', async ({ page }) => {
	await page.goto(ar.path);
	await hydrated(page);
	await slider(page, ar, ar.china, 'weight').focus();
	await page.keyboard.press('End');
	await expect(page).toHaveURL(/d=china-calculus%3Aw1/);
	await page.getByRole('button', { name: 'إعادة الضبط' }).click();
	await expect(page).not.toHaveURL(/[?&]d=/);
	await page.goto(ar.path);
	await hydrated(page);
	await expect(page.getByTestId('draft')).toBeHidden();
});

test.describe('at phone width', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('a slider far down the page shows its effect on the key judgments without scrolling away', async ({ page }) => {
		await page.goto(en.path);
		await hydrated(page);
		const strip = page.getByTestId('judgment-strip');
		await expect(strip).toBeHidden();
		// China's calculus, a driver of the second group, well below the key judgments card.
		const assessment = slider(page, en, en.china, 'assessment');
		await assessment.scrollIntoViewIfNeeded();
		await expect(page.getByTestId('key-judgments')).not.toBeInViewport();
		await expect(strip).toBeVisible();
		const before = await strip.innerText();
		await assessment.focus();
		await page.keyboard.press('Home');
		await expect(strip).not.toHaveText(before);
		await expect(assessment).toBeInViewport();
		// The strip does not cover the slider.
		const [stripBox, sliderBox] = [(await strip.boundingBox())!, (await assessment.boundingBox())!];
		expect(sliderBox.y).toBeGreaterThanOrEqual(stripBox.y + stripBox.height);
	});

	for (const path of ['/', '/ar/', '/scenarios', '/ar/scenarios'])
		test(`${path} is no wider than the screen`, async ({ page, request }) => {
			await request.post('/api/scenarios', {
				data: { scenario: { ...baseline, title: { en: 'A rather long title for a phone screen', ar: 'عنوان طويل' } } }
			});
			await page.goto(path);
			await ready(page);
			await expect(page.locator('main')).toBeVisible();
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		});
});
