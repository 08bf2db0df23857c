// Accounts in the browser: signing in (and back to the page asked for) and out from the user menu,
// in English and Arabic; a wrong password said in the page's language; the role in the menu; a
// viewer refused a write; /setup gone on a server with accounts — and, on a new server of its
// own, the first visit led to /setup, which makes the administrator and signs them in.

import { expect, test, type Browser } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer } from '../src/node/start-server';
import { TEST_ACCOUNTS, storageStateFile } from './accounts';
import { moderateOrWorseViolations } from './axe';
import { headingOutline, outlineProblems } from './headings';
import { ready } from './helpers';

const SIGNED_OUT = { cookies: [], origins: [] };

const CASES = [
	{
		locale: 'en',
		prefix: '',
		name: 'Name',
		password: 'Password',
		signIn: 'Sign in',
		signOut: 'Sign out',
		failed: 'That name and password do not match an account.',
		role: 'Role: Analyst',
		listTitle: 'Saved scenarios'
	},
	{
		locale: 'ar',
		prefix: '/ar',
		name: 'الاسم',
		password: 'كلمة المرور',
		signIn: 'تسجيل الدخول',
		signOut: 'تسجيل الخروج',
		failed: 'لا يطابق هذا الاسم وكلمة المرور أي حساب.',
		role: 'الدور: محلّل',
		listTitle: null
	}
] as const;

/**
 * A browser with no session. On another server than the configured one, without the configured
 * Origin header too: Chromium refuses a page's scripts and styles sent with a foreign Origin.
 */
async function signedOutPage(browser: Browser, otherServer = false) {
	const context = await browser.newContext({
		storageState: SIGNED_OUT,
		...(otherServer ? { extraHTTPHeaders: {} } : {})
	});
	return { context, page: await context.newPage() };
}

for (const c of CASES) {
	test(`signs in, back to the page asked for, and out (${c.locale})`, async ({ browser }) => {
		const { context, page } = await signedOutPage(browser);
		const analyst = TEST_ACCOUNTS.analyst;
		await page.goto(`${c.prefix}/scenarios`);
		await ready(page);
		await expect(page).toHaveURL(new RegExp(`${c.prefix}/signin\\?returnTo=`));
		await expect(page.locator('html')).toHaveAttribute('lang', c.locale);
		await page.getByLabel(c.name, { exact: true }).fill(analyst.name);
		await page.getByLabel(c.password, { exact: true }).fill('not the password');
		await page.getByRole('button', { name: c.signIn, exact: true }).click();
		await expect(page.getByRole('alert')).toHaveText(c.failed);

		await page.getByLabel(c.password, { exact: true }).fill(analyst.password);
		await page.getByRole('button', { name: c.signIn, exact: true }).click();
		await expect(page).toHaveURL(new RegExp(`${c.prefix}/scenarios$`));
		await ready(page);
		if (c.listTitle) await expect(page.getByRole('heading', { level: 1 })).toHaveText(c.listTitle);

		const menu = page.locator('summary', { hasText: analyst.name });
		await menu.click();
		await expect(page.getByText(c.role, { exact: true })).toBeVisible();
		await page.getByRole('button', { name: c.signOut, exact: true }).click();
		await expect(page).toHaveURL(new RegExp(`${c.prefix}/signin$`));
		await ready(page);
		// Signed out for real: the list sends them back to sign in.
		await page.goto(`${c.prefix}/scenarios`);
		await expect(page).toHaveURL(/\/signin\?returnTo=/);
		await context.close();
	});
}

for (const c of CASES) {
	test(`the sign-in page and the user menu: no moderate or worse axe violation, one h1 (${c.locale})`, async ({
		browser,
		page
	}) => {
		const { context, page: signedOut } = await signedOutPage(browser);
		await signedOut.goto(`${c.prefix}/signin`);
		await ready(signedOut);
		expect(await moderateOrWorseViolations(signedOut)).toEqual([]);
		expect(outlineProblems(await headingOutline(signedOut))).toEqual([]);
		await context.close();
		// Signed in (as the admin): the menu open, with its links and the sign-out button.
		await page.goto(`${c.prefix}/scenarios`);
		await ready(page);
		await page.locator('summary', { hasText: TEST_ACCOUNTS.admin.name }).click();
		await expect(page.getByRole('button', { name: c.signOut, exact: true })).toBeVisible();
		expect(await moderateOrWorseViolations(page)).toEqual([]);
	});
}

test('a viewer reads and may not write; the admin menu links the admin pages', async ({ browser, baseURL }) => {
	const viewer = await browser.newContext({ storageState: storageStateFile('viewer') });
	const page = await viewer.newPage();
	await page.goto('/scenarios');
	await ready(page);
	await page.locator('summary', { hasText: TEST_ACCOUNTS.viewer.name }).click();
	await expect(page.getByText('Role: Viewer', { exact: true })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Audit log' })).toHaveCount(0);
	const write = await page.request.post('/api/scenarios', {
		data: { scenario: {} },
		headers: { origin: baseURL ?? '' }
	});
	expect(write.status()).toBe(403);
	expect(await write.json()).toMatchObject({ error: 'forbidden' });
	await viewer.close();

	const admin = await browser.newContext({ storageState: storageStateFile('admin') });
	const adminPage = await admin.newPage();
	await adminPage.goto('/scenarios');
	await ready(adminPage);
	await adminPage.locator('summary', { hasText: TEST_ACCOUNTS.admin.name }).click();
	await expect(adminPage.getByRole('link', { name: 'Audit log' })).toBeVisible();
	await admin.close();
});

test('/setup is gone once the server has accounts', async ({ request }) => {
	expect((await request.get('/setup')).status()).toBe(404);
	expect((await request.get('/ar/setup')).status()).toBe(404);
});

test('a new server leads its first visit to /setup, which makes the administrator and signs them in', async ({
	browser
}) => {
	const dataDir = mkdtempSync(path.join(tmpdir(), 'scenario-desk-setup-'));
	const server = await startServer({ dataDir });
	const { context, page } = await signedOutPage(browser, true);
	try {
		await page.goto(`${server.url}/`);
		await ready(page);
		await expect(page).toHaveURL(`${server.url}/setup`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Set up Scenario Desk');
		await page.getByLabel('Name', { exact: true }).fill('first-admin');
		await page.getByLabel('Password', { exact: true }).fill('a long enough password');
		await page.getByLabel('Password again', { exact: true }).fill('a different password!');
		await page.getByRole('button', { name: 'Create the administrator' }).click();
		await expect(page.getByRole('alert')).toContainText('The two passwords are not the same.');
		await page.getByLabel('Password', { exact: true }).fill('a long enough password');
		await page.getByLabel('Password again', { exact: true }).fill('a long enough password');
		await page.getByRole('button', { name: 'Create the administrator' }).click();
		await expect(page).toHaveURL(`${server.url}/`);
		await ready(page);
		await page.locator('summary', { hasText: 'first-admin' }).click();
		await expect(page.getByText('Role: Administrator', { exact: true })).toBeVisible();
		expect((await page.request.get(`${server.url}/setup`)).status()).toBe(404);
	} finally {
		await context.close();
		await server.stop();
		rmSync(dataDir, { recursive: true, force: true });
	}
});
