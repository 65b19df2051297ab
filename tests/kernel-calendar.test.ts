/**
 * The working-day calendar over the API on both databases: seeded from the notices at start-up
 * (once), answered with hand-counted dates, flagged provisional past the last notice entered, and
 * edited only by a nationwide administrator, every edit audited.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachDb } from './helpers/runtime.js';
import { userSession, type SessionHeaders } from './helpers/session.js';

describeEachDb('kernel: working-day calendar', (ctx) => {
  let admin: SessionHeaders;
  let provinceAdmin: SessionHeaders;
  let officer: SessionHeaders;
  let seededFirst: number[];
  let seededAgain: number[];
  beforeAll(async () => {
    const { app, rt } = ctx();
    seededFirst = await rt.services.calendar.loadReference();
    seededAgain = await rt.services.calendar.loadReference();
    ({ headers: admin } = await userSession(app, rt, 'admin', ''));
    ({ headers: provinceAdmin } = await userSession(app, rt, 'admin', '45'));
    ({ headers: officer } = await userSession(app, rt, 'county_officer', '451228'));
  });

  it('seeds the notices of 2020 to 2026 once', async () => {
    expect(seededFirst).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(seededAgain).toEqual([]);
    const { app } = ctx();
    const y2024 = await app.inject({ method: 'GET', url: '/api/v1/calendar/entries?year=2024', headers: officer });
    expect(y2024.statusCode).toBe(200);
    const items: Array<{ date: string; kind: string; source: string }> = y2024.json().items;
    expect(items.filter((e) => e.kind === 'makeup_workday').map((e) => e.date)).toEqual([
      '2024-02-04',
      '2024-02-18',
      '2024-04-07',
      '2024-04-28',
      '2024-05-11',
      '2024-09-14',
      '2024-09-29',
      '2024-10-12',
    ]);
    expect(items.find((e) => e.date === '2024-10-01')?.source).toContain('国办发明电〔2023〕7号');
  });

  it('5 working days after Fri 27 Sep 2024 is Thu 10 Oct; 3 after Fri 24 Jan 2025 is Wed 5 Feb', async () => {
    const { app } = ctx();
    const a = await app.inject({ method: 'GET', url: '/api/v1/calendar/working-days?from=2024-09-27&days=5', headers: officer });
    expect(a.json()).toEqual({ from: '2024-09-27', days: 5, date: '2024-10-10', provisional: false });
    const b = await app.inject({ method: 'GET', url: '/api/v1/calendar/working-days?from=2025-01-24&days=3', headers: officer });
    expect(b.json()).toEqual({ from: '2025-01-24', days: 3, date: '2025-02-05', provisional: false });
    const back = await app.inject({ method: 'GET', url: '/api/v1/calendar/working-days?from=2024-10-08&days=-2', headers: officer });
    expect(back.json().date).toBe('2024-09-29');
    expect(await ctx().rt.services.calendar.addWorkingDays('2025-02-04', 1)).toBe('2025-02-05');
    expect(await ctx().rt.services.calendar.isWorkingDay('2025-01-27')).toBe(true);
    expect(await ctx().rt.services.calendar.isWorkingDay('2025-01-28')).toBe(false);
  });

  it('explains a date: Sat 12 Oct 2024 is a make-up working day, Mon 7 Oct a holiday, Tue 8 Oct an ordinary day', async () => {
    const { app } = ctx();
    const sat = (await app.inject({ method: 'GET', url: '/api/v1/calendar/days/2024-10-12', headers: officer })).json();
    expect(sat).toMatchObject({
      date: '2024-10-12',
      working: true,
      weekend: true,
      provisional: false,
      entry: { kind: 'makeup_workday', nameZh: '国庆节调休上班' },
    });
    const mon = (await app.inject({ method: 'GET', url: '/api/v1/calendar/days/2024-10-07', headers: officer })).json();
    expect(mon).toMatchObject({ working: false, weekend: false, entry: { kind: 'holiday', nameZh: '国庆节', nameEn: 'National Day' } });
    const tue = (await app.inject({ method: 'GET', url: '/api/v1/calendar/days/2024-10-08', headers: officer })).json();
    expect(tue).toEqual({ date: '2024-10-08', working: true, weekend: false, entry: null, provisional: false });
    expect((await app.inject({ method: 'GET', url: '/api/v1/calendar/days/2024-02-30', headers: officer })).json().code).toBe(
      'validation_failed',
    );
    expect((await app.inject({ method: 'GET', url: '/api/v1/calendar/days/2024-10-08' })).statusCode).toBe(401);
    expect(
      (await app.inject({ method: 'GET', url: '/api/v1/calendar/working-days?from=2024-10-08&days=2501', headers: officer })).statusCode,
    ).toBe(400);
  });

  it('past the last notice the answer is provisional; an administrator enters 2027 New Year and the count moves', async () => {
    const { app, rt } = ctx();
    // Fri 25 Dec 2026 + 10: Mon 28 … Thu 31 (4), Fri 1 Jan (5, not entered), Mon 4 … Fri 8 Jan (10).
    const before = (
      await app.inject({ method: 'GET', url: '/api/v1/calendar/working-days?from=2026-12-25&days=10', headers: officer })
    ).json();
    expect(before).toEqual({ from: '2026-12-25', days: 10, date: '2027-01-08', provisional: true });
    const body = {
      kind: 'holiday',
      nameZh: '元旦',
      nameEn: "New Year's Day",
      source: '测试：国务院办公厅关于2027年部分节假日安排的通知（test entry）',
    };
    for (const headers of [officer, provinceAdmin]) {
      const refused = await app.inject({ method: 'POST', url: '/api/v1/calendar/entries/2027-01-01', headers, payload: body });
      expect(refused.statusCode).toBe(403);
      expect(refused.json().code).toBe('forbidden');
    }
    const added = await app.inject({ method: 'POST', url: '/api/v1/calendar/entries/2027-01-01', headers: admin, payload: body });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({
      date: '2027-01-01',
      kind: 'holiday',
      nameZh: '元旦',
      updatedAt: '2026-11-28T02:00:00.000Z',
      updatedBy: expect.any(String),
    });
    // With 1 Jan off: Mon 4 … Fri 8 Jan are 5 … 9, Mon 11 Jan is 10; 2027 now has a holiday entered.
    const after = (
      await app.inject({ method: 'GET', url: '/api/v1/calendar/working-days?from=2026-12-25&days=10', headers: officer })
    ).json();
    expect(after).toEqual({ from: '2026-12-25', days: 10, date: '2027-01-11', provisional: false });
    const again = await app.inject({ method: 'POST', url: '/api/v1/calendar/entries/2027-01-01', headers: admin, payload: body });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('calendar_entry_exists');
    const weekday = await app.inject({
      method: 'POST',
      url: '/api/v1/calendar/entries/2027-01-04',
      headers: admin,
      payload: { ...body, kind: 'makeup_workday' },
    });
    expect(weekday.json().code).toBe('calendar_makeup_not_weekend');
    expect((await rt.services.audit.history('calendar_day', '2027-01-04')).length).toBe(0);
    // The Sunday before is accepted as a make-up day.
    expect(
      (
        await app.inject({
          method: 'POST',
          url: '/api/v1/calendar/entries/2027-01-03',
          headers: admin,
          payload: { ...body, kind: 'makeup_workday' },
        })
      ).statusCode,
    ).toBe(201);
    expect((await app.inject({ method: 'DELETE', url: '/api/v1/calendar/entries/2027-01-03', headers: admin })).statusCode).toBe(200);
  });

  it('changes and removes an entry, audited with the value before; a removed date goes back to the weekday rule', async () => {
    const { app, rt } = ctx();
    const changed = await app.inject({
      method: 'PUT',
      url: '/api/v1/calendar/entries/2027-01-01',
      headers: admin,
      payload: { kind: 'holiday', nameZh: '元旦节', nameEn: "New Year's Day", source: '更正 correction' },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ nameZh: '元旦节', source: '更正 correction' });
    expect(
      (
        await app.inject({
          method: 'PUT',
          url: '/api/v1/calendar/entries/2027-02-01',
          headers: admin,
          payload: { kind: 'holiday', nameZh: '无', nameEn: 'None', source: 'x' },
        })
      ).json().code,
    ).toBe('not_found');
    expect((await app.inject({ method: 'DELETE', url: '/api/v1/calendar/entries/2027-01-01', headers: provinceAdmin })).statusCode).toBe(
      403,
    );
    const removed = await app.inject({ method: 'DELETE', url: '/api/v1/calendar/entries/2027-01-01', headers: admin });
    expect(removed.json()).toEqual({ ok: true });
    expect((await app.inject({ method: 'DELETE', url: '/api/v1/calendar/entries/2027-01-01', headers: admin })).json().code).toBe(
      'not_found',
    );
    const day = (await app.inject({ method: 'GET', url: '/api/v1/calendar/days/2027-01-01', headers: officer })).json();
    expect(day).toEqual({ date: '2027-01-01', working: true, weekend: false, entry: null, provisional: true });
    const history = await rt.services.audit.history('calendar_day', '2027-01-01');
    expect(history.map((h) => h.action)).toEqual(['calendar.entry_removed', 'calendar.entry_changed', 'calendar.entry_added']);
    expect(history[1]?.details).toMatchObject({ nameZh: '元旦节', before: { kind: 'holiday', nameZh: '元旦' } });
    expect(history.every((h) => h.province === '00')).toBe(true);
  });
});
