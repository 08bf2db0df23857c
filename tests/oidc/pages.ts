// The provider's own sign-in and consent pages: plain HTML forms, so a browser test fills them as a
// person would at an organisation's identity provider. Not the app's interface: English only.

function escape(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(title: string, body: string): string {
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title></head><body><main><h1>${escape(title)}</h1>${body}</main></body></html>`;
}

export function loginPage(uid: string, error?: string): string {
	const message = error ? `<p role="alert">${escape(error)}</p>` : '';
	return page(
		'Test identity provider: sign in',
		`${message}<form method="post" action="/interaction/${escape(uid)}/login">
<label>Username <input name="username" autocomplete="username" required></label>
<label>Password <input name="password" type="password" autocomplete="current-password" required></label>
<button type="submit">Sign in</button></form>`
	);
}

export function consentPage(uid: string, clientId: string, scopes: string[]): string {
	return page(
		'Test identity provider: allow access',
		`<p>${escape(clientId)} asks for: ${escape(scopes.join(', '))}</p>
<form method="post" action="/interaction/${escape(uid)}/confirm"><button type="submit">Allow</button></form>
<form method="post" action="/interaction/${escape(uid)}/abort"><button type="submit">Deny</button></form>`
	);
}
