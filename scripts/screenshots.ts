// Screenshots of the pages in both languages and both themes, for review and for docs/.
// Usage: tsx scripts/screenshots.ts <base-url> <out-dir>
// Signs in as SCREENSHOT_NAME / SCREENSHOT_PASSWORD, making that account the first admin through
// /setup on a new deployment (the defaults suit a throwaway DATA_DIR).

import { chromium } from '@playwright/test';
import { findChromium } from '../src/node/find-chromium.mjs';

const [base = 'http://127.0.0.1:3000', out = 'docs'] = process.argv.slice(2);
const browser = await chromium.launch({
	executablePath: findChromium(),
	args: ['--disable-gpu', '--disable-background-networking']
});
const errors: string[] = [];
const account = {
	name: process.env.SCREENSHOT_NAME ?? 'screenshots',
	password: process.env.SCREENSHOT_PASSWORD ?? 'screenshots-password'
};

/** The signed-in browser state every screenshot starts from. */
async function signedInState() {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(`${base}/`);
	const form = page.locator('main form').first();
	if (page.url().includes('/setup')) {
		await form.locator('input[name="name"]').fill(account.name);
		await form.locator('input[name="password"]').fill(account.password);
		await form.locator('input[name="passwordAgain"]').fill(account.password);
		await Promise.all([
			page.waitForURL((url) => !url.pathname.endsWith('/setup')),
			form.locator('button[type="submit"]').click()
		]);
	} else if (page.url().includes('/signin')) {
		await form.locator('input[name="name"]').fill(account.name);
		await form.locator('input[name="password"]').fill(account.password);
		await Promise.all([
			page.waitForURL((url) => !url.pathname.endsWith('/signin')),
			form.locator('button[type="submit"]').click()
		]);
	}
	const state = await context.storageState();
	await context.close();
	return state;
}
const storageState = await signedInState();
for (const locale of ['en', 'ar']) {
	for (const theme of ['light', 'dark']) {
		const context = await browser.newContext({
			viewport: { width: 1440, height: 1100 },
			deviceScaleFactor: 1,
			storageState
		});
		await context.addCookies([{ name: 'theme', value: theme, url: base }]);
		const page = await context.newPage();
		page.on('console', (message) => message.type() === 'error' && errors.push(`${locale}/${theme}: ${message.text()}`));
		page.on('pageerror', (error) => errors.push(`${locale}/${theme}: ${error.message}`));
		await page.goto(`${base}${locale === 'ar' ? '/ar' : ''}/`, { waitUntil: 'networkidle' });
		await page.evaluate(() => document.fonts.ready);
		await page.waitForTimeout(300);
		await page.screenshot({ path: `${out}/dashboard-${locale}-${theme}.png`, fullPage: true });
		if (theme === 'light') {
			// The evidence matrix, opened from the drivers panel (its button is the panel's first).
			await page.locator('#drivers-heading ~ button').first().click();
			await page.locator('dialog[open]').waitFor();
			await page.waitForTimeout(300);
			await page.screenshot({ path: `${out}/evidence-matrix-${locale}.png` });
		}
		await context.close();
	}
}
await browser.close();
console.log(errors.length ? errors.join('\n') : 'no console errors');
