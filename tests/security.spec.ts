import { expect, test, type ConsoleMessage } from '@playwright/test';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ready } from './helpers';

// The browser's side of the edge checks (issue 12, point 5). The config gives the `request`
// fixture an Origin header; here pages send none but their own, to show that the app's own fetches
// carry it and pass, while a page of another origin cannot write. And the policies the server
// sends break nothing: no CSP or Permissions-Policy complaint in the console.
test.use({ extraHTTPHeaders: {} });

const preset = (): Record<string, unknown> =>
	JSON.parse(readFileSync('scenarios/russia-dprk/baseline.json', 'utf8')) as Record<string, unknown>;

function complaints(messages: ConsoleMessage[]): string[] {
	return messages
		.map((m) => m.text())
		.filter((text) => /Content Security Policy|Content-Security-Policy|Permissions-Policy|Refused to/i.test(text));
}

test("a page's own write carries its Origin and passes; the policies draw no complaint", async ({ page, baseURL }) => {
	const messages: ConsoleMessage[] = [];
	page.on('console', (message) => messages.push(message));
	await page.goto('/');
	await ready(page);
	const title = `Own origin ${Date.now()}`;
	const sent = page.waitForRequest(
		(request) => request.method() === 'POST' && request.url().endsWith('/api/scenarios')
	);
	const status = await page.evaluate(
		async (scenario) => {
			const response = await fetch('/api/scenarios', {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify(scenario)
			});
			return response.status;
		},
		{ ...preset(), title: { en: title, ar: title } }
	);
	expect((await (await sent).allHeaders()).origin).toBe(baseURL);
	expect(status).toBe(201);
	await page.goto('/present');
	await expect(page.locator('.deck[data-ready="true"]')).toBeVisible();
	expect(complaints(messages)).toEqual([]);
});

test('a page of another origin cannot write: a form post and a no-cors fetch are refused', async ({
	page,
	request,
	baseURL
}) => {
	const title = `Cross site ${Date.now()}`;
	const target = `${baseURL}/api/scenarios`;
	const body = JSON.stringify({ ...preset(), title: { en: title, ar: title } });
	// Another site: a page on another port of this machine (another origin), as an attacker's would be.
	const attacker = http.createServer((_request, response) => {
		response.writeHead(200, { 'content-type': 'text/html' });
		response.end('<!doctype html><title>elsewhere</title><form method="post" enctype="text/plain"></form>');
	});
	await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
	try {
		const { port } = attacker.address() as AddressInfo;
		await page.goto(`http://127.0.0.1:${port}/`);
		// What any site can send without asking: no preflight, the answer unreadable to it.
		const fetched = page.waitForResponse((r) => r.url() === target);
		await page.evaluate(
			({ url, text }) => void fetch(url, { method: 'POST', mode: 'no-cors', body: text }).catch(() => {}),
			{ url: target, text: body }
		);
		expect((await fetched).status()).toBe(403);
		const posted = page.waitForResponse((r) => r.url() === target);
		await page.evaluate(
			({ url, text }) => {
				const form = document.forms[0];
				form.action = url;
				const input = Object.assign(document.createElement('input'), { name: text.slice(0, -1), value: '}' });
				form.append(input);
				form.submit();
			},
			{ url: target, text: body }
		);
		const refused = await posted;
		expect(refused.status()).toBe(403);
		expect(await refused.json()).toMatchObject({ error: 'cross-origin' });
	} finally {
		await new Promise((resolve) => attacker.close(resolve));
	}
	const list = await request.get(`/api/scenarios?search=${encodeURIComponent(title)}`);
	expect(((await list.json()) as { scenarios: unknown[] }).scenarios).toEqual([]);
});

test('the app cannot be framed by another page', async ({ page, baseURL }) => {
	await page.goto('about:blank');
	await page.setContent(`<iframe src="${baseURL}/" title="app"></iframe>`);
	// The browser refuses to render it and shows its own error page in the frame instead.
	await expect.poll(() => page.frames()[1]?.url()).toMatch(/^chrome-error:/);
});
