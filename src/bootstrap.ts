/**
 * First start: an empty database gets either the demo world (demo mode) or a single administrator
 * whose one-time password is printed once (production mode, WUGONG_DEMO=false).
 */
import type { Runtime } from './runtime.js';
import { systemActor } from './modules/actor.js';
import { DEMO_PASSWORD, DEMO_WORKER, demoAccounts } from './demo/accounts.js';
import { demoSeeders } from './demo/seeders.js';
import { loadReferenceData } from './reference.js';
import { seedDemoClaims } from './demo/claims.js';
import type { UserView } from './modules/accounts/index.js';

export interface BootstrapReport {
  created: boolean;
  lines: string[];
}

export async function bootstrap(rt: Runtime): Promise<BootstrapReport> {
  await loadReferenceData(rt);
  // Registrations made before assistance cases existed get theirs (decision 156); cheap when none lack one.
  await rt.services.assistance.openMissing();
  if ((await rt.services.users.count()) > 0) return { created: false, lines: [] };
  const actor = systemActor('bootstrap');
  if (!rt.config.demo) {
    const r = await rt.services.users.create(actor, {
      username: 'admin',
      displayName: '系统管理员 Administrator',
      role: 'admin',
      jurisdiction: '',
    });
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
  const created = new Map<string, UserView>();
  for (const { note, enterpriseCreditCode, ...account } of demoAccounts) {
    const enterpriseId = enterpriseCreditCode ? await demoEnterpriseId(rt, enterpriseCreditCode) : null;
    const r = await rt.services.users.create(actor, { ...account, enterpriseId, password: DEMO_PASSWORD });
    if (!r.ok) throw new Error(`could not create demo account ${account.username}: ${r.reason.code}`);
    created.set(account.username, r.value.user);
    lines.push(`  ${account.username.padEnd(18)} ${note}`);
  }
  await seedDemoClaims(rt, created);
  lines.push(`All demo accounts use the password: ${DEMO_PASSWORD}`);
  lines.push(
    `Demo worker (${DEMO_WORKER.name}): sign in on the worker pages (/m/) with phone ${DEMO_WORKER.phone}; the one-time code appears in this log.`,
  );
  return { created: true, lines };
}

async function demoEnterpriseId(rt: Runtime, creditCode: string): Promise<string> {
  const found = await rt.services.enterprises.list(systemActor('bootstrap'), { creditCode }, 1, 1);
  const id = found.ok ? found.value.items[0]?.id : undefined;
  if (!id) throw new Error(`demo enterprise ${creditCode} is missing`);
  return id;
}
