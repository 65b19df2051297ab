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
  DatabaseOutlined,
  ReconciliationOutlined,
  ShoppingOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
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

/** The menu's sections (shown as folding groups when a role has many pages). */
export type NavGroup = 'registry' | 'benefits' | 'jobs' | 'rights' | 'admin';
export const navGroups: NavGroup[] = ['registry', 'benefits', 'jobs', 'rights', 'admin'];

export interface NavEntry {
  key: NavKey;
  /** The section it belongs to; the home page stands alone. */
  group?: NavGroup;
  path: string;
  permission: string | null;
  icon: ReactNode;
  /** Shown to staff roles only (employers and workers hold the permission but the page is not theirs). */
  staffOnly?: boolean;
}

export const navigation: NavEntry[] = [
  { key: 'home', path: '/', permission: null, icon: <HomeOutlined /> },
  { key: 'people', path: '/people', permission: 'people.read', group: 'registry', icon: <TeamOutlined /> },
  { key: 'enterprises', path: '/enterprises', permission: 'enterprises.read', group: 'registry', icon: <BankOutlined /> },
  { key: 'imports', path: '/imports', permission: 'imports.run', group: 'registry', icon: <CloudUploadOutlined /> },
  { key: 'regions', path: '/regions', permission: 'regions.read', group: 'registry', icon: <EnvironmentOutlined /> },
  { key: 'policy', path: '/policy/programs', permission: 'policy.read', group: 'benefits', icon: <BookOutlined /> },
  { key: 'policyTry', path: '/policy/try', permission: 'policy.read', group: 'benefits', icon: <ExperimentOutlined /> },
  {
    key: 'policyWhatIf',
    path: '/policy/what-if',
    permission: 'policy.read',
    group: 'benefits',
    icon: <LineChartOutlined />,
    staffOnly: true,
  },
  { key: 'policyParameters', path: '/policy/parameters', permission: 'policy.admin', group: 'benefits', icon: <SlidersOutlined /> },
  { key: 'claims', path: '/claims', permission: 'claims.review', group: 'benefits', icon: <FileSearchOutlined /> },
  { key: 'claimNew', path: '/claims/new', permission: 'claims.submit', group: 'benefits', icon: <FileAddOutlined /> },
  { key: 'payments', path: '/payments', permission: 'payments.manage', group: 'benefits', icon: <PayCircleOutlined /> },
  { key: 'bindings', path: '/bindings', permission: 'people.write', group: 'registry', icon: <LinkOutlined /> },
  { key: 'unemployment', path: '/unemployment', permission: 'unemployment.read', group: 'registry', icon: <IdcardOutlined /> },
  { key: 'complaints', path: '/complaints', permission: 'complaints.read', group: 'rights', icon: <AlertOutlined /> },
  { key: 'legalAid', path: '/legal-aid', permission: 'legal_aid.act', group: 'rights', icon: <SafetyOutlined /> },
  { key: 'assistance', path: '/assistance', permission: 'assistance.read', group: 'rights', icon: <CustomerServiceOutlined /> },
  { key: 'rapidResponse', path: '/rapid-response', permission: 'rapid_response.read', group: 'rights', icon: <ThunderboltOutlined /> },
  {
    key: 'rapidResponseTasks',
    path: '/rapid-response/tasks',
    permission: 'rapid_response.tasks',
    group: 'rights',
    icon: <ScheduleOutlined />,
  },
  { key: 'layoffs', path: '/layoffs', permission: 'rapid_response.report', group: 'rights', icon: <FileExclamationOutlined /> },
  { key: 'jobsReserve', path: '/jobs/reserve', permission: 'jobs.reserve', group: 'jobs', icon: <ShopOutlined /> },
  { key: 'jobsPostings', path: '/jobs/postings', permission: 'jobs.post', group: 'jobs', icon: <SolutionOutlined /> },
  { key: 'sharing', path: '/sharing', permission: 'sharing.read', group: 'jobs', icon: <SwapOutlined />, staffOnly: true },
  { key: 'employerSharing', path: '/employer/sharing', permission: 'sharing.firm', group: 'jobs', icon: <SwapOutlined /> },
  { key: 'fairs', path: '/fairs', permission: 'fairs.read', group: 'jobs', icon: <FlagOutlined />, staffOnly: true },
  { key: 'employerFairs', path: '/employer/fairs', permission: 'fairs.exhibit', group: 'jobs', icon: <FlagOutlined /> },
  { key: 'gigTasks', path: '/gigs/tasks', permission: 'gigs.post', group: 'jobs', icon: <CarryOutOutlined /> },
  { key: 'gigMarket', path: '/gigs/market', permission: 'gigs.read', group: 'jobs', icon: <FundOutlined /> },
  { key: 'gigReports', path: '/gigs/reports', permission: 'gigs.oversee', group: 'jobs', icon: <WarningOutlined /> },
  { key: 'users', path: '/users', permission: 'accounts.admin', group: 'admin', icon: <UserSwitchOutlined /> },
  { key: 'audit', path: '/audit', permission: 'audit.read', group: 'admin', icon: <AuditOutlined /> },
];

/** Each section's icon in the menu. */
export const navGroupIcons: Record<NavGroup, ReactNode> = {
  registry: <DatabaseOutlined />,
  benefits: <ReconciliationOutlined />,
  jobs: <ShoppingOutlined />,
  rights: <SafetyCertificateOutlined />,
  admin: <SettingOutlined />,
};

/** A role with more pages than this sees them in folding sections; fewer stay one flat list. */
export const GROUP_FROM = 10;

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
