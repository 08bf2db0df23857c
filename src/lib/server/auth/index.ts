// Accounts and roles: the entry points the rest of the server uses.

export { getAuth, getAuthDatabase } from './auth';
export { accountOf, type Account, type Role } from './account';
export { ROLES, DEFAULT_ROLE, isRole, roleAtLeast } from './roles';
