import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';

const baseline = JSON.parse(readFileSync('scenarios/russia-dprk/baseline.json', 'utf8'));

for (const locale of ['en', 'ar'] as const) {
	test(`saved list and history pages: no serious axe violations, keyboard reachable (${locale})`, async ({
		page,
		request
	}) => {
		const created = await request.post('/api/scenarios', {
			data: { scenario: { ...baseline, title: { en: 'Axe check', ar: 'فحص الإتاحة' } }, note: 'first' }
		});
		expect(created.status()).toBe(201);
		const { scenario } = (await created.json()) as { scenario: { id: string } };
		const prefix = locale === 'ar' ? '/ar' : '';
		for (const path of ['/scenarios', `/scenarios/${scenario.id}`]) {
			await page.goto(`${prefix}${path}`);
			await expect(page.locator('html')).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr');
			const results = await new AxeBuilder({ page }).analyze();
			const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
			expect(
				serious.map(
					(v) =>
						`${path} ${v.id}: ${v.nodes
							.map((n) => n.target.join(' '))
							.slice(0, 3)
							.join(', ')}`
				)
			).toEqual([]);
		}
		// The list's actions are reachable by keyboard: Tab lands on the rename button of a row.
		await page.goto(`${prefix}/scenarios`);
		const rename = page.getByRole('button', { name: locale === 'ar' ? 'إعادة تسمية' : 'Rename' }).first();
		for (let i = 0; i < 40 && !(await rename.evaluate((el) => el === document.activeElement)); i++)
			await page.keyboard.press('Tab');
		await expect(rename).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('dialog')).toBeVisible();
	});
}
