import { expect, type Page } from '@playwright/test';

export const LOCALES = [
	{
		locale: 'en',
		path: '/',
		dir: 'ltr',
		weight: 'weight',
		assessment: 'assessment',
		war: "The war's demand for troops and shells",
		china: "China's calculus",
		undo: 'Undo'
	},
	{
		locale: 'ar',
		path: '/ar/',
		dir: 'rtl',
		weight: 'الوزن',
		assessment: 'التقييم',
		war: 'حاجة الحرب إلى الجنود والذخائر',
		china: 'حسابات الصين',
		undo: 'تراجع'
	}
] as const;

export type LocaleCase = (typeof LOCALES)[number];

/** The dashboard's charts: states, index, rupture, what the outcome depends on, contributions, tornado. */
export const DASHBOARD_CHARTS = 6;

/** Compare's charts for three scenarios: outcomes over time, index, states, rupture, and a gap chart for each of the two against the reference. */
export const COMPARE_CHARTS = 6;

/** Opens every chart's "show data" table. */
export async function showAllData(page: Page): Promise<void> {
	const closed = page.locator('[aria-controls$="-data"][aria-expanded="false"]');
	while ((await closed.count()) > 0) await closed.first().click();
	await expect(page.locator('[data-chart] table')).toHaveCount(DASHBOARD_CHARTS);
}

/** Everything the page says in numbers: the key judgments and every chart's data table. */
export async function readNumbers(page: Page): Promise<{ judgments: string; tables: Record<string, string> }> {
	await showAllData(page);
	const judgments = await page.getByTestId('key-judgments').innerText();
	const tables = await page
		.locator('[data-chart]')
		.evaluateAll((figures) =>
			Object.fromEntries(
				figures.map((f) => [f.getAttribute('data-chart') ?? '', f.querySelector('table')?.textContent ?? ''])
			)
		);
	return { judgments, tables };
}

/** Waits until the server-rendered page is hydrated: its controls answer from here on. */
export async function ready(page: Page): Promise<void> {
	await expect(page.locator('html[data-hydrated="true"]')).toHaveCount(1);
}

/**
 * Waits until the dashboard is live. A key pressed before hydration reaches the bare server-rendered
 * input, and hydration then puts its value back; the canvases are in the server's HTML already, so
 * their count alone does not tell (it let a first key press go lost now and then under load).
 */
export async function hydrated(page: Page): Promise<void> {
	await ready(page);
	await expect(page.locator('[data-chart] canvas')).toHaveCount(DASHBOARD_CHARTS);
}

/** Waits until the full-count result is on screen (no quick result still being refined). */
export async function settled(page: Page): Promise<void> {
	await expect(page.locator('[data-refining="false"]')).toBeVisible();
}

export function slider(page: Page, c: LocaleCase, driver: string, field: 'weight' | 'assessment') {
	return page.getByRole('slider', { name: `${driver} ${c[field]}`, exact: true });
}
