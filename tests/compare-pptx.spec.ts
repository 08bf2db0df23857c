import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { readZip, slideText } from '../src/lib/briefing/test-zip';
import { COMPARE_CHARTS, hydrated, LOCALES, ready, slider } from './helpers';

// Issue 11: a PowerPoint of a comparison, like the one of a single scenario — downloaded from
// Compare and from its deck, with the deck's slides and the pp differences the page shows. And an
// edited column (the dashboard's Compare link) is named in the picker and leads back with its edits.

const THREE = '?s=preset:russia-dprk/baseline&s=preset:russia-dprk/china-restrains&s=preset:russia-dprk/abandonment';
const EDITED = '?s=preset:russia-dprk/baseline&s=preset:russia-dprk/baseline~d=ukraine-war-course:a-1,l-1';
// Direction marks and isolates, which the Arabic texts put around signed numbers.
const MARKS = /[\u200e\u200f\u2066-\u2069]/g;

async function download(page: Page, click: () => Promise<void>): Promise<Map<string, string>> {
	const [file] = await Promise.all([page.waitForEvent('download'), click()]);
	return readZip(await readFile((await file.path()) ?? ''));
}

const slidesOf = (files: Map<string, string>) =>
	[...files.keys()]
		.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
		.sort((a, b) => Number(/\d+/.exec(a)?.[0]) - Number(/\d+/.exec(b)?.[0]))
		.map((n) => slideText(files.get(n) ?? '').replace(MARKS, ''));

for (const c of [
	{ locale: 'en', prefix: '', button: 'Export PowerPoint', unit: 'pp' },
	{ locale: 'ar', prefix: '/ar', button: 'تصدير باوربوينت', unit: 'نقطة مئوية' }
] as const) {
	test(`Compare's PowerPoint has the deck's slides and the page's pp differences (${c.locale})`, async ({ page }) => {
		await page.goto(`${c.prefix}/present/compare${THREE}`);
		await ready(page);
		await expect(page.locator('.deck[data-ready="true"]')).toBeVisible();
		const deckSlides = await page.locator('.deck [data-slide]').count();
		expect(deckSlides).toBeGreaterThan(8);
		const fromDeck = slidesOf(await download(page, () => page.getByTestId('export-compare-pptx').click()));
		expect(fromDeck).toHaveLength(deckSlides);

		await page.goto(`${c.prefix}/compare${THREE}`);
		await ready(page);
		// Charts drawn: the page is hydrated and its buttons work.
		await expect(page.locator('[data-chart] canvas')).toHaveCount(COMPARE_CHARTS);
		const button = page.getByRole('button', { name: new RegExp(c.button) });
		await expect(button).toBeVisible();
		const slides = slidesOf(await download(page, () => button.click()));
		expect(slides).toHaveLength(deckSlides);
		// Every pp number beside the page's judgments (the two columns against the reference) is on the judgments slide.
		const onPage = (await page.getByTestId('judgment-pp').allTextContents()).map(
			(t) => /[+−]?\d+\.\d/.exec(t.replace(MARKS, ''))?.[0] ?? ''
		);
		expect(onPage.length).toBeGreaterThanOrEqual(4);
		const judgments = slides[1];
		for (const points of onPage) expect(judgments).toContain(`${points} ${c.unit}`);
		// And every one beside the page's headline numbers is on the headline slide, after its percent.
		const headlines = slides[2];
		const cells = await page.getByTestId('headline-cell').allTextContents();
		expect(cells).toHaveLength(3 * 5);
		for (const cell of cells) {
			const [percent, points] = [/\d+%/.exec(cell)?.[0], /[+−]?\d+\.\d/.exec(cell.replace(MARKS, ''))?.[0]];
			expect(headlines).toContain(points ? `${percent} · ${points} ${c.unit}` : percent);
		}
		// Provenance on every slide, by title; never a stored ref.
		for (const text of slides) {
			expect(text).toContain(c.locale === 'ar' ? 'البذرة 20240619' : 'seed 20240619');
			expect(text).not.toContain('preset:');
		}
	});
}

test('an edited column is named in the picker, and the way back keeps its edits', async ({ page }) => {
	const [en] = LOCALES;
	await page.goto(`/compare${EDITED}`);
	await ready(page);
	// Two scenarios: the four overlaid charts and one gap chart.
	await expect(page.locator('[data-chart] canvas')).toHaveCount(5);
	const slot = page.locator('#slot-1');
	await expect(slot.locator('option:checked')).toHaveText('Baseline: the current course (edited)');
	await expect(page.locator('#slot-0 option:checked')).toHaveText('Baseline: the current course');
	const back = page.getByRole('link', { name: 'Back to the dashboard' });
	await expect(back).toHaveAttribute('href', /ukraine-war-course%3Aa-1/);
	await back.click();
	await hydrated(page);
	await expect(slider(page, en, en.war, 'assessment')).toHaveValue('-1');
});
