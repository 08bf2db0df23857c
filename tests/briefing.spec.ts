import { expect, test, type Page } from '@playwright/test';
import { DASHBOARD_CHARTS, ready } from './helpers';

// The presentation, walked with the keyboard only. In Arabic the deck reads right to left, so
// ← goes forward and → back.
/** A scenario's deck: title, judgments, 6 charts, 2 of key assumptions, drivers, events, the watch list, 2 of sources. */
const SCENARIO_SLIDES = 15;
const CASES = [
	{
		locale: 'en',
		prefix: '',
		forward: 'ArrowRight',
		back: 'ArrowLeft',
		slide: (n: number) => `Slide ${n} of ${SCENARIO_SLIDES}`,
		dir: 'ltr'
	},
	{
		locale: 'ar',
		prefix: '/ar',
		forward: 'ArrowLeft',
		back: 'ArrowRight',
		slide: (n: number) => `الشريحة ${n} من ${SCENARIO_SLIDES}`,
		dir: 'rtl'
	}
] as const;

const QUERY = 'model=russia-dprk&scenario=baseline';

async function open(page: Page, path: string) {
	await page.goto(path);
	await ready(page);
	// Keys pressed before hydration would be lost.
	await expect(page.locator('.deck[data-ready="true"]')).toBeVisible();
}

const revealed = (page: Page) =>
	page.locator('[data-slide="judgments"] [data-testid="slide-judgments"] li:not([aria-hidden="true"])');

for (const c of CASES) {
	test(`keyboard walk through a scenario's slides (${c.locale})`, async ({ page }) => {
		await open(page, `${c.prefix}/present?${QUERY}`);
		await expect(page.locator('html')).toHaveAttribute('dir', c.dir);
		const progress = page.getByTestId('progress');
		await expect(progress).toHaveText(`1 / ${SCENARIO_SLIDES}`);
		await expect(page.getByRole('region', { name: new RegExp(`^${c.slide(1)}`) })).toBeVisible();

		// Key judgments arrive one at a time, by arrow, Space and Page Down alike.
		await page.keyboard.press(c.forward);
		await expect(progress).toHaveText(`2 / ${SCENARIO_SLIDES}`);
		await expect(revealed(page)).toHaveCount(1);
		await page.keyboard.press('Space');
		await expect(revealed(page)).toHaveCount(2);
		await page.keyboard.press('PageDown');
		await page.keyboard.press(c.forward);
		await expect(revealed(page)).toHaveCount(4);
		await expect(page.getByTestId('announcement')).toContainText(c.slide(2));

		await page.keyboard.press(c.forward);
		await expect(progress).toHaveText(`3 / ${SCENARIO_SLIDES}`);
		await expect(page.getByRole('region', { name: new RegExp(`^${c.slide(3)}`) }).locator('canvas')).toBeVisible();
		// Back to an earlier slide shows it in full; back again hides the last judgment.
		await page.keyboard.press(c.back);
		await expect(progress).toHaveText(`2 / ${SCENARIO_SLIDES}`);
		await expect(revealed(page)).toHaveCount(4);
		await page.keyboard.press('PageUp');
		await expect(revealed(page)).toHaveCount(3);

		await page.keyboard.press('End');
		await expect(progress).toHaveText(`${SCENARIO_SLIDES} / ${SCENARIO_SLIDES}`);
		await expect(page.getByTestId('announcement')).toContainText(c.slide(SCENARIO_SLIDES));
		await page.keyboard.press(c.forward);
		await expect(progress).toHaveText(`${SCENARIO_SLIDES} / ${SCENARIO_SLIDES}`);
		await page.keyboard.press('Home');
		await expect(progress).toHaveText(`1 / ${SCENARIO_SLIDES}`);

		await page.keyboard.press('Escape');
		// Paraglide writes the Arabic dashboard as /ar?…, the English one as /?….
		await expect(page).toHaveURL(new RegExp(`${c.prefix}/?\\?${QUERY}$`));
		await expect(page.locator('[data-chart] canvas')).toHaveCount(DASHBOARD_CHARTS);
	});
}

test('a comparison reveals the reference scenario first, then each alternative', async ({ page }) => {
	const refs = 's=preset:russia-dprk/baseline&s=preset:russia-dprk/abandonment&s=preset:russia-dprk/china-restrains';
	await open(page, `/present/compare?${refs}`);
	const progress = page.getByTestId('progress');
	await expect(progress).toHaveText('1 / 12');
	// Named by title, never by the ref the link carries.
	await expect(page.getByTestId('title-provenance')).toContainText(
		"Abandonment in Russia's old pattern (seed 20240619, 10,000 paths)"
	);
	await expect(page.getByTestId('title-provenance')).not.toContainText('preset:');
	// Past the title and the four judgments: the headline numbers, the outcomes over time, then
	// where each ends up.
	for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
	await expect(progress).toHaveText('3 / 12');
	await expect(page.locator('.slide.current')).toHaveAttribute('data-slide', 'headlines');
	await page.keyboard.press('ArrowRight');
	await expect(progress).toHaveText('4 / 12');
	await expect(page.locator('.slide.current')).toHaveAttribute('data-slide', 'chart-outcomes');
	for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
	await expect(progress).toHaveText('5 / 12');
	const states = page.locator('[data-slide="chart-states"]');
	await expect(states).toHaveAttribute('data-step', '0');
	await page.keyboard.press('ArrowRight');
	await expect(states).toHaveAttribute('data-step', '1');
	await page.keyboard.press('ArrowRight');
	await expect(states).toHaveAttribute('data-step', '2');
	await page.keyboard.press('ArrowRight');
	await expect(progress).toHaveText('6 / 12');
	await page.keyboard.press('Escape');
	await expect(page).toHaveURL(new RegExp(`/compare\\?${refs.replace(/[/?]/g, '\\$&')}$`));
});
