// A database whose schema is newer than this build knows (an upgrade rolled back, an older instance
// started beside newer ones): both backends' migrations refuse it with this error rather than
// misread it, and /healthz reports it as migrations "ahead" (src/lib/server/health).

export class NewerSchemaError extends Error {
	constructor(
		readonly found: number,
		readonly known: number
	) {
		super(`database schema version ${found} is newer than this app knows (${known}): update the app`);
		this.name = 'NewerSchemaError';
	}
}
