// The audit log's action and outcome codes as words in the page's language. A code this list
// does not know (a row written by a newer app) is shown as it is stored.

import { m } from '$lib/paraglide/messages';

const ACTIONS: Record<string, () => string> = {
	'scenario.create': m.audit_action_scenario_create,
	'scenario.import': m.audit_action_scenario_import,
	'scenario.save': m.audit_action_scenario_save,
	'scenario.rename': m.audit_action_scenario_rename,
	'scenario.duplicate': m.audit_action_scenario_duplicate,
	'scenario.delete': m.audit_action_scenario_delete,
	'scenario.undelete': m.audit_action_scenario_undelete,
	'scenario.restore-revision': m.audit_action_scenario_restore_revision,
	'user.create': m.audit_action_user_create,
	'user.role': m.audit_action_user_role,
	'user.disable': m.audit_action_user_disable,
	'user.enable': m.audit_action_user_enable,
	'token.create': m.audit_action_token_create,
	'token.revoke': m.audit_action_token_revoke
};

const OUTCOMES: Record<string, () => string> = {
	ok: m.audit_outcome_ok,
	conflict: m.audit_outcome_conflict,
	'not-found': m.audit_outcome_not_found
};

export const actionLabel = (action: string): string => ACTIONS[action]?.() ?? action;
export const outcomeLabel = (outcome: string): string => OUTCOMES[outcome]?.() ?? outcome;
