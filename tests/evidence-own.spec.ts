// The analyst's own evidence and confidence (issue 14): an item added from the evidence matrix is
// the analyst's row there and survives a save and a reload; a confidence set with a reason shows
// on every key judgment, is saved, and shows on /present and Compare too.

import { expect, test, type Page } from '@playwright/test';
import { moderateOrWorseViolations } from './axe';
import { hydrated, LOCALES, ready, settled, type LocaleCase } from './helpers';

const WORDS = {
	en: {
		saveAs: 'Save as…',
		saveAsDialog: 'Save as a new scenario',
		titleEn: 'Title (English)',
		titleAr: 'Title (Arabic)',
		save: 'Save',
		saveDialog: 'Save a new revision',
		matrix: 'Evidence matrix',
		add: 'Add evidence',
		form: 'Add evidence',
		quote: 'Quote (English)',
		source: 'Source (English)',
		reliability: 'Reliability of the source',
		credibility: 'Credibility of the information',
		reason: 'Why this grade (English)',
		apply: 'Apply',
		close: 'Close',
		mine: 'Analyst’s',
		edit: /^Edit evidence/,
		editForm: 'Edit your evidence',
		remove: /^Remove evidence/,
		raises: 'raises',
		text: {
			quote: 'Rail cars of shells crossed at Tumangang every night this week.',
			source: 'Open-source rail monitoring',
			reason: 'Usually right; the satellite pictures confirm it.',
			edited: 'Rail cars of shells crossed at Tumangang on five nights this week.'
		},
		setConfidence: 'Set confidence…',
		confidenceDialog: 'Your confidence in the key judgments',
		low: 'Low',
		confidenceReason: 'Reason (English)',
		why: 'The rail traffic may be a deception.',
		overridden:
			/^Low confidence in the key judgments \(analyst’s judgment; derived: (high|moderate|low) confidence — .+\): The rail traffic may be a deception\.$/,
		tag: 'Low confidence (analyst’s judgment)',
		clear: 'Return to the derived confidence',
		derived: /^(High|Moderate|Low) confidence in the key judgments — /
	},
	ar: {
		saveAs: 'حفظ باسم…',
		saveAsDialog: 'حفظ كسيناريو جديد',
		titleEn: 'العنوان (بالإنجليزية)',
		titleAr: 'العنوان (بالعربية)',
		save: 'حفظ',
		saveDialog: 'حفظ مراجعة جديدة',
		matrix: 'مصفوفة الشواهد',
		add: 'إضافة شاهد',
		form: 'إضافة شاهد',
		quote: 'الاقتباس (بالعربية)',
		source: 'المصدر (بالعربية)',
		reliability: 'موثوقية المصدر',
		credibility: 'مصداقية المعلومة',
		reason: 'سبب هذا التصنيف (بالعربية)',
		apply: 'تطبيق',
		close: 'إغلاق',
		mine: 'من المحلل',
		edit: /^تعديل الشاهد/,
		editForm: 'تعديل شاهدك',
		remove: /^حذف الشاهد/,
		raises: 'يرفع',
		text: {
			quote: 'عبرت عربات القذائف عند تومانغانغ كل ليلة هذا الأسبوع.',
			source: 'رصد السكك الحديدية من مصادر مفتوحة',
			reason: 'مصدر يصيب عادة، وصور الأقمار الصناعية تؤكد الخبر.',
			edited: 'عبرت عربات القذائف عند تومانغانغ في خمس ليالٍ هذا الأسبوع.'
		},
		setConfidence: 'تحديد درجة الثقة…',
		confidenceDialog: 'درجة ثقتك في الأحكام الرئيسية',
		low: 'منخفضة',
		confidenceReason: 'السبب (بالعربية)',
		why: 'قد تكون حركة القطارات خداعاً.',
		overridden:
			/^ثقة منخفضة في الأحكام الرئيسية \(تقدير المحلل؛ المستنتَجة من الأدلة: ثقة (عالية|متوسطة|منخفضة) — .+\): قد تكون حركة القطارات خداعاً\.$/,
		tag: 'ثقة منخفضة (تقدير المحلل)',
		clear: 'العودة إلى الثقة المستنتَجة',
		derived: /^ثقة (عالية|متوسطة|منخفضة) في الأحكام الرئيسية — /
	}
} as const;

