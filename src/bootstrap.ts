/**
 * First start: an empty database gets either the demo world (demo mode) or a single administrator
 * whose one-time password is printed once (production mode, WUGONG_DEMO=false).
 */
import type { Runtime } from './runtime.js';
import { systemActor } from './modules/actor.js';
import { DEMO_PASSWORD, demoAccounts } from './demo/accounts.js';
import { demoSeeders } from './demo/seeders.js';
import { loadReferenceData } from './reference.js';

export interface BootstrapReport {
  created: boolean;
  lines: string[];
}

export async function bootstrap(rt: Runtime): Promise<BootstrapReport> {
  await loadReferenceData(rt);
  if ((await rt.services.users.count()) > 0) return { created: false, lines: [] };
  const actor = systemActor('bootstrap');
  if (!rt.config.demo) {
    const r = await rt.services.users.create(actor, { username: 'admin', displayName: '系统管理员 Administrator', role: 'admin', jurisdiction: '' });
    if (!r.ok) throw new Error(`could not create the administrator: ${r.reason.code}`);
    return {
      created: true,
      lines: [
        'Production mode: one administrator account was created.',
        `  username: admin   one-time password: ${r.value.oneTimePassword ?? ''}`,
        'This password is shown only now; it must be changed at first sign-in.',
      ],
    };
  }
  const lines = ['Demo mode: the demo world was created (都安 451228 → 东莞 441900). Demo accounts:'];
  for (const seed of demoSeeders) await seed(rt);
  for (const { note, ...account } of demoAccounts) {
    const r = await rt.services.users.create(actor, { ...account, password: DEMO_PASSWORD });
    if (!r.ok) throw new Error(`could not create demo account ${account.username}: ${r.reason.code}`);
    lines.push(`  ${account.username.padEnd(18)} ${note}`);
  }
  lines.push(`All demo accounts use the password: ${DEMO_PASSWORD}`);
  return { created: true, lines };
}
