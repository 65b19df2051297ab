/** The columns of the claims, ledger and batch exports: numbers, names, masked ID numbers, Chinese words, yuan, Beijing time. */
import type { BenefitsServices, Claim } from '../benefits/index.js';
import type { SheetColumn } from './sheet-export.js';
import {
  beijingTime,
  channelText,
  claimStatusText,
  entryKindText,
  entryStatusText,
  instalmentText,
  placeText,
  programText,
  yuanOf,
} from './labels.js';

type Items<F extends (...args: never[]) => Promise<unknown>> =
  Awaited<ReturnType<F>> extends { ok: true; value: { items: Array<infer T> } } | { ok: false } ? T : never;
export type EntryItem = Items<BenefitsServices['payments']['list']>;
export type BatchItem = Items<BenefitsServices['batches']['list']>;

function decisionAmount(c: Claim): number | string {
  return c.decision.eligible ? yuanOf(c.decision.amountFen) : '不符合';
}

export const claimColumns: SheetColumn<Claim>[] = [
  { header: '申请编号', width: 22, value: (c) => c.number },
  { header: '姓名', value: (c) => c.person?.name ?? '' },
  { header: '身份证号（脱敏）', width: 22, value: (c) => c.person?.idNumberMasked ?? '' },
  { header: '补贴项目', width: 24, value: (c) => programText(c.programId) },
  { header: '核定金额（元）', value: decisionAmount },
  { header: '状态', value: (c) => claimStatusText(c.status) },
  { header: '申请方式', value: (c) => channelText(c.channel) },
  { header: '经办地', width: 36, value: (c) => placeText(c.region) },
  { header: '认定日期', value: (c) => c.asOf },
  { header: '提交时间（北京时间）', width: 20, value: (c) => beijingTime(c.createdAt) },
  { header: '更新时间（北京时间）', width: 20, value: (c) => beijingTime(c.updatedAt) },
];

export const entryColumns: SheetColumn<EntryItem>[] = [
  { header: '付款编号', width: 22, value: (e) => e.number },
  { header: '申请编号', width: 22, value: (e) => e.claimNumber },
  { header: '姓名', value: (e) => e.person?.name ?? '' },
  { header: '身份证号（脱敏）', width: 22, value: (e) => e.person?.idNumberMasked ?? '' },
  { header: '补贴项目', width: 24, value: (e) => programText(e.programId) },
  { header: '期次', value: (e) => instalmentText(e.instalment) + (e.attempt > 1 ? `（第${e.attempt}次）` : '') },
  { header: '类别', value: (e) => entryKindText(e.kind) },
  { header: '金额（元）', value: (e) => yuanOf(e.amountFen) },
  { header: '状态', value: (e) => entryStatusText(e.status) },
  { header: '银行流水号', value: (e) => e.bankReference ?? '' },
  { header: '生成时间（北京时间）', width: 20, value: (e) => beijingTime(e.createdAt) },
];

export const batchColumns: SheetColumn<BatchItem>[] = [
  { header: '批次编号', width: 22, value: (b) => b.number },
  { header: '地区', width: 36, value: (b) => placeText(b.region) },
  { header: '笔数', value: (b) => b.entryCount },
  { header: '合计（元）', value: (b) => yuanOf(b.totalFen) },
  { header: '生成时间（北京时间）', width: 20, value: (b) => beijingTime(b.createdAt) },
  { header: '对账时间（北京时间）', width: 20, value: (b) => (b.reconciledAt ? beijingTime(b.reconciledAt) : '未对账') },
];
