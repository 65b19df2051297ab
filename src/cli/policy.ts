/**
 * `wugong policy eval --program ID --as-of DATE FACTS.json`: the explained decision as JSON, with
 * the live parameters (seed + recorded), through the same service as the API. A refusal (unknown
 * program, bad date, bad or missing facts) is printed as JSON on stderr with exit code 2.
 */
import fs from 'node:fs';
import type { Command } from 'commander';
import { DB_ENV, envHelp, t } from './i18n.js';
import { withRuntime } from './run.js';
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
  const policy = program
    .command('policy')
    .description(t('政策规则：按给定事实评估一个项目', 'policy rules: evaluate a program for given facts'));
  policy
    .command('eval')
    .requiredOption('--program <id>', t('项目编号（见 GET /api/v1/policy/programs）', 'program id (see GET /api/v1/policy/programs)'))
    .requiredOption('--as-of <date>', t('决定日期 YYYY-MM-DD', 'decision date YYYY-MM-DD'))
    .argument('<facts>', t('事实的 JSON 文件（- 表示标准输入）', 'JSON file with the facts (- for standard input)'))
    .description(t('以 JSON 输出带解释的决定（退出码 2 表示被拒绝）', 'print the explained decision as JSON (exit code 2 when refused)'))
    .addHelpText('after', envHelp(DB_ENV))
    .action(async (file: string, opts: { program: string; asOf: string }) => {
      const text = fs.readFileSync(file === '-' ? 0 : file, 'utf8');
      await withRuntime('policy eval', async (rt) => {
        const out = await policyEval(rt.services.policy, opts.program, opts.asOf, text);
        if (out.stdout) process.stdout.write(out.stdout);
        if (out.stderr) process.stderr.write(out.stderr);
        process.exitCode = out.exitCode;
      });
    });
}