async function saveAs(page: Page, w: (typeof WORDS)[keyof typeof WORDS], title: string): Promise<string> {
	await page.getByRole('button', { name: w.saveAs }).click();
	const dialog = page.getByRole('dialog', { name: w.saveAsDialog });
	await dialog.getByLabel(w.titleEn).fill(title);
	await dialog.getByLabel(w.titleAr).fill(`${title} بالعربية`);
	await dialog.getByRole('button', { name: w.save, exact: true }).click();
	await expect(page).toHaveURL(/saved=[\w-]+&rev=1/);
	return new URL(page.url()).searchParams.get('saved')!;
}

async function saveRevision(page: Page, w: (typeof WORDS)[keyof typeof WORDS], id: string, rev: number) {
	await page.getByRole('button', { name: w.save, exact: true }).click();
	const dialog = page.getByRole('dialog', { name: w.saveDialog });
	await dialog.getByRole('button', { name: w.save, exact: true }).click();
	await expect(page).toHaveURL(new RegExp(`saved=${id}&rev=${rev}`));
}

function dashboardOf(c: LocaleCase, id: string) {
	return `${c.path}?saved=${id}`;
}

for (const c of LOCALES) {
	const w = WORDS[c.locale];
	test.describe(`the analyst’s evidence and confidence (${c.locale})`, () => {
		test('an item added from the matrix is the analyst’s row there, saved as a revision, there after a reload, then edited and removed', async ({
			page
		}) => {
			await page.goto(c.path);
			await hydrated(page);
			const id = await saveAs(page, w, `Own evidence ${c.locale} ${Date.now()}`);
			await ready(page);

			await page.getByRole('button', { name: w.matrix, exact: true }).click();
			const matrix = page.getByTestId('evidence-matrix');
			await matrix.getByRole('button', { name: w.add, exact: true }).click();
			const form = page.getByRole('dialog', { name: w.form });
			await form.getByLabel(w.quote).fill(w.text.quote);
			await form.getByLabel(w.source).fill(w.text.source);
			await form.locator('select[data-driver="ukraine-war-course"]').selectOption('raises');
			await form.getByLabel(w.reliability).selectOption('B');
			await form.getByLabel(w.credibility).selectOption('2');
			await form.getByLabel(w.reason).fill(w.text.reason);
			expect(await moderateOrWorseViolations(page)).toEqual([]);
			await form.getByRole('button', { name: w.apply, exact: true }).click();
			await expect(form).toBeHidden();

			const row = matrix.locator('tr[data-analyst="true"]');
			await expect(row).toHaveCount(1);
			await expect(row.getByRole('rowheader')).toContainText(w.mine);
			await expect(row.getByRole('rowheader')).toContainText(w.text.quote);
			await expect(row.getByRole('cell').nth(1)).toHaveText(new RegExp(`${w.raises}\\s*B2`));
			expect(await moderateOrWorseViolations(page)).toEqual([]);
			await matrix.getByRole('button', { name: w.close, exact: true }).click();

			await saveRevision(page, w, id, 2);
			await page.goto(dashboardOf(c, id));
			await ready(page);
			await page.getByRole('button', { name: w.matrix, exact: true }).click();
			const again = page.getByTestId('evidence-matrix').locator('tr[data-analyst="true"]');
			await expect(again).toHaveCount(1);
			await expect(again).toContainText(w.text.quote);
			await expect(again).toContainText(w.text.source);

			// The analyst's own item can be edited and removed; the model's have no such buttons.
			await again.getByRole('button', { name: w.edit }).click();
			const edit = page.getByRole('dialog', { name: w.editForm });
			await expect(edit.getByLabel(w.quote)).toHaveValue(w.text.quote);
			await edit.getByLabel(w.quote).fill(w.text.edited);
			await edit.getByRole('button', { name: w.apply, exact: true }).click();
			await expect(again).toContainText(w.text.edited);
			await expect(page.getByTestId('evidence-matrix').getByRole('button', { name: w.edit })).toHaveCount(1);
			await again.getByRole('button', { name: w.remove }).click();
			await expect(again).toHaveCount(0);
		});

		test('a confidence set with a reason shows on every judgment, is saved, and shows on /present and Compare; clearing it returns to the derived one', async ({
			page
		}) => {
			await page.goto(c.path);
			await hydrated(page);
			const id = await saveAs(page, w, `Own confidence ${c.locale} ${Date.now()}`);
			await ready(page);
			await settled(page);
			const line = page.getByTestId('judgments-confidence');
			await expect(line).toHaveText(w.derived);

			await page.getByRole('button', { name: w.setConfidence }).click();
			const dialog = page.getByRole('dialog', { name: w.confidenceDialog });
			await dialog.getByRole('radio', { name: w.low, exact: true }).check();
			await dialog.getByRole('button', { name: w.apply, exact: true }).click();
			await expect(dialog.getByRole('alert')).toBeVisible();
			await dialog.getByLabel(w.confidenceReason).fill(w.why);
			expect(await moderateOrWorseViolations(page)).toEqual([]);
			await dialog.getByRole('button', { name: w.apply, exact: true }).click();
			await expect(dialog).toBeHidden();
			await expect(line).toHaveText(w.overridden);
			// Each judgment's tag is generated content after its text (kept out of the text itself).
			const judgments = page.getByTestId('key-judgments').locator('li');
			expect(await judgments.count()).toBeGreaterThan(0);
			for (const li of await judgments.all()) {
				await expect(li).toHaveAttribute('data-confidence', w.tag);
				expect(await li.evaluate((el) => getComputedStyle(el, '::after').content)).toBe(JSON.stringify(w.tag));
			}
			// On a phone, the strip that stands in for the judgments once scrolled away says it too.
			await page.setViewportSize({ width: 390, height: 844 });
			await page.getByRole('heading', { level: 2 }).last().scrollIntoViewIfNeeded();
			await expect(page.getByTestId('strip-confidence')).toBeVisible();
			await expect(page.getByTestId('strip-confidence')).toHaveText(w.tag);
			await page.setViewportSize({ width: 1280, height: 720 });

			await saveRevision(page, w, id, 2);
			await page.goto(dashboardOf(c, id));
			await ready(page);
			await expect(page.getByTestId('judgments-confidence')).toHaveText(w.overridden);

			await page.goto(`${c.path}present?saved=${id}`);
			await ready(page);
			await expect(page.locator('[data-slide="judgments"] [data-testid="slide-confidence"]')).toHaveText(
				w.overridden.source.includes('في الأحكام')
					? /^ثقة منخفضة \(تقدير المحلل؛ .+\): قد تكون حركة القطارات خداعاً\.$/
					: /^Low confidence \(analyst’s judgment; derived: .+\): The rail traffic may be a deception\.$/
			);

			await page.goto(`${c.path}compare?s=saved:${id}&s=preset:russia-dprk/baseline`);
			await ready(page);
			const cells = page.getByTestId('compare-confidence');
			await expect(cells).toHaveCount(2);
			// The baseline is the reference, first; the saved scenario carries the analyst's level.
			await expect(cells.filter({ hasText: w.tag })).toHaveCount(1);
			await expect(cells.last()).toHaveText(w.tag);
			// The comparison's deck: a row of its headline slide.
			await page.goto(`${c.path}present/compare?s=saved:${id}&s=preset:russia-dprk/baseline`);
			await ready(page);
			await expect(page.locator('[data-slide="headlines"] tbody tr').last()).toContainText(w.tag);

			await page.goto(dashboardOf(c, id));
			await ready(page);
			await page.getByRole('button', { name: w.setConfidence }).click();
			await page.getByRole('dialog', { name: w.confidenceDialog }).getByRole('button', { name: w.clear }).click();
			await expect(page.getByTestId('judgments-confidence')).toHaveText(w.derived);
		});
	});
}
