import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { ModelInput } from '../src/lib/model';
import { moderateOrWorseViolations } from './axe';
import { LOCALES, ready, settled, slider } from './helpers';

const model = JSON.parse(readFileSync('scenarios/russia-dprk/model.json', 'utf8')) as ModelInput;
const WORDS = {
	en: {
		open: 'Evidence matrix',
		title: /^Evidence matrix/,
		balance: 'Balance of the evidence, per driver',
		items: 'Each item’s direction and grade, per driver',
		singleSource: 'Single source',
		against: 'Assessment against its evidence',
		lowers: 'lowers',
		confidence: /^(High|Moderate|Low) confidence in the key judgments — of the heaviest drivers, /
	},
	ar: {
		open: 'مصفوفة الشواهد',
		title: /^مصفوفة الشواهد/,
		balance: 'ميزان الشواهد لكل عامل',
		items: 'اتجاه كل شاهد وتصنيفه، لكل عامل',
		singleSource: 'مصدر واحد',
		against: 'التقييم يخالف شواهده',
		lowers: 'يخفض',
		confidence: /^ثقة (عالية|متوسطة|منخفضة) في الأحكام الرئيسية — من بين أثقل العوامل وزناً، /
	}
} as const;

/** An item that lowers a driver, and that driver's column in the matrix (after Evidence and Grade). */
const lowering = model.evidence.find((e) => Object.values(e.direction ?? {}).includes('lowers'))!;
const loweredDriver = Object.entries(lowering.direction!).find(([, d]) => d === 'lowers')![0];
const loweredColumn = model.drivers.findIndex((d) => d.id === loweredDriver);
const caution = model.drivers.find((d) => d.id === 'pyongyang-caution')!;
const abandonment = model.drivers.find((d) => d.id === 'abandonment-record')!;

for (const c of LOCALES) {
	const w = WORDS[c.locale];
	test.describe(`evidence matrix (${c.locale})`, () => {
		test('opens from the drivers panel by keyboard: balance and flags per driver, direction and grade per item, no axe violation', async ({
			page
		}) => {
			await page.goto(c.path);
			await ready(page);
			await expect(page.locator('html')).toHaveAttribute('dir', c.dir);
			const open = page.getByRole('button', { name: w.open, exact: true });
			await open.focus();
			await page.keyboard.press('Enter');
			const dialog = page.getByRole('dialog', { name: w.title });
			await expect(dialog).toBeVisible();

			const balance = dialog.getByRole('table', { name: w.balance });
			await expect(balance.locator('tbody tr')).toHaveCount(model.drivers.length);
			const china = balance
				.getByRole('row')
				.filter({ has: page.getByRole('rowheader', { name: c.china, exact: true }) });
			await expect(china).toContainText(w.singleSource);
			await expect(balance.locator('[data-driver="ukraine-war-course"] [data-flag]')).toHaveCount(0);

			const items = dialog.getByRole('table', { name: w.items });
			await expect(items.getByRole('columnheader')).toHaveCount(2 + model.drivers.length);
			await expect(items.locator('tbody tr')).toHaveCount(model.evidence.length);
			const row = items.locator(`tr[data-evidence="${lowering.id}"]`);
			const grade = `${lowering.grade!.reliability}${lowering.grade!.credibility}`;
			await expect(row.getByRole('rowheader')).toContainText(lowering.quote[c.locale].slice(0, 20));
			await expect(row.getByRole('cell').nth(1 + loweredColumn)).toHaveText(new RegExp(`${w.lowers}\\s*${grade}`));

			expect(await moderateOrWorseViolations(page)).toEqual([]);
			await page.keyboard.press('Escape');
			await expect(dialog).toBeHidden();
			await expect(open).toBeFocused();
		});

		test('an assessment moved against its evidence is flagged', async ({ page }) => {
			await page.goto(c.path);
			await ready(page);
			// Pyongyang's caution: every item lowers it; the baseline assesses it below 0.
			const assessment = slider(page, c, caution.label[c.locale], 'assessment');
			await assessment.focus();
			await page.keyboard.press('End');
			await expect(assessment).toHaveValue('1');
			await page.getByRole('button', { name: w.open, exact: true }).click();
			const row = page.getByRole('dialog').locator('[data-driver="pyongyang-caution"]');
			await expect(row.locator('[data-flag]')).toHaveText([w.singleSource, w.against]);
		});

		test('the key judgments carry the analytic confidence and its reason, which follows the drivers', async ({
			page
		}) => {
			await page.goto(c.path);
			await ready(page);
			await settled(page);
			const line = page.getByTestId('judgments-confidence');
			await expect(line).toHaveText(w.confidence);
			// The baseline's tornado ranks China's calculus third; all its evidence is the article author's.
			await expect(line).toContainText(c.china);
			await page.getByRole('button', { name: w.open, exact: true }).click();
			await expect(page.getByTestId('matrix-confidence')).toHaveText((await line.innerText()).trim());
			await page.keyboard.press('Escape');

			// China's calculus weighing nothing leaves the heaviest three; the next one's evidence is mixed.
			const weight = slider(page, c, c.china, 'weight');
			await weight.focus();
			await page.keyboard.press('Home');
			await settled(page);
			await expect(line).not.toContainText(c.china);
			await expect(line).toContainText(abandonment.label[c.locale]);
		});
	});
}
