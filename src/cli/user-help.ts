export const USER_HELP = `Usage: npm run user -- <command> [options]

Manages the accounts and API tokens of the database in DATA_DIR (default ./data), directly:
the server may be running. Each change is written to the audit log as done by the command line.

Commands:
  add NAME --role ROLE   Create an account; ROLE is viewer, analyst or admin. The password is
                         read from standard input (asked twice, hidden, at a terminal; else
                         the first line): at least 10 characters, 5 different, not the name.
  list                   Every account: name, role, disabled or active, created.
  role NAME ROLE         Give an account another role.
  disable NAME           Sign an account out everywhere and refuse its sign-ins and tokens.
  enable NAME            Undo disable.
  token NAME [--label L] Issue an API token acting as NAME and print it, once: only its hash
                         is kept. Scripts send it as "Authorization: Bearer TOKEN".
  tokens NAME            List NAME's tokens (id, label, created, last used, revoked); no secrets.
  revoke TOKEN-ID        Revoke a token by its id (from tokens): it answers 401 from then on.

Options:
  -h, --help             Show this help.

Exit status 0 on success, 1 with one line on standard error otherwise.
`;
