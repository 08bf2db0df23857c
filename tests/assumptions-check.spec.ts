// The key-assumptions check (issue 14, point 4) in both languages: each assumption with its tied
// values, a mark and its consequence read from the sensitivity chart, the outcomes' resolution
// criteria, a preset's restated assumption against the baseline, and no axe violation.

import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { ModelInput } from '../src/lib/model';
import { moderateOrWorseViolations } from './axe';
import { LOCALES, ready, settled } from './helpers';

const model = JSON.parse(readFileSync('scenarios/russia-dprk/model.json', 'utf8')) as ModelInput;
const WORDS = {
	en: {
		open: 'Key assumptions',
		title: 'Key assumptions check',
		holds: 'Holds',
		shaky: 'Shaky',
		fails: 'Fails',
		ceasefire: 'Ceasefire in Ukraine: probability: 59%',
		failsLine: /^If it fails: \d+% \(−\d+\.\d pp\) — Ceasefire in Ukraine: probability at the end of its range/,
		shakyLine: /^If it is shaky: between \d+% and \d+% as its settings move across their ranges\.$/,
		holdsLine: /^If it holds: \d+%, as set\.$/,
		summary: 'Holds: 1 · shaky: 1 · fails: 1 · not marked: 7',
		unmeasured: 'Not measured by the check',
		outcomes: 'The outcomes, and how to tell which one held',
		rupture: 'Rupture held at the date if',
		restated: 'restated by this scenario',
		drift: 'Ceasefire in Ukraine: probability: 95% (baseline 59%)'
	},
	ar: {
		open: 'الافتراضات الرئيسية',
		title: 'فحص الافتراضات الرئيسية',
		holds: 'صامد',
		shaky: 'مهتز',
		fails: 'منهار',
		ceasefire: 'وقف إطلاق النار في أوكرانيا: الاحتمال: 59%',
		failsLine: /^إذا انهار: \d+% \(\u200E−\d+\.\d نقطة مئوية\) — وقف إطلاق النار في أوكرانيا: الاحتمال عند طرف نطاقه/,
		shakyLine: /^إذا اهتز: بين \d+% و\d+% مع تحرّك إعداداته عبر نطاقاتها\.$/,
		holdsLine: /^إذا صمد: \d+%، كما ضُبط\.$/,
		summary: 'صامد: 1 · مهتز: 1 · منهار: 1 · دون تحديد: 7',
		unmeasured: 'لا يقيسها الفحص',
		outcomes: 'المآلات، وكيف يُعرف أيّها تحقق',
		rupture: 'تُعدّ القطيعة قد تحققت في التاريخ المحدد',
		restated: 'أعاد هذا السيناريو صياغته',
		drift: 'وقف إطلاق النار في أوكرانيا: الاحتمال: 95% (في السيناريو الأساسي 59%)'
	}
} as const;

for (const c of LOCALES) {
	const w = WORDS[c.locale];
	test.describe(`key assumptions check (${c.locale})`, () => {
		test('opens from the drivers panel by keyboard: each assumption with its tied values, a mark and its consequence, the outcomes’ resolution criteria, no axe violation', async ({
			page
		}) => {
			await page.goto(c.path);
			await ready(page);
			await settled(page);
			await expect(page.locator('html')).toHaveAttribute('dir', c.dir);
			const open = page.getByRole('button', { name: w.open, exact: true });
			await open.focus();
			await page.keyboard.press('Enter');
			const dialog = page.getByRole('dialog', { name: w.title });
			await expect(dialog).toBeVisible();

			const items = dialog.locator('li[data-assumption]');
			await expect(items).toHaveCount(model.assumptions!.length);
			const ceasefire = dialog.locator('li[data-assumption="ceasefire-even-odds"]');
			await expect(ceasefire).toContainText(
				model.assumptions!.find((a) => a.id === 'ceasefire-even-odds')!.text[c.locale]
			);
			await expect(ceasefire.locator('.tied li')).toHaveText([w.ceasefire]);
			await expect(ceasefire.getByTestId('assumption-consequence')).toHaveCount(0);

			// Fails: the ceasefire surely, read from the sensitivity chart's bar, lowers the number.
			await ceasefire.getByRole('radio', { name: w.fails, exact: true }).check();
			await expect(ceasefire.getByTestId('assumption-consequence')).toHaveText(w.failsLine);

			const war = dialog.locator('li[data-assumption="war-demand"]');
			await war.getByRole('radio', { name: w.shaky, exact: true }).check();
			await expect(war.getByTestId('assumption-consequence')).toHaveText(w.shakyLine);

			const china = dialog.locator('li[data-assumption="china-silence"]');
			await china.getByRole('radio', { name: w.holds, exact: true }).check();
			await expect(china.getByTestId('assumption-consequence')).toHaveText(w.holdsLine);
			await expect(dialog.getByTestId('assumptions-summary')).toHaveText(w.summary);

			// A cut point and the unmodelled factors have no bar: said, not hidden.
			await expect(dialog.locator('li[data-assumption="transactional-line"] .unmeasured')).toContainText(w.unmeasured);

			const outcomes = dialog.getByRole('table', { name: w.outcomes });
			await expect(outcomes.locator('tbody tr')).toHaveCount(model.outcomes.length);
			await expect(outcomes.locator('tr[data-outcome="rupture"]')).toContainText(w.rupture);

			expect(await moderateOrWorseViolations(page)).toEqual([]);
			await page.keyboard.press('Escape');
			await expect(dialog).toBeHidden();
			await expect(open).toBeFocused();
		});

		test('a preset’s restated assumption shows its values against the baseline', async ({ page }) => {
			await page.goto(`${c.path}?model=russia-dprk&scenario=ceasefire-drift`);
			await ready(page);
			await page.getByRole('button', { name: w.open, exact: true }).click();
			const dialog = page.getByRole('dialog', { name: w.title });
			const ceasefire = dialog.locator('li[data-assumption="ceasefire-even-odds"]');
			await expect(ceasefire).toHaveAttribute('data-origin', 'restated');
			await expect(ceasefire).toContainText(w.restated);
			await expect(ceasefire.locator('.tied li').first()).toHaveText(w.drift);
			await expect(ceasefire.locator('.tied li[data-differs="true"]')).toHaveCount(2);
		});
	});
}
