import { expect, test } from '@playwright/test';
import { ready } from './helpers';
import { readFileSync } from 'node:fs';

const baseline = JSON.parse(readFileSync('scenarios/russia-dprk/baseline.json', 'utf8'));

for (const locale of ['en', 'ar'] as const) {
	// The saved pages' axe audits and heading outlines are in accessibility.spec.ts with every other page's.
	test(`saved list: a row's actions are reachable by keyboard (${locale})`, async ({ page, request }) => {
		const created = await request.post('/api/scenarios', {
			data: { scenario: { ...baseline, title: { en: 'Axe check', ar: 'فحص الإتاحة' } }, note: 'first' }
		});
		expect(created.status()).toBe(201);
		const prefix = locale === 'ar' ? '/ar' : '';
		// Tab lands on the rename button of a row, and Enter opens its dialog.
		await page.goto(`${prefix}/scenarios`);
		await ready(page);
		await expect(page.locator('html')).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr');
		const rename = page.getByRole('button', { name: locale === 'ar' ? 'إعادة تسمية' : 'Rename' }).first();
		for (let i = 0; i < 40 && !(await rename.evaluate((el) => el === document.activeElement)); i++)
			await page.keyboard.press('Tab');
		await expect(rename).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('dialog')).toBeVisible();
	});
}
