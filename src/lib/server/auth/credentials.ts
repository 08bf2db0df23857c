// The sign-in and set-up forms as read on the server: zod at the edge, each problem as a code
// the page turns into a message in its language.

import { z } from 'zod';
import { MAX_NAME_LENGTH, MAX_PASSWORD_LENGTH, MIN_NAME_LENGTH, MIN_PASSWORD_LENGTH, NAME_PATTERN } from './instance';

export type CredentialProblem = 'name' | 'password' | 'mismatch' | 'taken' | 'failed' | 'too-many';

const text = z.string();
/** Longer than any name or password allowed, so a cut field is still refused, but bounded work. */
const FIELD_CAP = 1000;

export const signInForm = z.object({
	name: text.transform((value) => value.trim()),
	password: text,
	returnTo: text.optional()
});
export type SignInForm = z.infer<typeof signInForm>;

export const setupForm = z.object({ name: text, password: text, passwordAgain: text });
export type SetupForm = z.infer<typeof setupForm>;

function field(data: FormData, name: string): string | undefined {
	const value = data.get(name);
	return typeof value === 'string' ? value.slice(0, FIELD_CAP + 1) : undefined;
}

export function readSignIn(data: FormData): SignInForm {
	return signInForm.parse({
		name: field(data, 'name') ?? '',
		password: field(data, 'password') ?? '',
		returnTo: field(data, 'returnTo')
	});
}

/** The form's fields (the name trimmed), or the first problem with them. */
export function readSetup(
	data: FormData
): { ok: true; form: SetupForm } | { ok: false; name: string; problem: CredentialProblem } {
	const form = setupForm.parse({
		name: (field(data, 'name') ?? '').trim(),
		password: field(data, 'password') ?? '',
		passwordAgain: field(data, 'passwordAgain') ?? ''
	});
	const nameLength = form.name.length;
	if (nameLength < MIN_NAME_LENGTH || nameLength > MAX_NAME_LENGTH || !NAME_PATTERN.test(form.name)) {
		return { ok: false, name: form.name, problem: 'name' };
	}
	if (form.password.length < MIN_PASSWORD_LENGTH || form.password.length > MAX_PASSWORD_LENGTH) {
		return { ok: false, name: form.name, problem: 'password' };
	}
	if (form.password !== form.passwordAgain) return { ok: false, name: form.name, problem: 'mismatch' };
	return { ok: true, form };
}

export const credentialLimits = {
	minName: MIN_NAME_LENGTH,
	maxName: MAX_NAME_LENGTH,
	minPassword: MIN_PASSWORD_LENGTH,
	maxPassword: MAX_PASSWORD_LENGTH
} as const;
