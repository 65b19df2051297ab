/**
 * The demo world's accounts (DESIGN.md, "Demo world"): origin county 都安 451228, destination 东莞 441900.
 * They share one published password, so a visitor can try every role.
 */
import type { NewUser } from '../modules/accounts/users.service.js';

export const DEMO_PASSWORD = 'Wugong-demo-2026';

export const demoAccounts: Array<Omit<NewUser, 'password'> & { note: string }> = [
  { username: 'admin', displayName: '系统管理员', role: 'admin', jurisdiction: '', note: 'system administrator, nationwide' },
  { username: 'duan_county', displayName: '都安县就业局 韦科长', role: 'county_officer', jurisdiction: '451228', note: 'county officer, 都安 451228' },
  { username: 'duan_town', displayName: '安阳镇劳动保障所 蓝干事', role: 'township_officer', jurisdiction: '451228100', note: 'township officer, 安阳镇 451228100' },
  { username: 'duan_reviewer', displayName: '都安县就业局 复核员', role: 'reviewer', jurisdiction: '451228', note: 'reviewer, 都安' },
  { username: 'guangxi_auditor', displayName: '广西审计员', role: 'auditor', jurisdiction: '45', note: 'auditor, Guangxi' },
  { username: 'duan_civil', displayName: '都安县民政局', role: 'department', jurisdiction: '451228', department: 'civil_affairs', note: 'civil-affairs department user, 都安' },
  { username: 'dongguan_county', displayName: '东莞市人社局 李科长', role: 'county_officer', jurisdiction: '441900', note: 'officer, 东莞 441900' },
];
