// The `scenario` command as a function of its arguments, so tests can run it in process.
// Every failure ends as one line on stderr and exit status 1, never a stack trace
// (set SCENARIO_DEBUG=1 to see one).

import { parseArgs, UsageError, type Command } from './args';
import { HELP } from './help';
import { processIo, type Io } from './io';
import { migrateCommand } from './migrate';
import { runCommand } from './run';
import { schemaCommand } from './schema-files';
import { validateCommand } from './validate';

async function execute(command: Command, io: Io): Promise<number> {
	switch (command.name) {
		case 'help':
			io.out(HELP);
			return 0;
		case 'validate':
			return validateCommand(command.dir, io);
		case 'run':
			return runCommand(command, io);
		case 'migrate':
			return migrateCommand(command.dir, io);
		case 'schema':
			return schemaCommand(command.mode, io);
	}
}

export async function main(args: readonly string[], io: Io = processIo): Promise<number> {
	try {
		return await execute(parseArgs(args), io);
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const firstLine = message.split('\n')[0];
		io.err(error instanceof UsageError ? `scenario: ${firstLine}\n` : `scenario: failed: ${firstLine}\n`);
		if (process.env.SCENARIO_DEBUG && error instanceof Error && error.stack) io.err(`${error.stack}\n`);
		return 1;
	}
}
