// Single sign-on in the browser: a real OpenID provider on loopback (tests/oidc/provider.ts) and a
// second app server configured against it; the sign-in page's SSO link, the provider's own sign-in
// and consent forms, and back in the app signed in as that person — in English and Arabic.

import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer, type RunningServer } from '../src/node/start-server';
import { moderateOrWorseViolations } from './axe';
import { LOCALES, ready } from './helpers';
import { ARABIC_TEST_USER, startOidcProvider, TEST_USER, type RunningProvider } from './oidc/provider';

const CLIENT = { clientId: 'scenario-desk-e2e', clientSecret: 'the browser test client secret' };

// Each person's account name comes from their email address (ada.lovelace@example.test).
const CASES = [
	{
		locale: 'en',
		prefix: '',
		user: TEST_USER,
		account: 'ada.lovelace',
		link: 'Sign in with single sign-on',
		role: 'Role: Viewer',
		changedRole: 'Role: Analyst',
		signOut: 'Sign out'
	},
	{
		locale: 'ar',
		prefix: '/ar',
		user: ARABIC_TEST_USER,
		account: 'sara.alharbi',
		link: 'تسجيل الدخول الموحّد',
		role: 'الدور: مطّلع',
		changedRole: 'الدور: محلّل',
		signOut: 'تسجيل الخروج'
	}
] as const;

/** `npm run user -- …` on the SSO server's database, as an administrator would. */
function userCommand(dataDir: string, args: string[], input = ''): void {
	execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/user.ts', ...args], {
		env: { ...process.env, DATA_DIR: dataDir },
		input,
		stdio: ['pipe', 'pipe', 'pipe']
	});
}

test.describe('single sign-on against a local OpenID provider', () => {
	test.describe.configure({ mode: 'serial' });
	// Signed out: whatever the other tests' browsers carry, these start with no session. And no
	// Origin header of the main test server's (playwright.config.ts): Chromium refuses the second
	// server's scripts and styles requested with another origin's Origin (ERR_INVALID_ARGUMENT).
	test.use({ storageState: { cookies: [], origins: [] }, extraHTTPHeaders: {} });

	let provider: RunningProvider;
	let app: RunningServer;
	let dataDir: string;

	test.beforeAll(async () => {
		test.setTimeout(120_000);
		provider = await startOidcProvider();
		dataDir = mkdtempSync(path.join(tmpdir(), 'scenario-desk-sso-'));
		// The first admin, so the app is past /setup.
		userCommand(dataDir, ['add', 'chief', '--role', 'admin'], `${randomBytes(18).toString('base64url')}\n`);
		app = await startServer({
			dataDir,
			env: { OIDC_ISSUER: provider.issuer, OIDC_CLIENT_ID: CLIENT.clientId, OIDC_CLIENT_SECRET: CLIENT.clientSecret }
		});
		provider.allowClient({ ...CLIENT, redirectUri: `${app.url}/api/auth/callback/sso` });
	});

	test.afterAll(async () => {
		await app?.stop();
		await provider?.stop();
		if (dataDir) rmSync(dataDir, { recursive: true, force: true });
	});

	for (const c of CASES) {
		test(`signs in at the provider and comes back signed in as that person (${c.locale})`, async ({ page }) => {
			await page.goto(`${app.url}${c.prefix}/signin`);
			await ready(page);
			// The sign-in page with its SSO link passes the accessibility audit the other pages do.
			expect(await moderateOrWorseViolations(page)).toEqual([]);
			await page.getByRole('link', { name: c.link, exact: true }).click();

			await expect(page).toHaveURL(new RegExp(`^${provider.issuer}/interaction/`));
			await page.getByLabel('Username').fill(c.user.username);
			await page.getByLabel('Password').fill(c.user.password);
			await page.getByRole('button', { name: 'Sign in' }).click();
			await page.getByRole('button', { name: 'Allow' }).click();

			// The dashboard in the page's language ('/', '/ar').
			await expect(page).toHaveURL(new RegExp(`^${app.url}${c.prefix}/?$`));
			await ready(page);
			await expect(page.locator('html')).toHaveAttribute('lang', c.locale);
			const menu = page.locator('summary', { hasText: c.account });
			await expect(menu).toBeVisible();
			await menu.click();
			// A first SSO sign-in makes a viewer (OIDC_DEFAULT_ROLE is not set).
			await expect(page.getByText(c.role, { exact: true })).toBeVisible();

			// The admin makes them an analyst, by the name the menu shows; the next page says so.
			userCommand(dataDir, ['role', c.account, 'analyst']);
			await page.reload();
			await ready(page);
			await page.locator('summary', { hasText: c.account }).click();
			await expect(page.getByText(c.changedRole, { exact: true })).toBeVisible();

			// Signing out ends the app's session (the provider's own session is the provider's).
			await page.getByRole('button', { name: c.signOut, exact: true }).click();
			await expect(page).toHaveURL(new RegExp(`^${app.url}${c.prefix}/signin`));
			await ready(page);
			// Signed out for good: the dashboard sends the visitor to sign in again.
			await page.goto(`${app.url}${c.prefix}/`);
			await expect(page).toHaveURL(new RegExp(`^${app.url}${c.prefix}/signin`));
			await expect(page.locator('summary', { hasText: c.account })).toHaveCount(0);
		});
	}

	test('a sign-in refused at the provider comes back to the sign-in page, which says so', async ({ page }) => {
		await page.goto(`${app.url}/signin`);
		await ready(page);
		await page.getByRole('link', { name: CASES[0].link, exact: true }).click();
		await page.getByLabel('Username').fill(TEST_USER.username);
		await page.getByLabel('Password').fill(TEST_USER.password);
		await page.getByRole('button', { name: 'Sign in' }).click();
		await page.getByRole('button', { name: 'Deny' }).click();

		await expect(page).toHaveURL(new RegExp(`^${app.url}/signin\\?error=`));
		await ready(page);
		await expect(page.getByRole('alert')).toContainText('Single sign-on did not complete (access_denied)');
		expect(await moderateOrWorseViolations(page)).toEqual([]);
		await expect(page.locator('summary', { hasText: CASES[0].account })).toHaveCount(0);
	});
});

test.describe('without OIDC settings', () => {
	test.use({ storageState: { cookies: [], origins: [] } });

	for (const c of LOCALES) {
		test(`the sign-in page offers no single sign-on (${c.locale})`, async ({ page }) => {
			await page.goto(`${c.path}signin`);
			await ready(page);
			// The sign-in page (not /setup: the test server has its admin), without the SSO link.
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(c.locale === 'en' ? 'Sign in' : 'تسجيل الدخول');
			await expect(page.locator('input[name="password"]')).toBeVisible();
			await expect(page.locator('a[href*="/signin/sso"]')).toHaveCount(0);
			await expect(page.getByRole('link', { name: CASES.find((k) => k.locale === c.locale)!.link })).toHaveCount(0);
		});
	}
});
