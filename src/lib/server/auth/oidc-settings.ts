// Single sign-on settings, from the environment: OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET
// turn it on (all three or none), OIDC_NAME names the organisation's provider on the sign-in page,
// OIDC_DEFAULT_ROLE gives first-time SSO accounts analyst instead of viewer. A half-made
// configuration is refused with a message naming what is missing or wrong, not ignored: a team
// would otherwise find SSO silently absent.

import { z } from 'zod';

/** better-auth's id for the provider: part of the redirect URI the organisation registers. */
export const SSO_PROVIDER_ID = 'sso';

/** Where the provider sends the browser back: register `<ORIGIN><this>` with the provider. */
export const SSO_CALLBACK_PATH = `/api/auth/callback/${SSO_PROVIDER_ID}`;

const REQUIRED = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'] as const;

const trimmed = (max: number) => z.string().trim().min(1).max(max);

export const OidcEnvSchema = z.object({
	OIDC_ISSUER: z
		.url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
		.transform((issuer) => issuer.replace(/\/+$/, '')),
	OIDC_CLIENT_ID: trimmed(500),
	OIDC_CLIENT_SECRET: trimmed(2000),
	OIDC_NAME: trimmed(60).optional(),
	// Never admin: the first admin is made by /setup or `npm run user`, not by whoever the provider knows.
	OIDC_DEFAULT_ROLE: z.enum(['viewer', 'analyst']).default('viewer')
});
export type OidcEnv = z.infer<typeof OidcEnvSchema>;

export interface OidcSettings {
	issuer: string;
	/** `<issuer>/.well-known/openid-configuration` (OpenID Connect Discovery). */
	discoveryUrl: string;
	clientId: string;
	clientSecret: string;
	/** The provider's name on the sign-in button, or null for the generic "single sign-on". */
	name: string | null;
	defaultRole: 'viewer' | 'analyst';
}

/** Empty strings count as unset, as a shell's `OIDC_NAME=` does. */
function present(env: NodeJS.ProcessEnv): Record<string, string> {
	return Object.fromEntries(
		Object.entries(env).filter(
			(entry): entry is [string, string] => entry[0].startsWith('OIDC_') && (entry[1]?.trim() ?? '') !== ''
		)
	);
}

/** The SSO settings, or null when single sign-on is not configured; throws on a partial or bad one. */
export function oidcSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): OidcSettings | null {
	const values = present(env);
	const missing = REQUIRED.filter((name) => !(name in values));
	if (missing.length === REQUIRED.length) return null;
	if (missing.length > 0) {
		throw new Error(`Single sign-on needs ${REQUIRED.join(', ')}: ${missing.join(', ')} not set`);
	}
	const parsed = OidcEnvSchema.safeParse(values);
	if (!parsed.success) {
		const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
		throw new Error(`Single sign-on settings: ${problems.join('; ')}`);
	}
	const oidc = parsed.data;
	return {
		issuer: oidc.OIDC_ISSUER,
		discoveryUrl: `${oidc.OIDC_ISSUER}/.well-known/openid-configuration`,
		clientId: oidc.OIDC_CLIENT_ID,
		clientSecret: oidc.OIDC_CLIENT_SECRET,
		name: oidc.OIDC_NAME ?? null,
		defaultRole: oidc.OIDC_DEFAULT_ROLE
	};
}
