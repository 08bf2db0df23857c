// Single sign-on through the organisation's OpenID Connect provider: better-auth's genericOAuth
// plugin, its endpoints found by discovery from the issuer. A first sign-in makes an account
// (email and full name from the provider, an account name from the email) with the configured
// default role; later sign-ins leave the account as the admin has set it (its role included).

import { getCurrentAdapter, type BetterAuthPlugin } from 'better-auth';
import { genericOAuth } from 'better-auth/plugins';
import { firstFreeName, nameFromEmail } from './oidc-name';
import { SSO_PROVIDER_ID, type OidcSettings } from './oidc-settings';

export { oidcSettingsFromEnv, SSO_CALLBACK_PATH, SSO_PROVIDER_ID, type OidcSettings } from './oidc-settings';

/** The sign-in page's view of SSO: whether to offer it, and under which name. */
export interface SsoOffer {
	providerId: string;
	/** OIDC_NAME, or null for the generic wording. */
	name: string | null;
}

export function ssoOffer(settings: OidcSettings | null): SsoOffer | null {
	return settings ? { providerId: SSO_PROVIDER_ID, name: settings.name } : null;
}

/** Whether a user is being created by the SSO callback (`/callback/:id`, id = our provider). */
function createdBySso(context: { params?: Record<string, unknown> } | null | undefined): boolean {
	return context?.params?.id === SSO_PROVIDER_ID;
}

/**
 * Completes accounts made by a first SSO sign-in: the configured role, and an account name of
 * their own (see oidc-name.ts). It runs after the admin plugin's hook, which gives every new
 * account the default role, and the username plugin's, which has no name to check here.
 */
function ssoAccountDefaults(role: OidcSettings['defaultRole']): BetterAuthPlugin {
	return {
		id: 'sso-account-defaults',
		init: (auth) => ({
			options: {
				databaseHooks: {
					user: {
						create: {
							before: async (user, context) => {
								if (!createdBySso(context)) return undefined;
								// The adapter of the transaction creating the user.
								const adapter = await getCurrentAdapter(auth.adapter);
								const taken = async (username: string) =>
									(await adapter.findOne({ model: 'user', where: [{ field: 'username', value: username }] })) !== null;
								const name = await firstFreeName(nameFromEmail(String(user.email ?? '')), taken);
								return { data: { ...user, role, username: name.toLowerCase(), displayUsername: name } };
							}
						}
					}
				}
			}
		})
	};
}

export function oidcPlugins(settings: OidcSettings | null): BetterAuthPlugin[] {
	if (!settings) return [];
	return [
		genericOAuth({
			config: [
				{
					providerId: SSO_PROVIDER_ID,
					name: settings.name ?? 'Single sign-on',
					discoveryUrl: settings.discoveryUrl,
					// ID tokens are checked against the provider's published keys, never merely decoded.
					requireIdTokenVerification: true,
					clientId: settings.clientId,
					clientSecret: settings.clientSecret,
					// client_secret_basic: the OpenID Connect default, what a provider expects unless told otherwise.
					authentication: 'basic',
					scopes: ['openid', 'profile', 'email']
				}
			]
		}),
		ssoAccountDefaults(settings.defaultRole)
	];
}
