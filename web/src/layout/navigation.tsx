/** The side menu: one entry per page, shown when the user holds its permission. */
import type { ReactNode } from 'react';
import {
  AuditOutlined,
  BankOutlined,
  CloudUploadOutlined,
  EnvironmentOutlined,
  HomeOutlined,
  TeamOutlined,
  UserSwitchOutlined,
  BookOutlined,
  SlidersOutlined,
  ExperimentOutlined,
  LineChartOutlined,
  FileSearchOutlined,
  FileAddOutlined,
  PayCircleOutlined,
  IdcardOutlined,
  LinkOutlined,
  ShopOutlined,
  SolutionOutlined,
  FlagOutlined,
  ThunderboltOutlined,
  ScheduleOutlined,
  FileExclamationOutlined,
  CustomerServiceOutlined,
  AlertOutlined,
  SafetyOutlined,
  CarryOutOutlined,
  FundOutlined,
  WarningOutlined,
  SwapOutlined,
} from '@ant-design/icons';

export type NavKey =
  | 'home'
  | 'people'
  | 'enterprises'
  | 'imports'
  | 'regions'
  | 'users'
  | 'audit'
  | 'policy'
  | 'policyParameters'
  | 'policyTry'
  | 'policyWhatIf'
  | 'claims'
  | 'claimNew'
  | 'payments'
  | 'bindings'
  | 'unemployment'
  | 'sharing'
  | 'employerSharing'
  | 'complaints'
  | 'legalAid'
  | 'assistance'
  | 'rapidResponse'
  | 'rapidResponseTasks'
  | 'layoffs'
  | 'jobsReserve'
  | 'jobsPostings'
  | 'fairs'
  | 'employerFairs'
  | 'gigTasks'
  | 'gigMarket'
  | 'gigReports';

export interface NavEntry {
  key: NavKey;
  path: string;
  permission: string | null;
  icon: ReactNode;
  /** Shown to staff roles only (employers and workers hold the permission but the page is not theirs). */
  staffOnly?: boolean;
}

export const navigation: NavEntry[] = [
  { key: 'home', path: '/', permission: null, icon: <HomeOutlined /> },
  { key: 'people', path: '/people', permission: 'people.read', icon: <TeamOutlined /> },
  { key: 'enterprises', path: '/enterprises', permission: 'enterprises.read', icon: <BankOutlined /> },
  { key: 'imports', path: '/imports', permission: 'imports.run', icon: <CloudUploadOutlined /> },
  { key: 'regions', path: '/regions', permission: 'regions.read', icon: <EnvironmentOutlined /> },
  { key: 'policy', path: '/policy/programs', permission: 'policy.read', icon: <BookOutlined /> },
  { key: 'policyTry', path: '/policy/try', permission: 'policy.read', icon: <ExperimentOutlined /> },
  { key: 'policyWhatIf', path: '/policy/what-if', permission: 'policy.read', icon: <LineChartOutlined />, staffOnly: true },
  { key: 'policyParameters', path: '/policy/parameters', permission: 'policy.admin', icon: <SlidersOutlined /> },
  { key: 'claims', path: '/claims', permission: 'claims.review', icon: <FileSearchOutlined /> },
  { key: 'claimNew', path: '/claims/new', permission: 'claims.submit', icon: <FileAddOutlined /> },
  { key: 'payments', path: '/payments', permission: 'payments.manage', icon: <PayCircleOutlined /> },
  { key: 'bindings', path: '/bindings', permission: 'people.write', icon: <LinkOutlined /> },
  { key: 'unemployment', path: '/unemployment', permission: 'unemployment.read', icon: <IdcardOutlined /> },
  { key: 'complaints', path: '/complaints', permission: 'complaints.read', icon: <AlertOutlined /> },
  { key: 'legalAid', path: '/legal-aid', permission: 'legal_aid.act', icon: <SafetyOutlined /> },
  { key: 'assistance', path: '/assistance', permission: 'assistance.read', icon: <CustomerServiceOutlined /> },
  { key: 'rapidResponse', path: '/rapid-response', permission: 'rapid_response.read', icon: <ThunderboltOutlined /> },
  { key: 'rapidResponseTasks', path: '/rapid-response/tasks', permission: 'rapid_response.tasks', icon: <ScheduleOutlined /> },
  { key: 'layoffs', path: '/layoffs', permission: 'rapid_response.report', icon: <FileExclamationOutlined /> },
  { key: 'jobsReserve', path: '/jobs/reserve', permission: 'jobs.reserve', icon: <ShopOutlined /> },
  { key: 'jobsPostings', path: '/jobs/postings', permission: 'jobs.post', icon: <SolutionOutlined /> },
  { key: 'sharing', path: '/sharing', permission: 'sharing.read', icon: <SwapOutlined />, staffOnly: true },
  { key: 'employerSharing', path: '/employer/sharing', permission: 'sharing.firm', icon: <SwapOutlined /> },
  { key: 'fairs', path: '/fairs', permission: 'fairs.read', icon: <FlagOutlined />, staffOnly: true },
  { key: 'employerFairs', path: '/employer/fairs', permission: 'fairs.exhibit', icon: <FlagOutlined /> },
  { key: 'gigTasks', path: '/gigs/tasks', permission: 'gigs.post', icon: <CarryOutOutlined /> },
  { key: 'gigMarket', path: '/gigs/market', permission: 'gigs.read', icon: <FundOutlined /> },
  { key: 'gigReports', path: '/gigs/reports', permission: 'gigs.oversee', icon: <WarningOutlined /> },
  { key: 'users', path: '/users', permission: 'accounts.admin', icon: <UserSwitchOutlined /> },
  { key: 'audit', path: '/audit', permission: 'audit.read', icon: <AuditOutlined /> },
];

/** The entry whose path is the longest prefix of the location. */
export function activeEntry(pathname: string): NavEntry | undefined {
  return [...navigation]
    .sort((a, b) => b.path.length - a.path.length)
    .find((e) => (e.path === '/' ? pathname === '/' : pathname === e.path || pathname.startsWith(`${e.path}/`)));
}

/** The i18n key of a route's default page title: its menu entry, else the account pages' names. */
export function routeTitleKey(pathname: string): `nav.${NavKey}` | 'nav.changePassword' | 'nav.myTokens' | 'common.notFound' {
  if (pathname === '/account/password') return 'nav.changePassword';
  if (pathname === '/account/tokens') return 'nav.myTokens';
  const entry = activeEntry(pathname);
  return entry ? `nav.${entry.key}` : 'common.notFound';
}
