// Single sign-on through the organisation's OpenID Connect provider: better-auth's genericOAuth
// plugin, its endpoints found by discovery from the issuer. A first sign-in makes an account
// (name and email from the provider) with the configured default role; later sign-ins leave the
// account as the admin has set it (its role included).

import type { BetterAuthPlugin } from 'better-auth';
import { genericOAuth } from 'better-auth/plugins';
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
 * Gives accounts made by a first SSO sign-in the configured role. It runs after the admin
 * plugin's own hook (plugins run in order), which gives every new account the default role.
 */
function ssoDefaultRole(role: OidcSettings['defaultRole']): BetterAuthPlugin {
	return {
		id: 'sso-default-role',
		init: () => ({
			options: {
				databaseHooks: {
					user: {
						create: {
							before: async (user, context) => (createdBySso(context) ? { data: { ...user, role } } : undefined)
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
		ssoDefaultRole(settings.defaultRole)
	];
}
