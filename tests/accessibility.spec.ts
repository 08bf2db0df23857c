import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { LOCALES, showAllData } from './helpers';

for (const c of LOCALES) {
	for (const theme of ['light', 'dark']) {
		test(`no serious or critical axe violations (${c.locale}, ${theme})`, async ({ page, context, baseURL }) => {
			await context.addCookies([{ name: 'theme', value: theme, url: baseURL! }]);
			await page.goto(c.path);
			await expect(page.locator('[data-chart] canvas')).toHaveCount(5);
			// Open the expandable parts and the data tables too: they are part of the page.
			for (const summary of await page.locator('details > summary').all()) await summary.click();
			await showAllData(page);
			const results = await new AxeBuilder({ page }).analyze();
			const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
			expect(
				serious.map(
					(v) =>
						`${v.id}: ${v.nodes
							.map((n) => n.target.join(' '))
							.slice(0, 3)
							.join(', ')}`
				)
			).toEqual([]);
		});
	}
}
