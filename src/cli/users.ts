/**
 * `wugong users list` and `wugong users reset-password USERNAME` (issue 11, point 10): an
 * administrator who lost the password (the one-time password is printed only once) gets a new
 * one-time password that must be changed at the next sign-in; the account is unlocked and its
 * sessions and API tokens end. Audited as the command line (system actor).
 */
import type { Command } from 'commander';
import type { UserView } from '../modules/accounts/index.js';
import { systemActor } from '../modules/actor.js';
import type { Runtime } from '../runtime.js';
import { DB_ENV, envHelp, say, t } from './i18n.js';
import { CommandRefused, withRuntime } from './run.js';

async function allUsers(rt: Runtime): Promise<UserView[]> {
  const out: UserView[] = [];
  for (let page = 1; ; page++) {
    const r = await rt.services.users.list(systemActor('cli'), page, 200);
    if (!r.ok) throw new Error(r.reason.code);
    out.push(...r.value.items);
    if (page * 200 >= r.value.total) return out;
  }
}

/** An account's state in words. */
export function stateOf(u: UserView, now: Date): string {
  const states: string[] = [];
  if (u.disabled) states.push(t('已停用', 'disabled'));
  if (u.lockedUntil && new Date(u.lockedUntil) > now) states.push(t(`锁定至 ${u.lockedUntil}`, `locked until ${u.lockedUntil}`));
  if (u.mustChangePassword) states.push(t('须修改密码', 'must change password'));
  return states.length ? states.join(t('，', ', ')) : t('正常', 'active');
}

export function addUsersCommand(program: Command): void {
  const users = program.command('users').description(t('账户：列出账户、重置密码', 'accounts: list them, reset a password'));
  users
    .command('list')
    .option('--json', t('以 JSON 输出', 'print JSON'))
    .description(t('列出所有账户及其状态', 'list every account and its state'))
    .addHelpText('after', envHelp(DB_ENV))
    .action((opts: { json?: boolean }) =>
      withRuntime('users list', async (rt) => {
        const list = await allUsers(rt);
        if (opts.json) {
          console.log(JSON.stringify(list, null, 2));
          return;
        }
        const now = new Date();
        const width = Math.max(8, ...list.map((u) => u.username.length));
        console.log(
          `${t('用户名', 'Username').padEnd(width)}  ${t('角色', 'Role').padEnd(16)}  ${t('辖区', 'Area').padEnd(9)}  ${t('状态', 'State')}  ${t('姓名', 'Name')}`,
        );
        for (const u of list)
          console.log(
            `${u.username.padEnd(width)}  ${u.role.padEnd(16)}  ${(u.jurisdiction || t('全国', 'all')).padEnd(9)}  ${stateOf(u, now)}  ${u.displayName}`,
          );
        console.log(t(`共 ${list.length} 个账户`, `${list.length} account(s)`));
      }),
    );
  users
    .command('reset-password')
    .argument('<username>', t('用户名', 'username'))
    .description(
      t(
        '为账户设置一次性密码（首次登录须修改；解除锁定；结束其会话和令牌；记入审计）',
        'give an account a one-time password (to be changed at sign-in; unlocks it; ends its sessions and tokens; audited)',
      ),
    )
    .addHelpText('after', envHelp(DB_ENV))
    .action((username: string) =>
      withRuntime('users reset-password', async (rt) => {
        const user = (await allUsers(rt)).find((u) => u.username === username);
        if (!user)
          throw new CommandRefused(
            t(
              `没有用户名为 ${username} 的账户（wugong users list 列出所有账户）。`,
              `No account is named ${username} (wugong users list shows them all).`,
            ),
          );
        const r = await rt.services.users.resetPassword(systemActor('cli'), user.id);
        if (!r.ok) throw new CommandRefused(say(r.reason.message));
        console.log(
          t(`账户 ${username} 的一次性密码：${r.value.oneTimePassword}`, `One-time password for ${username}: ${r.value.oneTimePassword}`),
        );
        console.log(t('此密码只显示这一次；登录后必须修改。', 'This password is shown only now; it must be changed at sign-in.'));
      }),
    );
}
