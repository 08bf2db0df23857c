import { expect, test, type Page } from '@playwright/test';
import { hydrated, LOCALES, ready, settled, slider } from './helpers';

const en = LOCALES[0];

/** Save the dashboard's settings as a new scenario; returns its id from the URL. */
async function saveAs(page: Page, title: string, note: string): Promise<string> {
	await hydrated(page);
	await page.getByRole('button', { name: 'Save as…' }).click();
	const dialog = page.getByRole('dialog', { name: 'Save as a new scenario' });
	await dialog.getByLabel('Title (English)').fill(title);
	await dialog.getByLabel('Title (Arabic)').fill(`${title} بالعربية`);
	await dialog.getByLabel('Why I changed this (optional)').fill(note);
	await dialog.getByRole('button', { name: 'Save' }).click();
	await expect(page).toHaveURL(/saved=[\w-]+&rev=1/);
	return new URL(page.url()).searchParams.get('saved')!;
}

async function saveRevision(page: Page, note: string): Promise<void> {
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	const dialog = page.getByRole('dialog', { name: 'Save a new revision' });
	await dialog.getByLabel('Why I changed this (optional)').fill(note);
	await dialog.getByRole('button', { name: 'Save' }).click();
}

test('save, edit, save with a note, see both in the history, restore the first, compare three', async ({ page }) => {
	await page.goto('/');
	await ready(page);
	const title = `Hawkish China ${Date.now()}`;
	const id = await saveAs(page, title, 'first cut');
	const weight = slider(page, en, en.china, 'weight');
	const first = await weight.inputValue();
	await weight.focus();
	await page.keyboard.press('End');
	await settled(page);
	await saveRevision(page, 'China matters more than I thought');
	await expect(page).toHaveURL(new RegExp(`saved=${id}&rev=2`));

	await page.goto(`/scenarios/${id}`);
	await ready(page);
	const history = page.getByTestId('revisions');
	await expect(history.getByRole('row')).toHaveCount(3);
	await expect(history).toContainText('China matters more than I thought');
	await expect(history).toContainText('first cut');
	await expect(page.getByTestId('revision-diff')).toContainText(`${en.china} — weight`);

	await history.getByRole('row', { name: /^1/ }).getByRole('button', { name: 'Restore' }).click();
	await expect(page.getByRole('status').first()).toContainText('Revision 1 restored as revision 3');
	await page.goto(`/?saved=${id}`);
	await ready(page);
	await expect(slider(page, en, en.china, 'weight')).toHaveValue(first);

	await page.goto(`/compare?s=saved:${id}@2&s=preset:russia-dprk/baseline&s=preset:russia-dprk/abandonment`);
	await ready(page);
	await expect(page.locator('main')).toContainText(title);
	await expect(page.locator('main')).toContainText('Abandonment');
});

test('two analysts save the same scenario: the second gets the conflict and nothing is lost', async ({ browser }) => {
	const alice = await browser.newPage();
	await alice.goto('/');
	await ready(alice);
	const id = await saveAs(alice, `Shared ${Date.now()}`, 'start');
	const bob = await browser.newPage();
	await bob.goto(`/?saved=${id}`);
	await hydrated(bob);

	await slider(alice, en, en.war, 'weight').focus();
	await alice.keyboard.press('Home');
	await settled(alice);
	await saveRevision(alice, 'war matters less');
	await expect(alice).toHaveURL(/rev=2/);

	await slider(bob, en, en.china, 'assessment').focus();
	await bob.keyboard.press('End');
	await settled(bob);
	await saveRevision(bob, 'China leans in');
	const conflict = bob.getByTestId('conflict');
	await expect(conflict).toBeVisible();
	await expect(conflict).toContainText('Revision 2 was saved since');
	await expect(conflict).toContainText(`${en.war} — weight`);
	await expect(conflict).toContainText(`${en.china} — assessment`);
	await conflict.getByRole('button', { name: 'Keep mine as a new revision' }).click();
	await expect(bob).toHaveURL(/rev=3/);

	await bob.goto(`/scenarios/${id}`);
	await ready(bob);
	const history = bob.getByTestId('revisions');
	await expect(history).toContainText('war matters less');
	await expect(history).toContainText('China leans in');
	await expect(history.getByRole('row')).toHaveCount(4);
	await alice.close();
	await bob.close();
});

test('a broken import shows every problem and saves nothing', async ({ page }) => {
	await page.goto('/scenarios');
	await ready(page);
	const broken = {
		$schema: '../../static/schema/scenario.json',
		format: 1,
		id: 'broken',
		model: 'russia-dprk',
		title: { en: 'Broken', ar: '' },
		summary: { en: 's', ar: 's' },
		seed: -4,
		samples: 10000,
		drivers: {},
		events: {}
	};
	await page
		.getByLabel('Scenario JSON file')
		.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
	await page.getByRole('button', { name: 'Import' }).click();
	const problems = page.getByTestId('import-problems');
	await expect(problems).toContainText('broken.json');
	await expect(problems).toContainText('title.ar');
	await expect(problems).toContainText('seed');
	await expect(problems).toContainText('drivers.china-calculus');
	await page.reload();
	// Nothing saved under its title. (Not a count of rows: other tests save in parallel.)
	await expect(page.getByRole('link', { name: 'Broken', exact: true })).toHaveCount(0);
});
