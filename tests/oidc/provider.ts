// A real OpenID Connect provider (oidc-provider) on a free loopback port, for the single sign-on
// tests: discovery, authorization code with PKCE, signed ID tokens, userinfo — what an organisation's
// identity provider does — with its own sign-in and consent pages for a known test user.
//
// The app's redirect URI holds the app's port, known only once the app runs, while the app needs
// the issuer at start: so the provider listens first (discovery answers at once) and the client is
// registered when the app is up (`allowClient`), which rebuilds the provider with the same keys.

import { generateKeyPairSync, randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type Account, type ClientMetadata, type Configuration } from 'oidc-provider';
import { consentPage, loginPage } from './pages';

export interface TestUser {
	username: string;
	password: string;
	name: string;
	email: string;
}

export const TEST_USER: TestUser = {
	username: 'ada',
	password: 'analytical engine 1843',
	name: 'Ada Lovelace',
	email: 'ada.lovelace@example.test'
};

/** A second user, with an Arabic name, so the Arabic test signs in someone of its own. */
export const ARABIC_TEST_USER: TestUser = {
	username: 'sara',
	password: 'a different password 77',
	name: 'سارة الحربي',
	email: 'sara.alharbi@example.test'
};

export interface TestClient {
	clientId: string;
	clientSecret: string;
	redirectUri: string;
}

export interface RunningProvider {
	/** `http://127.0.0.1:<port>`: OIDC_ISSUER for the app; discovery is under it. */
	issuer: string;
	/** Registers the app as this provider's one client (replacing any earlier one). */
	allowClient(client: TestClient): void;
	stop(): Promise<void>;
}

function signingKey() {
	const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
	return { ...privateKey.export({ format: 'jwk' }), use: 'sig', alg: 'RS256', kid: 'test-key' };
}

function configuration(users: TestUser[], client: TestClient | undefined, keys: object[], cookieKey: string) {
	const clients: ClientMetadata[] = client
		? [
				{
					client_id: client.clientId,
					client_secret: client.clientSecret,
					redirect_uris: [client.redirectUri],
					grant_types: ['authorization_code'],
					response_types: ['code'],
					token_endpoint_auth_method: 'client_secret_basic'
				}
			]
		: [];
	return {
		clients,
		jwks: { keys },
		cookies: { keys: [cookieKey] },
		// Lifetimes of the provider's records, in seconds (set, so it does not warn about its defaults).
		ttl: { AuthorizationCode: 60, AccessToken: 600, IdToken: 600, Interaction: 600, Session: 3600, Grant: 3600 },
		claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'preferred_username'] },
		features: { devInteractions: { enabled: false } },
		interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
		findAccount(_ctx, sub): Account | undefined {
			const user = users.find((u) => u.username === sub);
			if (!user) return undefined;
			return {
				accountId: sub,
				claims: () => ({
					sub,
					name: user.name,
					preferred_username: user.username,
					email: user.email,
					email_verified: true
				})
			};
		}
	} satisfies Configuration;
}

async function formBody(req: http.IncomingMessage): Promise<URLSearchParams> {
	let text = '';
	for await (const chunk of req) text += chunk;
	return new URLSearchParams(text);
}

function html(res: http.ServerResponse, status: number, body: string): void {
	res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
	res.end(body);
}

/** The sign-in and consent steps the provider hands to `/interaction/<uid>`. */
async function interaction(provider: Provider, users: TestUser[], req: http.IncomingMessage, res: http.ServerResponse) {
	const [, , uid, action] = (req.url ?? '').split('?')[0].split('/');
	const details = await provider.interactionDetails(req, res);
	if (req.method === 'GET') {
		if (details.prompt.name === 'login') return html(res, 200, loginPage(uid));
		const scopes = String(details.params.scope ?? '').split(' ');
		return html(res, 200, consentPage(uid, String(details.params.client_id), scopes));
	}
	if (action === 'login') {
		const form = await formBody(req);
		const user = users.find((u) => u.username === form.get('username') && u.password === form.get('password'));
		if (!user) return html(res, 401, loginPage(uid, 'Wrong username or password.'));
		return provider.interactionFinished(req, res, { login: { accountId: user.username } });
	}
	if (action === 'confirm') {
		const accountId = details.session?.accountId;
		if (!accountId) throw new Error('consent before sign-in');
		const grant = details.grantId
			? await provider.Grant.find(details.grantId)
			: new provider.Grant({ accountId, clientId: String(details.params.client_id) });
		if (!grant) throw new Error(`grant ${details.grantId} not found`);
		const missing = details.prompt.details as { missingOIDCScope?: string[]; missingOIDCClaims?: string[] };
		if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
		if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
		const grantId = await grant.save();
		return provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
	}
	return provider.interactionFinished(req, res, {
		error: 'access_denied',
		error_description: 'The user denied access.'
	});
}

export async function startOidcProvider(users: TestUser[] = [TEST_USER, ARABIC_TEST_USER]): Promise<RunningProvider> {
	const keys = [signingKey()];
	const cookieKey = randomBytes(32).toString('hex');
	let provider: Provider | undefined;
	let handle: ReturnType<Provider['callback']> | undefined;

	const server = http.createServer((req, res) => {
		if (!provider || !handle) return html(res, 503, 'not started');
		if (req.url?.startsWith('/interaction/')) {
			interaction(provider, users, req, res).catch((error: unknown) => {
				if (!res.headersSent) html(res, 400, String(error));
			});
			return;
		}
		void handle(req, res);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

	const build = (client: TestClient | undefined) => {
		provider = new Provider(issuer, configuration(users, client, keys, cookieKey));
		handle = provider.callback();
	};
	build(undefined);

	return {
		issuer,
		allowClient: build,
		stop: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}
