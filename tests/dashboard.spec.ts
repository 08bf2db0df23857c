import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { hydrated, LOCALES, readNumbers, ready, settled, slider } from './helpers';

for (const c of LOCALES) {
	test.describe(`dashboard (${c.locale})`, () => {
		test('a keyboard change to a weight moves every chart and judgment, and the link reproduces it', async ({
			page,
			browser
		}) => {
			await page.goto(c.path);
			await ready(page);
			await expect(page.locator('html')).toHaveAttribute('dir', c.dir);
			await expect(page.locator('html')).toHaveAttribute('lang', c.locale);
			await hydrated(page);
			const before = await readNumbers(page);
			expect(Object.keys(before.tables)).toEqual([
				'states',
				'index',
				'rupture',
				'uncertainty',
				'contributions',
				'tornado'
			]);

			const weight = slider(page, c, c.war, 'weight');
			await weight.focus();
			await page.keyboard.press('Home');
			await expect(weight).toHaveValue('0');
			await expect(page.getByTestId('key-judgments')).not.toHaveText(before.judgments);
			await settled(page);
			const after = await readNumbers(page);
			for (const [chart, table] of Object.entries(after.tables))
				expect(table, `${chart} table`).not.toBe(before.tables[chart]);

			await expect(page).toHaveURL(/d=ukraine-war-course%3Aw0/);
			const reopened = await browser.newPage();
			await reopened.goto(page.url());
			await ready(reopened);
			await settled(reopened);
			expect(await readNumbers(reopened)).toEqual(after);
			await reopened.close();
		});

		test('sliders step by 0.05 on arrows and 0.25 on Page Up, and changes undo and redo', async ({ page }) => {
			await page.goto(c.path);
			await hydrated(page);
			const weight = slider(page, c, c.china, 'weight');
			const initial = Number(await weight.inputValue());
			await weight.focus();
			// Arrow Down lowers in both directions; Left raises in right-to-left, as the track is mirrored.
			// The two presses follow each other at once: a run of key presses is one gesture until a
			// quiet spell of 800 ms, and a wait for the value between them could be that long on a busy machine.
			await page.keyboard.press('ArrowDown');
			await page.keyboard.press('PageDown');
			const moved = String(Math.round((initial - 0.3) * 100) / 100);
			await expect(weight).toHaveValue(moved);
			// One undo step takes the whole run back.
			await page.keyboard.press('Control+z');
			await expect(weight).toHaveValue(String(initial));
			await page.keyboard.press('Control+y');
			await expect(weight).toHaveValue(moved);
			await page.getByRole('button', { name: c.undo }).click();
			await expect(weight).toHaveValue(String(initial));
			await page.keyboard.press('Control+Shift+z');
			await expect(weight).toHaveValue(moved);
			// An arrow alone moves by 0.05 (so Page Down moved by 0.25).
			await weight.focus();
			await page.keyboard.press('ArrowDown');
			await expect(weight).toHaveValue(String(Math.round((initial - 0.35) * 100) / 100));
		});

		test('evidence is one click away, quoted in the interface language', async ({ page }) => {
			await page.goto(c.path);
			await ready(page);
			const driver = page.getByRole('article', { name: c.china });
			await driver.getByRole('button', { name: /\(\d+\)/ }).click();
			const dialog = page.getByRole('dialog');
			await expect(dialog).toBeVisible();
			const quote = await dialog.locator('blockquote').first().innerText();
			expect(quote.length).toBeGreaterThan(20);
			expect(/[\u0600-\u06FF]/.test(quote)).toBe(c.locale === 'ar');
			await page.keyboard.press('Escape');
			await expect(dialog).toBeHidden();
		});
	});
}

/** The baseline's weight of China's calculus, as the preset file sets it. */
const chinaWeight = String(
	(
		JSON.parse(readFileSync('scenarios/russia-dprk/baseline.json', 'utf8')) as {
			drivers: Record<string, { weight: number }>;
		}
	).drivers['china-calculus'].weight
);

test('a link with settings out of range is refused field by field, and the preset stays', async ({ page }) => {
	await page.goto('/?model=russia-dprk&scenario=baseline&d=china-calculus:w7');
	await ready(page);
	await expect(page.getByTestId('notices')).toContainText('drivers.china-calculus.weight');
	await expect(page.getByRole('slider', { name: "China's calculus weight" })).toHaveValue(chinaWeight);
});

test('unsaved changes are offered back when the dashboard is opened fresh, and can be discarded', async ({ page }) => {
	const en = LOCALES[0];
	await page.goto('/');
	await hydrated(page);
	const weight = slider(page, en, en.china, 'weight');
	await weight.focus();
	await page.keyboard.press('End');
	await expect(page).toHaveURL(/d=china-calculus%3Aw1/);
	await page.goto('/');
	await ready(page);
	await expect(slider(page, en, en.china, 'weight')).toHaveValue(chinaWeight);
	await page.getByTestId('draft').getByRole('link', { name: 'Restore them' }).click();
	await expect(slider(page, en, en.china, 'weight')).toHaveValue('1');
	await page.goto('/');
	await ready(page);
	await page.getByTestId('draft').getByRole('button', { name: 'Discard' }).click();
	await expect(page.getByTestId('draft')).toBeHidden();
	await page.reload();
	await expect(page.getByTestId('draft')).toBeHidden();
});
