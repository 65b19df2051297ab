/** Module commands of the `wugong` CLI; each module adds one function here. */
import type { Command } from 'commander';
import { addImportCommand } from './import.js';
import { addPolicyCommand } from './policy.js';
import { addAuditCommand } from './audit.js';
import { addBackupCommands } from './backup.js';
import { addUsersCommand } from './users.js';

export const cliCommands: Array<(program: Command) => void> = [
  addImportCommand,
  addPolicyCommand,
  addAuditCommand,
  addBackupCommands,
  addUsersCommand,
];
