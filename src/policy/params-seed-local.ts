/**
 * Demo-world parameter rows: Guangxi (45), Hechi (4512), 都安 (451228), Guangdong (44), 东莞 (441900),
 * and Hubei's 2020 one-off extra (42). Every figure is illustrative (POLICY.md, "The demo world's
 * figures"): the benefit is 90% of the minimum wage and sits above the subsistence line.
 */
import type { ParameterRow } from './parameters.js';
import { seedRow } from './params-seed-build.js';

const GX = '广西最低工资标准调整通知（示意） / Guangxi minimum wage notice (sketch)';
const GD = '东莞市最低工资标准（示意） / Dongguan minimum wage (sketch)';
const BEN = '失业保险金按最低工资的90%（示意） / benefit at 90% of the minimum wage (sketch)';
const DIBAO = '城市低保标准（示意） / urban subsistence line (sketch)';

/** Guangxi, Hechi and 都安. */
const GUANGXI: readonly ParameterRow[] = [
  seedRow('wage.minMonthlyFen', '45', '2018-02-01', 168000, GX, { clause: 'MW-2004' }),
  seedRow('wage.minMonthlyFen', '45', '2020-03-01', 181000, `${GX} 一类地区 / first tier`, { clause: 'MW-2004' }),
  seedRow('wage.minMonthlyFen', '4512', '2018-02-01', 145000, GX, { clause: 'MW-2004' }),
  seedRow('wage.minMonthlyFen', '4512', '2020-03-01', 158000, `${GX} 二类地区 / second tier`, { clause: 'MW-2004' }),
  seedRow('wage.minMonthlyFen', '451228', '2018-02-01', 130000, GX, { clause: 'MW-2004' }),
  seedRow('wage.minMonthlyFen', '451228', '2020-03-01', 143000, `${GX} 三类地区 / third tier`, { clause: 'MW-2004' }),
  seedRow('wage.minHourlyFen', '45', '2020-03-01', 1750, GX, { clause: 'MW-2004' }),
  seedRow('wage.minHourlyFen', '4512', '2020-03-01', 1530, GX, { clause: 'MW-2004' }),
  seedRow('wage.minHourlyFen', '451228', '2020-03-01', 1400, GX, { clause: 'MW-2004' }),
  seedRow('welfare.urbanDibaoFen', '45', '2019-01-01', 78000, DIBAO, { clause: 'SA-2014' }),
  seedRow('welfare.urbanDibaoFen', '451228', '2019-01-01', 72000, DIBAO, { clause: 'SA-2014' }),
  seedRow('ui.benefitMonthlyFen', '45', '2018-02-01', 151200, BEN, { clause: 'UI-1999-18' }),
  seedRow('ui.benefitMonthlyFen', '45', '2020-03-01', 162900, BEN, { clause: 'UI-1999-18' }),
  seedRow('ui.benefitMonthlyFen', '4512', '2018-02-01', 130500, BEN, { clause: 'UI-1999-18' }),
  seedRow('ui.benefitMonthlyFen', '4512', '2020-03-01', 142200, BEN, { clause: 'UI-1999-18' }),
  seedRow('ui.benefitMonthlyFen', '451228', '2018-02-01', 117000, BEN, { clause: 'UI-1999-18' }),
  seedRow('ui.benefitMonthlyFen', '451228', '2020-03-01', 128700, BEN, { clause: 'UI-1999-18' }),
  seedRow('ui.livingAllowanceMonthlyFen', '45', '2019-01-01', 80000, '一次性生活补助（示意） / living allowance (sketch)', {
    clause: 'UI-1999-21',
  }),
  seedRow('relief.dibaoMonths', '45', '2020-06-01', 2, '临时救助（示意） / temporary relief (sketch)', { clause: 'O61-3.7' }),
  seedRow(
    'poor.jobSeekingFen',
    '451228',
    '2020-01-01',
    50000,
    "都安县外出务工交通补贴（仿贵州标准示意） / Du'an travel subsidy (modelled on Guizhou)",
    { clause: 'O61-4.1' },
  ),
  seedRow(
    'poor.jobSeekingLowIncomeFen',
    '451228',
    '2020-01-01',
    100000,
    "都安县低收入家庭交通补贴（示意） / Du'an low-income households (sketch)",
    { clause: 'O61-4.1' },
  ),
];

/** Guangdong and 东莞. */
const GUANGDONG: readonly ParameterRow[] = [
  seedRow('wage.minMonthlyFen', '44', '2018-07-01', 141000, '广东最低工资（示意） / Guangdong minimum wage (sketch)', {
    clause: 'MW-2004',
  }),
  seedRow('wage.minMonthlyFen', '441900', '2018-07-01', 172000, GD, { clause: 'MW-2004' }),
  seedRow('wage.minMonthlyFen', '441900', '2021-12-01', 190000, GD, { clause: 'MW-2004' }),
  seedRow('wage.minHourlyFen', '441900', '2018-07-01', 1660, GD, { clause: 'MW-2004' }),
  seedRow('wage.minHourlyFen', '441900', '2021-12-01', 1810, GD, { clause: 'MW-2004' }),
  seedRow('welfare.urbanDibaoFen', '44', '2019-01-01', 80000, DIBAO, { clause: 'SA-2014' }),
  seedRow('welfare.urbanDibaoFen', '441900', '2019-01-01', 105000, DIBAO, { clause: 'SA-2014' }),
  seedRow('ui.benefitMonthlyFen', '44', '2018-07-01', 126900, BEN, { clause: 'UI-1999-18' }),
  seedRow('ui.benefitMonthlyFen', '441900', '2018-07-01', 154800, BEN, { clause: 'UI-1999-18' }),
  seedRow('ui.benefitMonthlyFen', '441900', '2021-12-01', 171000, BEN, { clause: 'UI-1999-18' }),
  seedRow(
    'ui.migrantEqualTreatment',
    '44',
    '2014-01-01',
    1,
    '广东省失业保险条例：农民工与城镇职工同等参保同等待遇（示意） / Guangdong: equal treatment (sketch)',
    { clause: 'UI-1999-21' },
  ),
  seedRow('entre.subsidyIndividualFen', '441900', '2020-08-06', 1000000, '东莞一次性创业资助（示意） / Dongguan start-up grant (sketch)', {
    clause: 'O61-2.3',
  }),
  seedRow('entre.subsidyFirmFen', '441900', '2020-08-06', 1000000, '东莞一次性创业资助（示意） / Dongguan start-up grant (sketch)', {
    clause: 'O61-2.3',
  }),
  seedRow('training.level5Fen', '441900', '2019-05-18', 150000, '东莞职业培训补贴（示意） / Dongguan training subsidy (sketch)', {
    clause: 'O61-3.3',
  }),
];

/** Hubei 2020: a one-off extra for poor labourers going out (POLICY.md, "Typical local amounts"). */
const HUBEI: readonly ParameterRow[] = [
  seedRow('poor.oneOffExtraFen', '42', '2020-01-01', 20000, '湖北2020年一次性增加200元 / Hubei 2020: +¥200 once', {
    clause: 'O61-4.3',
    to: '2020-12-31',
  }),
];

/** All demo-world rows. */
export const LOCAL_SEED: readonly ParameterRow[] = [...GUANGXI, ...GUANGDONG, ...HUBEI];
