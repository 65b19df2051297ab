/** Imports a file from disk in the foreground: what the CLI and the benchmark call. */
import fs from 'node:fs';
import path from 'node:path';
import type { Actor } from '../actor.js';
import type { Result } from '../../core/result.js';
import type { ImportMode } from './importer.js';
import type { EngineOptions } from './engine.js';
import type { ImportJob } from './import-job.js';
import type { ImportService } from './import.service.js';

/** Where the CLI writes a file's error report: FILE.errors.xlsx beside it. */
export function reportFileFor(file: string): string {
  return `${file}.errors.xlsx`;
}

/** Streams a file into the blob store and runs its import to the end. */
export async function runFileImport(
  imports: ImportService,
  actor: Actor,
  entity: string,
  file: string,
  mode: ImportMode,
  engine: EngineOptions = {},
): Promise<Result<ImportJob>> {
  return imports.start(actor, entity, { name: path.basename(file), data: fs.createReadStream(file) }, mode, { foreground: true, engine });
}
