/**
 * What exported sheets show instead of codes (decision 173): Beijing local time, yuan, Chinese words
 * for statuses, kinds, roles and instalments, place names. Spreadsheets are read in China, by people.
 */
import { beijingMinute } from '../../core/clock.js';
import type { Role } from '../actor.js';
import { fullName } from '../regions/index.js';
import { programById } from '../../policy/index.js';

/** `2026-11-28 10:00` (Beijing) from a stored UTC instant; '' for none. */
export function beijingTime(iso: string | null | undefined): string {
  return iso ? beijingMinute(iso) : '';
}

/** Fen as a yuan number for the sheet (two decimals exact: fen are integers). */
export function yuanOf(fen: number): number {
  return fen / 100;
}

/** A division's name with its code: 广西壮族自治区河池市都安瑶族自治县（451228）; 全国 for ''. */
export function placeText(code: string | null | undefined): string {
  if (code === null || code === undefined) return '';
  if (code === '') return '全国';
  const name = fullName(code);
  return name ? `${name}（${code}）` : code;
}

export function programText(programId: string): string {
  return programById(programId)?.name.zh ?? programId;
}

/** 首期（预拨）, 余额, 一次性, or a month as 2026年3月 (the same words as the bank file). */
export function instalmentText(instalment: string): string {
  if (instalment === 'advance') return '首期（预拨）';
  if (instalment === 'balance') return '余额';
  if (instalment === 'once') return '一次性';
  const month = /^(\d{4})-(\d{2})$/.exec(instalment);
  return month ? `${month[1]}年${Number(month[2])}月` : instalment;
}

const CLAIM_STATUS: Record<string, string> = {
  submitted: '待乡镇审核',
  township_approved: '待县级审核',
  approved: '已批准',
  paid: '已发放',
  refused: '未通过',
  reconsideration_requested: '复议中',
  refused_final: '复议未通过',
};
const ENTRY_STATUS: Record<string, string> = {
  pending: '待发放',
  batched: '已送银行',
  paid: '已到账',
  failed: '发放失败',
  reversed: '已冲正',
};
const ENTRY_KIND: Record<string, string> = { payment: '发放', reversal: '冲正' };
const CHANNEL: Record<string, string> = { worker: '本人申请', officer: '经办代办', employer: '用人单位申请' };
const ROLE: Record<Role, string> = {
  admin: '系统管理员',
  county_officer: '县级经办',
  township_officer: '乡镇经办',
  reviewer: '审核员',
  auditor: '审计员',
  department: '部门用户',
  employer: '用人单位',
  worker: '务工人员',
};

export const claimStatusText = (s: string) => CLAIM_STATUS[s] ?? s;
export const entryStatusText = (s: string) => ENTRY_STATUS[s] ?? s;
export const entryKindText = (s: string) => ENTRY_KIND[s] ?? s;
export const channelText = (s: string) => CHANNEL[s] ?? s;
export const roleText = (r: string) => (r in ROLE ? ROLE[r as Role] : r);
