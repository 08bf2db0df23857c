// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Account } from '$lib/server/auth/account';

declare global {
	namespace App {
		// interface Error {}
		interface Locals {
			/** The signed-in account (session cookie or bearer token), set by the auth handle. */
			account: Account | null;
		}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
