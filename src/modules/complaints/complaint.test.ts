import { describe, expect, it } from 'vitest';
import { complaintRegion, deadlinePassesAt, isMonth, workerOffices } from './complaint.js';
import { checkFiling } from './complaint.input.js';

describe('where a complaint is kept (decision 145)', () => {
  it('offers a worker the counties of their places and of the employer, household first, each once', () => {
    expect(workerOffices(['451228100', null, '441900', '441900'], '441900113')).toEqual(['451228', '441900']);
    expect(workerOffices(['451228100', null, null, null], null)).toEqual(['451228']);
    // A prefecture-level code names no county: left out.
    expect(workerOffices(['4512', null, null, null], null)).toEqual([]);
  });

  it('keeps staff complaints under a county or township office, never above', () => {
    expect(complaintRegion('451228')).toBe('451228');
    expect(complaintRegion('451228100')).toBe('451228100');
    expect(complaintRegion('4512')).toBeNull();
    expect(complaintRegion('')).toBeNull();
  });

  it('lets the whole last day count: the deadline passes at midnight Beijing', () => {
    expect(deadlinePassesAt('2026-05-11')).toBe('2026-05-11T16:00:00.000Z');
  });
});

describe('what a filing holds', () => {
  const base = { employerName: '某建筑公司', site: '某工地', periodFrom: '2026-09', periodTo: '2026-11' };

  it('accepts this month as the last month owed and refuses the next', () => {
    expect(isMonth('2026-13')).toBe(false);
    expect(checkFiling({ ...base, owedFen: 1 }, 'p1', '2026-11-30').ok).toBe(true);
    const next = checkFiling({ ...base, periodTo: '2026-12', owedFen: 1 }, 'p1', '2026-11-30');
    expect(next.ok ? [] : next.reason.errors?.map((e) => e.path)).toEqual(['/periodTo']);
    const reversed = checkFiling({ ...base, periodFrom: '2026-11', periodTo: '2026-10', owedFen: 1 }, 'p1', '2026-11-30');
    expect(reversed.ok ? [] : reversed.reason.errors?.map((e) => e.path)).toEqual(['/periodFrom']);
  });

  it('needs a registered employer or a name', () => {
    const none = checkFiling({ ...base, employerName: ' ', owedFen: 1 }, 'p1', '2026-11-30');
    expect(none.ok ? [] : none.reason.errors?.map((e) => e.path)).toEqual(['/employerName']);
    expect(checkFiling({ ...base, employerName: undefined, employerId: 'e1', owedFen: 1 }, 'p1', '2026-11-30').ok).toBe(true);
  });

  it('files a worker for themself only, with a positive whole amount', () => {
    const own = checkFiling({ ...base, owedFen: 420000 }, 'p1', '2026-11-30');
    expect(own.ok && own.value.workers).toEqual([{ personId: 'p1', owedFen: 420000 }]);
    expect(checkFiling({ ...base, owedFen: 0 }, 'p1', '2026-11-30').ok).toBe(false);
    expect(checkFiling({ ...base, owedFen: 1.5 }, 'p1', '2026-11-30').ok).toBe(false);
    const others = checkFiling({ ...base, workers: [{ personId: 'p2', owedFen: 1 }] }, 'p1', '2026-11-30');
    expect(others.ok || others.reason.code).toBe('complaint_workers_invalid');
  });

  it('refuses a staff filing without workers, with a worker twice or an amount of 0 fen', () => {
    const code = (workers: Array<{ personId: string; owedFen: number }>) => {
      const r = checkFiling({ ...base, workers }, null, '2026-11-30');
      return r.ok ? 'ok' : r.reason.code;
    };
    expect(code([])).toBe('complaint_workers_invalid');
    expect(
      code([
        { personId: 'a', owedFen: 1 },
        { personId: 'a', owedFen: 2 },
      ]),
    ).toBe('complaint_workers_invalid');
    expect(code([{ personId: 'a', owedFen: 0 }])).toBe('complaint_workers_invalid');
    expect(
      code([
        { personId: 'a', owedFen: 1 },
        { personId: 'b', owedFen: 1 },
      ]),
    ).toBe('ok');
  });
});
