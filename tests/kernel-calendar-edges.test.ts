/**
 * The working-day calendar service at its edges, on both databases: resuming a seed whose years were
 * partly entered, the minute-long cache (another server's edit unseen at 60,000 ms, seen at 60,001,
 * and at once when the clock goes back), the bounds of "N working days", lists by year, trimmed
 * entries with their audit details, and refusals for a nationwide user who is not an administrator.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb, type Ctx } from './helpers/runtime.js';
import { systemActor, type Actor } from '../src/modules/actor.js';

const admin: Actor = { ...systemActor(), userId: 'admin-national', username: 'admin' };
const nationalAuditor: Actor = { ...systemActor(), userId: 'auditor-national', username: 'auditor', role: 'auditor' };

const kysely = (ctx: () => Ctx) => ctx().rt.services.deps.db.kysely;
const seededSetting = async (ctx: () => Ctx) =>
  (await kysely(ctx).selectFrom('settings').select('value').where('key', '=', 'calendar.seeded_notice_years').executeTakeFirst())?.value;
const seedAudits = async (ctx: () => Ctx) =>
  (await kysely(ctx).selectFrom('audit_log').select('details').where('action', '=', 'calendar.seeded').orderBy('id').execute()).map(
    (r) => JSON.parse(r.details) as { years: number[]; added: number },
  );

describeEachDb('kernel calendar: resuming the seed', (ctx) => {
  it('enters only the years not recorded as entered, ignoring values that are not years', async () => {
    const { rt } = ctx();
    await kysely(ctx)
      .insertInto('settings')
      .values({ key: 'calendar.seeded_notice_years', value: '[2021,2020,"2022",null]', updated_at: '2026-11-28T00:00:00.000Z' })
      .execute();
    expect(await rt.services.calendar.loadReference()).toEqual([2022, 2023, 2024, 2025, 2026]);
    expect(await seededSetting(ctx)).toBe('[2020,2021,2022,2023,2024,2025,2026]');
    // 2020 and 2021 were not entered: Thu 1 Oct 2020 (National Day) stays a working day by the weekday rule.
    expect(await rt.services.calendar.isWorkingDay('2020-10-01')).toBe(true);
    expect(await rt.services.calendar.isWorkingDay('2022-10-03')).toBe(false);
    const [audit] = await seedAudits(ctx);
    expect(audit?.years).toEqual([2022, 2023, 2024, 2025, 2026]);
    // 2024 alone has 8 make-up working days and 28 holidays (the notice 国办发明电〔2023〕7号).
    const rows = await kysely(ctx)
      .selectFrom('calendar_days')
      .select(({ fn }) => fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(audit?.added).toBe(Number(rows.n));
    const entry = await kysely(ctx)
      .selectFrom('audit_log')
      .select(['province', 'entity_type', 'entity_id', 'request_id'])
      .where('action', '=', 'calendar.seeded')
      .executeTakeFirstOrThrow();
    expect(entry).toEqual({ province: '00', entity_type: 'calendar', entity_id: null, request_id: 'reference' });
    // Nothing left to enter: nothing written, not even an audit entry.
    expect(await rt.services.calendar.loadReference()).toEqual([]);
    expect(await seedAudits(ctx)).toHaveLength(1);
  });
});

describeEachDb('kernel calendar: a seed record that is lost', (ctx) => {
  it('loads every year again from a setting that is not a list, adding no day already there', async () => {
    const { rt } = ctx();
    expect(await rt.services.calendar.loadReference()).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    await kysely(ctx)
      .updateTable('settings')
      .set({ value: '{"years":[2020]}' })
      .where('key', '=', 'calendar.seeded_notice_years')
      .execute();
    expect(await rt.services.calendar.loadReference()).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    const audits = await seedAudits(ctx);
    expect(audits).toHaveLength(2);
    expect(audits[0]?.added).toBeGreaterThan(200);
    expect(audits[1]?.added).toBe(0);
  });
});

describeEachDb('kernel calendar: the cache', (ctx) => {
  const holiday = {
    date: '2027-01-01',
    kind: 'holiday',
    name_zh: '元旦',
    name_en: "New Year's Day",
    source: '另一台服务器 another server',
    updated_at: '2026-11-28T02:00:00.000Z',
    updated_by: null,
  };

  it("another server's edit is unseen for 60,000 ms and seen from 60,001 ms", async () => {
    const { rt } = ctx();
    expect(await rt.services.calendar.isWorkingDay('2027-01-01')).toBe(true); // Friday, nothing entered
    await kysely(ctx).insertInto('calendar_days').values(holiday).execute();
    rt.clock.advance(60_000);
    expect(await rt.services.calendar.isWorkingDay('2027-01-01')).toBe(true);
    rt.clock.advance(1);
    expect(await rt.services.calendar.isWorkingDay('2027-01-01')).toBe(false);
  });

  it('a clock set back reads the calendar again at once', async () => {
    const { rt } = ctx();
    await kysely(ctx).deleteFrom('calendar_days').where('date', '=', '2027-01-01').execute();
    expect(await rt.services.calendar.isWorkingDay('2027-01-01')).toBe(false); // still cached
    rt.clock.advance(-1);
    expect(await rt.services.calendar.isWorkingDay('2027-01-01')).toBe(true);
  });
});

describeEachDb('kernel calendar: answers and their bounds', (ctx) => {
  beforeAll(async () => {
    await ctx().rt.services.calendar.loadReference();
  });

  it('lists one year, or every entry when no year is given', async () => {
    const cal = ctx().rt.services.calendar;
    const all = await cal.list(admin);
    const y2024 = await cal.list(admin, 2024);
    const y202 = await cal.list(admin, 202);
    if (!all.ok || !y2024.ok || !y202.ok) throw new Error('refused');
    expect(y2024.value).toHaveLength(36);
    expect(y2024.value.every((e) => e.date.startsWith('2024-'))).toBe(true);
    expect(y202.value).toEqual([]);
    expect(new Set(all.value.map((e) => e.date.slice(0, 4)))).toEqual(new Set(['2020', '2021', '2022', '2023', '2024', '2025', '2026']));
  });

  it('counts up to 2,500 working days either way and refuses 2,501, a fraction and a false date, naming each field', async () => {
    const cal = ctx().rt.services.calendar;
    for (const days of [2500, -2500]) expect((await cal.workingDaysAfter(admin, '2024-10-08', days)).ok).toBe(true);
    for (const days of [2501, -2501, 1.5]) {
      const r = await cal.workingDaysAfter(admin, '2024-10-08', days);
      expect(r.ok ? null : r.reason.errors?.map((e) => e.path)).toEqual(['/days']);
    }
    const both = await cal.workingDaysAfter(admin, '2024-02-30', 2501);
    expect(both.ok ? null : both.reason.errors?.map((e) => [e.path, e.code, e.message.zh, e.message.en])).toEqual([
      ['/from', 'validation_failed', expect.any(String), expect.any(String)],
      ['/days', 'validation_failed', '天数应为不超过2500的整数', 'Days must be a whole number up to 2500'],
    ]);
  });

  it('explains a day past the last notice as provisional, one inside as settled', async () => {
    const cal = ctx().rt.services.calendar;
    const sun = await cal.day(admin, '2027-01-03');
    expect(sun.ok && sun.value).toEqual({ date: '2027-01-03', working: false, weekend: true, entry: null, provisional: true });
    const bad = await cal.day(admin, '2026-02-29');
    expect(bad.ok ? null : [bad.reason.code, bad.reason.errors?.map((e) => [e.path, e.code])]).toEqual([
      'validation_failed',
      [['/date', 'validation_failed']],
    ]);
    const sun26 = await cal.day(admin, '2026-12-27');
    expect(sun26.ok && sun26.value).toEqual({ date: '2026-12-27', working: false, weekend: true, entry: null, provisional: false });
  });
});

describeEachDb('kernel calendar: edits', (ctx) => {
  const input = { kind: 'holiday' as const, nameZh: '  元旦 ', nameEn: " New Year's Day  ", source: '\t通知 notice ' };

  it('a nationwide user who is not an administrator edits nothing', async () => {
    const cal = ctx().rt.services.calendar;
    const r = await cal.add(nationalAuditor, '2027-01-01', input);
    expect(r.ok ? null : r.reason.code).toBe('forbidden');
    const gone = await cal.remove(nationalAuditor, '2024-10-01');
    expect(gone.ok ? null : gone.reason.code).toBe('forbidden');
  });

  it('stores an entry trimmed, by its administrator, audited with what was entered', async () => {
    const { rt } = ctx();
    const r = await rt.services.calendar.add(admin, '2027-01-01', input);
    expect(r.ok && r.value).toEqual({
      date: '2027-01-01',
      kind: 'holiday',
      nameZh: '元旦',
      nameEn: "New Year's Day",
      source: '通知 notice',
      updatedAt: '2026-11-28T02:00:00.000Z',
      updatedBy: 'admin-national',
    });
    const [entry] = await rt.services.audit.history('calendar_day', '2027-01-01');
    expect(entry).toMatchObject({ action: 'calendar.entry_added', province: '00' });
    expect(entry?.details).toEqual({ kind: 'holiday', nameZh: '元旦', source: '通知 notice' });
  });

  it('changes an entry trimmed, audited with the value before', async () => {
    const { rt } = ctx();
    rt.clock.advance(1000);
    const r = await rt.services.calendar.update(admin, '2027-01-01', { ...input, nameZh: ' 元旦节 ', source: ' 更正 ' });
    expect(r.ok && r.value).toMatchObject({
      nameZh: '元旦节',
      nameEn: "New Year's Day",
      source: '更正',
      updatedAt: '2026-11-28T02:00:01.000Z',
    });
    const [entry] = await rt.services.audit.history('calendar_day', '2027-01-01');
    expect(entry?.details).toEqual({
      kind: 'holiday',
      nameZh: '元旦节',
      source: '更正',
      before: { kind: 'holiday', nameZh: '元旦', source: '通知 notice' },
    });
  });

  it('a year with only a make-up working day entered stays provisional (its holidays are not known)', async () => {
    const { rt } = ctx();
    const r = await rt.services.calendar.add(admin, '2028-01-08', { ...input, kind: 'makeup_workday' });
    expect(r.ok).toBe(true);
    const sat = await rt.services.calendar.day(admin, '2028-01-08');
    expect(sat.ok && sat.value).toMatchObject({ working: true, weekend: true, provisional: true });
  });

  it('removes an entry audited with the value before; a false date is refused before anything is read', async () => {
    const { rt } = ctx();
    const bad = await rt.services.calendar.remove(admin, '2027-02-30');
    expect(bad.ok ? null : bad.reason.errors?.map((e) => e.path)).toEqual(['/date']);
    const r = await rt.services.calendar.remove(admin, '2027-01-01');
    expect(r.ok && r.value).toEqual({ date: '2027-01-01' });
    const [entry] = await rt.services.audit.history('calendar_day', '2027-01-01');
    expect(entry).toMatchObject({ action: 'calendar.entry_removed', entityType: 'calendar_day', entityId: '2027-01-01' });
    expect(entry?.details).toEqual({ before: { kind: 'holiday', nameZh: '元旦节', source: '更正' } });
    expect(await rt.services.calendar.isWorkingDay('2027-01-01')).toBe(true);
  });
});
