/**
 * Demo enterprises (decision 059): 40 employers in 东莞 townships (manufacturing, logistics,
 * catering, the jobs 都安 workers travel for) and 10 local firms and cooperatives in 都安, one of
 * them flagged for malicious wage arrears. Deterministic: the same names, codes and places on every
 * run. Every name, credit code and phone is invented; the codes only pass the check-character rule.
 */
import type { Runtime } from '../runtime.js';
import { systemActor } from '../modules/actor.js';
import { withCheckChar } from '../modules/enterprises/index.js';
import type { EnterpriseDraft, EnterpriseSize } from '../modules/enterprises/index.js';

/** Real 东莞 township codes (statistics codes, 2023) where the demo firms sit. */
const DONGGUAN_TOWNS: Array<[string, string]> = [
  ['441900113', '大朗'],
  ['441900119', '长安'],
  ['441900121', '虎门'],
  ['441900122', '厚街'],
  ['441900110', '常平'],
  ['441900116', '塘厦'],
  ['441900117', '凤岗'],
  ['441900111', '寮步'],
  ['441900101', '石碣'],
  ['441900401', '松山湖'],
];
const DUAN_TOWNS: Array<[string, string]> = [
  ['451228100', '安阳'],
  ['451228102', '地苏'],
  ['451228101', '高岭'],
  ['451228109', '永安'],
  ['451228103', '下坳'],
];

/** Trades in 东莞: [industry division, name stem, size]. */
const DONGGUAN_TRADES: Array<[string, string, EnterpriseSize]> = [
  ['39', '电子科技有限公司', 'medium'],
  ['18', '制衣有限公司', 'small'],
  ['21', '家具有限公司', 'medium'],
  ['29', '塑胶制品有限公司', 'small'],
  ['33', '五金制品有限公司', 'small'],
  ['24', '玩具有限公司', 'medium'],
  ['19', '鞋业有限公司', 'large'],
  ['54', '物流运输有限公司', 'small'],
  ['59', '仓储服务有限公司', 'micro'],
  ['62', '餐饮管理有限公司', 'micro'],
];
const WORDS = [
  '宏达',
  '利丰',
  '永盛',
  '鑫源',
  '华美',
  '金辉',
  '恒通',
  '新科',
  '裕隆',
  '粤兴',
  '佳和',
  '德昌',
  '荣信',
  '汇通',
  '富康',
  '明达',
];
const SURNAMES = ['陈', '李', '黄', '张', '梁', '刘', '何', '罗', '蓝', '韦'];

/** 都安: [industry, name, size, credit-code kind (91 company, 92 individual business, 93 farmers' cooperative)]. */
const DUAN_FIRMS: Array<[string, string, EnterpriseSize, string]> = [
  ['03', '都安瑶山牛养殖专业合作社', 'micro', '93'],
  ['03', '都安山羊养殖专业合作社', 'micro', '93'],
  ['01', '都安密洛陀野生茶种植专业合作社', 'micro', '93'],
  ['13', '都安农副产品加工有限公司', 'small', '91'],
  ['18', '都安扶贫车间服装加工有限公司', 'small', '91'],
  ['47', '都安建筑工程有限公司', 'medium', '91'],
  ['52', '都安便民超市', 'micro', '92'],
  ['62', '都安瑶家饭庄', 'micro', '92'],
  ['54', '都安客运有限公司', 'small', '91'],
  ['20', '都安竹木制品有限公司', 'small', '91'],
];

/** An organisation code (GB 11714): eight characters and their check character. */
function orgCode(body8: string): string {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number.parseInt(body8.charAt(i), 36) * (weights[i] ?? 0);
  const c = 11 - (sum % 11);
  return body8 + (c === 10 ? 'X' : c === 11 ? '0' : String(c));
}

/** A deterministic, check-valid credit code for the n-th demo firm. */
export function demoCreditCode(kind: string, division: string, n: number): string {
  return withCheckChar(`${kind}${division}${orgCode(`MA5D${String(n).padStart(4, '0')}`)}`);
}

/** The 50 demo enterprises, in a fixed order. */
export function demoEnterprises(): EnterpriseDraft[] {
  const out: EnterpriseDraft[] = [];
  for (let i = 0; i < 40; i++) {
    const [code, town] = DONGGUAN_TOWNS[i % DONGGUAN_TOWNS.length] ?? ['441900', '东莞'];
    const [industry, stem, size] = DONGGUAN_TRADES[(i * 3) % DONGGUAN_TRADES.length] ?? ['39', '电子有限公司', 'small'];
    out.push({
      creditCode: demoCreditCode('91', '441900', i + 1),
      name: `东莞市${WORDS[i % WORDS.length] ?? ''}${stem}`.replace('有限公司', i >= 16 ? `（${town}）有限公司` : '有限公司'),
      industryCode: industry,
      addressCode: code,
      address: `${town}镇工业区${(i % 9) + 1}号`.replace('松山湖镇', '松山湖'),
      size,
      contactName: `${SURNAMES[i % SURNAMES.length] ?? ''}经理`,
      contactPhone: `1382690${String(1000 + i * 37).padStart(4, '0')}`,
    });
  }
  DUAN_FIRMS.forEach(([industry, name, size, kind], i) => {
    const [code, town] = DUAN_TOWNS[i % DUAN_TOWNS.length] ?? ['451228', '都安'];
    out.push({
      creditCode: demoCreditCode(kind, '451228', 41 + i),
      name,
      industryCode: industry,
      addressCode: code,
      address: `${town}镇${(i % 5) + 1}号`,
      size,
      contactName: `${SURNAMES[(i + 8) % SURNAMES.length] ?? ''}主任`,
      contactPhone: `1397780${String(2000 + i * 53).padStart(4, '0')}`,
    });
  });
  return out;
}

/** Registers the demo enterprises and flags one for malicious arrears. */
export async function seedDemoEnterprises(rt: Runtime): Promise<void> {
  const actor = systemActor('demo-seed');
  const ids: string[] = [];
  for (const draft of demoEnterprises()) {
    const r = await rt.services.enterprises.create(actor, draft);
    if (!r.ok) throw new Error(`demo enterprise ${draft.name}: ${r.reason.code} ${JSON.stringify(r.reason.errors ?? [])}`);
    ids.push(r.value.id);
  }
  const flagged = ids[7];
  if (flagged) {
    const r = await rt.services.enterprises.flagArrears(actor, flagged, {
      reason: '（演示数据）拖欠46名农民工2026年8月至10月工资共计约68万元，经劳动保障监察责令限期支付后仍拒不支付，已移送公安机关。',
      date: '2026-11-10',
    });
    if (!r.ok) throw new Error(`demo arrears flag: ${r.reason.code}`);
  }
}
