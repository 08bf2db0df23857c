// Chart notes and the Arabic chart options (issue 11): a note added on the outcomes chart travels
// in the link — through the language switch and a reload — and into the PowerPoint; the Arabic
// "Time left to right" option reaches the PowerPoint's time axes; English-only notes show in the
// Arabic Narrative panel, marked as English.

import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { readZip, slideText } from '../src/lib/briefing/test-zip';
import { hydrated } from './helpers';

const NOTE = 'Treaty anniversary gala';

async function pptx(page: Page): Promise<Map<string, string>> {
	const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-pptx').click()]);
	return readZip(await readFile((await file.path()) ?? ''));
}

const slides = (files: Map<string, string>) =>
	[...files.entries()].filter(([name]) => /^ppt\/slides\/slide\d+\.xml$/.test(name)).map(([, xml]) => xml);
const charts = (files: Map<string, string>) =>
	[...files.entries()].filter(([name]) => /^ppt\/charts\/chart\d+\.xml$/.test(name)).map(([, xml]) => xml);

test('a chart note stays through the link, a language switch and a reload, and goes into the PowerPoint', async ({
	page
}) => {
	await page.goto('/');
	await hydrated(page);
	const outcomes = page.locator('figure[data-chart="states"]');
	await outcomes.getByRole('button', { name: 'Add note' }).click();
	await outcomes.getByLabel('Month').fill('2026-06');
	await outcomes.getByLabel('Note (up to 80 characters)').fill(NOTE);
	await outcomes.getByRole('button', { name: 'Add to the charts' }).click();
	await expect(outcomes.getByRole('listitem')).toHaveText([new RegExp(`2026.*: ${NOTE}`)]);
	await expect(outcomes.getByRole('button', { name: `Remove the note “${NOTE}”` })).toBeVisible();

	// The link carries it, and the language switch with it.
	await expect(page).toHaveURL(/[?&]n=2026-06%3ATreaty/);
	const language = page.getByRole('link', { name: 'العربية' });
	await expect(language).toHaveAttribute('href', /[?&]n=2026-06%3ATreaty/);
	await language.click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
	await hydrated(page);
	const arabic = page.locator('figure[data-chart="states"]');
	await expect(arabic.getByRole('button', { name: `حذف الملاحظة «${NOTE}»` })).toBeVisible();
	await page.reload();
	await hydrated(page);
	await expect(arabic.getByRole('listitem')).toHaveText([new RegExp(NOTE)]);

	// The PowerPoint: the three time charts' slides carry it.
	const files = await pptx(page);
	expect(slides(files).filter((xml) => slideText(xml).includes(NOTE))).toHaveLength(3);

	// Removed, it leaves the link.
	await arabic.getByRole('button', { name: `حذف الملاحظة «${NOTE}»` }).click();
	await expect(arabic.getByRole('listitem')).toHaveCount(0);
	await expect(page).not.toHaveURL(/[?&]n=/);
});

test('the Arabic "Time left to right" option reaches the PowerPoint’s time axes', async ({ page }) => {
	const catAxis = (xml: string) => /<c:catAx>[\s\S]*?<c:orientation val="(\w+)"\/>/.exec(xml)?.[1];
	const timeAxes = (files: Map<string, string>) =>
		charts(files)
			.filter((xml) => xml.includes('الربع الرابع 2030'))
			.map(catAxis);
	await page.goto('/ar/');
	await hydrated(page);
	expect(timeAxes(await pptx(page))).toEqual(['maxMin', 'maxMin', 'maxMin']);
	await page.getByLabel('الزمن من اليسار إلى اليمين').check();
	expect(timeAxes(await pptx(page))).toEqual(['minMax', 'minMax', 'minMax']);
	// Remembered: a reload keeps the choice, and the export follows it.
	await page.reload();
	await hydrated(page);
	await expect(page.getByLabel('الزمن من اليسار إلى اليمين')).toBeChecked();
	expect(timeAxes(await pptx(page))).toEqual(['minMax', 'minMax', 'minMax']);
});

test('the Arabic Narrative panel shows English-only notes marked as English, not «لا ملاحظات بعد»', async ({
	page
}) => {
	const baseline = JSON.parse(await readFile('scenarios/russia-dprk/baseline.json', 'utf8'));
	expect(typeof baseline.notes).toBe('string');
	await page.goto('/ar/');
	await hydrated(page);
	const panel = page.getByTestId('narrative');
	await expect(panel).not.toContainText('لا ملاحظات بعد');
	const notes = panel.getByTestId('narrative-notes');
	await expect(notes).toContainText('مكتوبة بالإنجليزية فقط');
	await expect(notes.locator('[lang="en"][dir="ltr"]')).toHaveText(baseline.notes);
});
