/**
 * Demo unemployment register (issue 10, point 6): a handful of 都安 workers registered as unemployed
 * at different stages — registered, receiving services, moved to another of their places, employed —
 * four of them in 东莞 (441900) at their place of employment by the 东莞 county bureau, three at home
 * in 都安 by the 都安 county bureau. Through the service, as county officers (the demo accounts are
 * created after the seeders, so the actors carry no user). The demo worker's own record is left alone.
 */
import type { Runtime } from '../runtime.js';
import type { Actor } from '../modules/actor.js';
import { systemActor } from '../modules/actor.js';
import type { RegistrationView } from '../modules/unemployment/index.js';
import { DEMO_WORKER } from './accounts.js';

type Stage = 'registered' | 'services' | 'transferred' | 'employed';

function officer(jurisdiction: string): Actor {
  return { ...systemActor('demo-seed'), role: 'county_officer', jurisdiction };
}

function must<T>(r: { ok: true; value: T } | { ok: false; reason: { code: string } }, what: string): T {
  if (!r.ok) throw new Error(`demo unemployment: ${what} refused (${r.reason.code})`);
  return r.value;
}

async function advance(rt: Runtime, actor: Actor, reg: RegistrationView, stage: Stage): Promise<void> {
  const u = rt.services.unemployment;
  if (stage === 'registered') return;
  if (stage === 'transferred') {
    must(await u.transfer(actor, reg.id, { version: reg.version, placeKind: 'hukou' }), 'transfer');
    return;
  }
  const started = must(await u.startServices(actor, reg.id, { version: reg.version }), 'start services');
  if (stage === 'employed')
    must(await u.markEmployed(actor, reg.id, { version: started.version, employer: '东莞市长安镇电子厂' }), 'employed');
}

/**
 * Not the demo worker, nor people of 安阳镇 (451228100), whom the demo township officer and the
 * claims browser test work with (a registration would change their 'registered unemployed' fact).
 */
function mayRegister(p: { name: string; hukouCode: string | null }): boolean {
  return p.name !== DEMO_WORKER.name && !(p.hukouCode ?? '').startsWith('451228100');
}

export async function seedDemoUnemployment(rt: Runtime): Promise<void> {
  const { services } = rt;
  const system = systemActor('demo-seed');
  const u = services.unemployment;
  // 都安 workers employed in 东莞: registered there at their place of employment.
  const away = must(
    await services.people.search(system, { hukouCode: '451228', employmentCode: '441900', page: 2, pageSize: 10 }),
    'people in 东莞',
  ).items.filter(mayRegister);
  const dongguan = officer('441900');
  const awayStages: Stage[] = ['registered', 'services', 'transferred', 'employed'];
  for (const [i, stage] of awayStages.entries()) {
    const p = away[i];
    if (!p) break;
    const reg = must(await u.register(dongguan, { personId: p.id, placeKind: 'employment' }), 'register in 东莞');
    await advance(rt, dongguan, reg, stage);
  }
  // 都安 workers at home: registered at their household registration.
  const home = must(
    await services.people.search(system, { hukouCode: '451228', residenceCode: '451228', page: 3, pageSize: 10 }),
    'people in 都安',
  ).items.filter((p) => mayRegister(p) && !(p.employmentCode ?? '').startsWith('441900'));
  const duan = officer('451228');
  const homeStages: Stage[] = ['registered', 'services', 'employed'];
  for (const [i, stage] of homeStages.entries()) {
    const p = home[i];
    if (!p) break;
    const reg = must(await u.register(duan, { personId: p.id, placeKind: 'hukou' }), 'register in 都安');
    await advance(rt, duan, reg, stage);
  }
}
