/**
 * `wugong policy eval --program ID --as-of DATE FACTS.json`: the explained decision as JSON, with
 * the live parameters (seed + recorded), through the same service as the API. A refusal (unknown
 * program, bad date, bad or missing facts) is printed as JSON on stderr with exit code 2.
 */
import fs from 'node:fs';
import type { Command } from 'commander';
import { loadConfig } from '../config.js';
import { openRuntime } from '../runtime.js';
import type { PolicyService } from '../modules/policy-admin/index.js';

/** What the command prints and its exit code (a function so tests can call it without a process). */
export async function policyEval(
  policy: Pick<PolicyService, 'decide'>,
  programId: string,
  asOf: string,
  factsText: string,
): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  const r = await policy.decide(programId, factsText, asOf);
  if (r.ok) return { exitCode: 0, stdout: `${JSON.stringify(r.value, null, 2)}\n`, stderr: '' };
  return { exitCode: 2, stdout: '', stderr: `${JSON.stringify({ refused: r.reason }, null, 2)}\n` };
}

/** Registers the `policy` subcommand. */
export function addPolicyCommand(program: Command): void {
  const policy = program.command('policy').description('policy rules: evaluate a program for given facts');
  policy
    .command('eval')
    .requiredOption('--program <id>', 'program id (see GET /api/v1/policy/programs)')
    .requiredOption('--as-of <date>', 'decision date YYYY-MM-DD')
    .argument('<facts>', 'JSON file with the facts (- for standard input)')
    .description('print the explained decision as JSON')
    .action(async (file: string, opts: { program: string; asOf: string }) => {
      const text = fs.readFileSync(file === '-' ? 0 : file, 'utf8');
      const rt = await openRuntime(loadConfig());
      try {
        const out = await policyEval(rt.services.policy, opts.program, opts.asOf, text);
        if (out.stdout) process.stdout.write(out.stdout);
        if (out.stderr) process.stderr.write(out.stderr);
        process.exitCode = out.exitCode;
      } finally {
        await rt.close();
      }
    });
}
