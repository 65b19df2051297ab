/**
 * The demo world's accounts (DESIGN.md, "Demo world"): origin county 都安 451228, destination 东莞 441900.
 * They share one published password, so a visitor can try every role.
 */
import type { NewUser } from '../modules/accounts/index.js';
import { demoCreditCode } from './enterprises.js';
import { syntheticPerson } from './synthetic-people.js';
import { DEMO_SEED } from './people-seeder.js';

export const DEMO_PASSWORD = 'Wugong-demo-2026';

/** The demo employer account belongs to the first demo enterprise (a 东莞 manufacturer). */
export const DEMO_EMPLOYER_CREDIT_CODE = demoCreditCode('91', '441900', 1);

/** The demo worker signs in by phone (the code appears in the server log and at /api/v1/demo/sms). */
export const DEMO_WORKER = { phone: syntheticPerson(0, DEMO_SEED).phone ?? '', name: syntheticPerson(0, DEMO_SEED).name };

export const demoAccounts: Array<Omit<NewUser, 'password'> & { note: string; enterpriseCreditCode?: string }> = [
  { username: 'admin', displayName: '系统管理员', role: 'admin', jurisdiction: '', note: 'system administrator, nationwide' },
  {
    username: 'duan_county',
    displayName: '都安县就业局 韦科长',
    role: 'county_officer',
    jurisdiction: '451228',
    note: 'county officer, 都安 451228',
  },
  {
    username: 'duan_town',
    displayName: '安阳镇劳动保障所 蓝干事',
    role: 'township_officer',
    jurisdiction: '451228100',
    note: 'township officer, 安阳镇 451228100',
  },
  { username: 'duan_reviewer', displayName: '都安县就业局 复核员', role: 'reviewer', jurisdiction: '451228', note: 'reviewer, 都安' },
  { username: 'guangxi_auditor', displayName: '广西审计员', role: 'auditor', jurisdiction: '45', note: 'auditor, Guangxi' },
  {
    username: 'duan_civil',
    displayName: '都安县民政局',
    role: 'department',
    jurisdiction: '451228',
    department: 'civil_affairs',
    note: 'civil-affairs department user, 都安',
  },
  {
    username: 'duan_justice',
    displayName: '都安县司法局 法律援助中心',
    role: 'department',
    jurisdiction: '451228',
    department: 'justice',
    note: 'justice department user (legal aid), 都安',
  },
  {
    username: 'dongguan_county',
    displayName: '东莞市人社局 李科长',
    role: 'county_officer',
    jurisdiction: '441900',
    note: 'officer, 东莞 441900',
  },
  {
    username: 'dg_employer',
    displayName: '东莞用人单位 人事专员',
    role: 'employer',
    jurisdiction: '441900',
    note: 'employer user of the first demo enterprise in 东莞',
    enterpriseCreditCode: DEMO_EMPLOYER_CREDIT_CODE,
  },
];
