// Signs a user in at the test provider with plain HTTP, as a browser would follow it: from the
// app's authorization URL through the sign-in and consent forms, to the URL the provider sends
// the browser back to (the app's callback, with the code). For tests that need no browser.

import type { TestUser } from './provider';

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

class CookieJar {
	#cookies = new Map<string, string>();
	keep(response: Response): void {
		for (const line of response.headers.getSetCookie()) {
			const pair = line.split(';')[0];
			const eq = pair.indexOf('=');
			this.#cookies.set(pair.slice(0, eq), pair.slice(eq + 1));
		}
	}
	header(): string {
		return [...this.#cookies].map(([name, value]) => `${name}=${value}`).join('; ');
	}
}

/** Follows the provider's redirects until it names a URL under `callbackPrefix`, which it returns. */
export async function signInAtProvider(
	authorizationUrl: string,
	user: Pick<TestUser, 'username' | 'password'>,
	callbackPrefix: string
): Promise<string> {
	const jar = new CookieJar();
	let url = authorizationUrl;
	for (let step = 0; step < 12; step++) {
		if (url.startsWith(callbackPrefix)) return url;
		const response = await fetch(url, { redirect: 'manual', headers: { cookie: jar.header() } });
		jar.keep(response);
		if (response.status >= 300 && response.status < 400) {
			url = new URL(response.headers.get('location') ?? '', url).href;
			continue;
		}
		const page = await response.text();
		if (response.status !== 200) throw new Error(`provider answered ${response.status} at ${url}: ${page}`);
		// The provider's own pages: the sign-in form, then the consent form (its first form: Allow).
		const action = /<form method="post" action="([^"]+)"/.exec(page)?.[1];
		if (!action) throw new Error(`no form at ${url}: ${page}`);
		const body = action.endsWith('/login')
			? new URLSearchParams({ username: user.username, password: user.password }).toString()
			: '';
		const submitted = await fetch(new URL(action, url), {
			method: 'POST',
			redirect: 'manual',
			headers: { ...FORM, cookie: jar.header() },
			body
		});
		jar.keep(submitted);
		if (submitted.status < 300 || submitted.status >= 400) {
			throw new Error(`provider answered ${submitted.status} to ${action}: ${await submitted.text()}`);
		}
		url = new URL(submitted.headers.get('location') ?? '', url).href;
	}
	throw new Error(`no redirect to ${callbackPrefix} from the provider`);
}
