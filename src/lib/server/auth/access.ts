// What each role may do inside better-auth's own admin endpoints (/api/auth/admin/*: users,
// roles, bans, sessions). Only admins manage accounts; no one may impersonate another account,
// since every revision must name who really made it. What roles may do with scenarios is in
// permissions.ts.

import { createAccessControl } from 'better-auth/plugins/access';
import { defaultStatements } from 'better-auth/plugins/admin/access';
import type { Role } from './roles';

export const accessControl = createAccessControl(defaultStatements);

const manageAccounts = accessControl.newRole({
	user: ['create', 'list', 'set-role', 'ban', 'delete', 'set-password', 'get', 'update'],
	session: ['list', 'revoke', 'delete']
});
const nothing = accessControl.newRole({ user: [], session: [] });

export const accessRoles: Record<Role, typeof manageAccounts | typeof nothing> = {
	viewer: nothing,
	analyst: nothing,
	admin: manageAccounts
};
