// The PostgreSQL schema, as an ordered list of steps (SQLite's are ../sqlite/migrations.ts; the two
// hold the same data). `scenario_desk_schema.version` records how many have run. Every instance
// migrates at start inside one transaction holding an advisory lock, so when several start at
// once one migrates and the others wait, then find nothing left to do; PostgreSQL's DDL is
// transactional, so a failed step leaves nothing half done. Append steps; never edit one.
//
// Timestamps are ISO-8601 text as the app writes them (COLLATE "C": ordered byte by byte, as
// SQLite orders them), and a revision's scenario is the JSON text as written, so moving data
// between the backends changes nothing. `seq` breaks ties in lists, as SQLite's rowid does;
// `search_text` is the titles folded in JavaScript (search-text.ts), since SQL cannot call it.

import type { Pool } from 'pg';
import { NewerSchemaError } from '../../storage/newer-schema';
import { forecastRecordMigration } from './forecasts';
import { inTransaction } from './sql';

export interface PgMigration {
	name: string;
	sql: string;
}

/** Advisory-lock keys (two int4s): the app's, then what the lock guards. */
export const LOCK_SPACE = 0x5344;
export const LOCK_MIGRATIONS = 1;
export const LOCK_AUTH_TABLES = 2;

export const pgMigrations: readonly PgMigration[] = [
	{
		name: 'scenarios and their revisions',
		sql: `
			CREATE TABLE scenarios (
				id            text PRIMARY KEY,
				seq           integer GENERATED ALWAYS AS IDENTITY UNIQUE,
				model_id      text NOT NULL,
				title_en      text NOT NULL,
				title_ar      text NOT NULL,
				search_text   text NOT NULL,
				head_revision integer NOT NULL,
				created_at    text COLLATE "C" NOT NULL,
				updated_at    text COLLATE "C" NOT NULL,
				deleted_at    text COLLATE "C",
				owner         text
			);
			CREATE TABLE revisions (
				scenario_id   text NOT NULL REFERENCES scenarios (id),
				revision      integer NOT NULL,
				created_at    text COLLATE "C" NOT NULL,
				author        text NOT NULL,
				author_id     text,
				note          text NOT NULL,
				base_revision integer,
				scenario      text NOT NULL,
				PRIMARY KEY (scenario_id, revision)
			);
			CREATE INDEX scenarios_by_model ON scenarios (model_id, updated_at);
			CREATE INDEX scenarios_by_update ON scenarios (updated_at, seq);
			CREATE INDEX scenarios_in_trash ON scenarios (deleted_at, updated_at, seq) WHERE deleted_at IS NOT NULL;
			CREATE INDEX scenarios_by_owner ON scenarios (owner);`
	},
	{
		name: 'the audit log (append-only)',
		sql: `
			CREATE TABLE audit_log (
				id           integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
				at           text COLLATE "C" NOT NULL,
				account_id   text,
				account_name text NOT NULL,
				action       text NOT NULL,
				target       text NOT NULL,
				outcome      text NOT NULL
			);
			CREATE INDEX audit_log_by_account ON audit_log (account_id, id);
			CREATE INDEX audit_log_by_action ON audit_log (action, id);
			CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
				BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$;
			CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
				FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
			CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
				FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();`
	},
	{
		// What the instances share besides the data (shared-state.ts): the rate limits' buckets
		// (UNLOGGED: counts, not records), and a notification at the commit of any audited write.
		name: 'rate-limit buckets and change notifications shared by the instances',
		sql: `
			CREATE UNLOGGED TABLE rate_limit_buckets (
				key    text PRIMARY KEY,
				tokens double precision NOT NULL,
				at     bigint NOT NULL,
				taken  boolean NOT NULL
			);
			CREATE FUNCTION audit_log_announce() RETURNS trigger LANGUAGE plpgsql AS $$
				BEGIN PERFORM pg_notify('scenario_desk_changes', ''); RETURN NULL; END $$;
			CREATE TRIGGER audit_log_announce AFTER INSERT ON audit_log
				FOR EACH STATEMENT EXECUTE FUNCTION audit_log_announce();`
	},
	forecastRecordMigration
];

/** The API tokens' table, made after better-auth's (it references "user"). */
export const API_TOKENS_TABLE = `
	CREATE TABLE IF NOT EXISTS api_tokens (
		id           text PRIMARY KEY,
		user_id      text NOT NULL REFERENCES "user" (id) ON DELETE CASCADE,
		label        text NOT NULL,
		token_hash   text NOT NULL UNIQUE,
		created_at   text COLLATE "C" NOT NULL,
		last_used_at text COLLATE "C",
		revoked_at   text COLLATE "C"
	);
	CREATE INDEX IF NOT EXISTS api_tokens_by_user ON api_tokens (user_id);`;

/** Brings the database's schema up to date (see above); returns the version it is at. */
export function migratePostgres(pool: Pool, steps: readonly PgMigration[] = pgMigrations): Promise<number> {
	return inTransaction(pool, async (client) => {
		await client.query('SELECT pg_advisory_xact_lock($1, $2)', [LOCK_SPACE, LOCK_MIGRATIONS]);
		await client.query('CREATE TABLE IF NOT EXISTS scenario_desk_schema (version integer NOT NULL)');
		const rows = (await client.query<{ version: number }>('SELECT version FROM scenario_desk_schema')).rows;
		if (rows.length === 0) await client.query('INSERT INTO scenario_desk_schema (version) VALUES (0)');
		const found = rows[0]?.version ?? 0;
		if (found > steps.length) throw new NewerSchemaError(found, steps.length);
		for (let index = found; index < steps.length; index++) {
			try {
				await client.query(steps[index].sql);
			} catch (error) {
				const reason = error instanceof Error ? error.message : String(error);
				throw new Error(`migration ${index + 1} (${steps[index].name}) failed: ${reason}`, { cause: error });
			}
		}
		await client.query('UPDATE scenario_desk_schema SET version = $1', [steps.length]);
		return steps.length;
	});
}
