import { expect, type Page } from '@playwright/test';

export const LOCALES = [
	{
		locale: 'en',
		path: '/',
		dir: 'ltr',
		weight: 'weight',
		assessment: 'assessment',
		war: 'Course of the war in Ukraine',
		china: "China's calculus",
		undo: 'Undo'
	},
	{
		locale: 'ar',
		path: '/ar/',
		dir: 'rtl',
		weight: 'الوزن',
		assessment: 'التقييم',
		war: 'مسار الحرب في أوكرانيا',
		china: 'حسابات الصين',
		undo: 'تراجع'
	}
] as const;

export type LocaleCase = (typeof LOCALES)[number];

/** Opens every chart's "show data" table. */
export async function showAllData(page: Page): Promise<void> {
	const closed = page.locator('[aria-controls$="-data"][aria-expanded="false"]');
	while ((await closed.count()) > 0) await closed.first().click();
	await expect(page.locator('[data-chart] table')).toHaveCount(5);
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

/** Waits until the full-count result is on screen (no quick result still being refined). */
/**
 * Waits until the page is live: the charts are drawn only once Svelte has hydrated it. A key
 * pressed before that reaches the bare HTML input, and hydration then puts its value back.
 */
export async function hydrated(page: Page): Promise<void> {
	await expect(page.locator('[data-chart] canvas')).toHaveCount(5);
}

export async function settled(page: Page): Promise<void> {
	await expect(page.locator('[data-refining="false"]')).toBeVisible();
}

export function slider(page: Page, c: LocaleCase, driver: string, field: 'weight' | 'assessment') {
	return page.getByRole('slider', { name: `${driver} ${c[field]}`, exact: true });
}
