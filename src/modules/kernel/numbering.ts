/**
 * Readable record numbers (pure): `都安-2026-000123` — the short name of the county that handles the
 * record, the year (Beijing date) and a sequence per kind, place and year, with an optional one-character
 * mark telling kinds apart (`都安-2026-付000045` for a payment). See docs/decisions/170.
 */

/**
 * The 55 minority nationalities as autonomous areas name them (the State Ethnic Affairs Commission's
 * list). Four stand without 族 in such names (新疆维吾尔自治区, 伊犁哈萨克自治州); 各族 (龙胜各族自治县)
 * names them all.
 */
const ETHNIC = [
  '蒙古',
  '回',
  '藏',
  '维吾尔',
  '苗',
  '彝',
  '壮',
  '布依',
  '朝鲜',
  '满',
  '侗',
  '瑶',
  '白',
  '土家',
  '哈尼',
  '哈萨克',
  '傣',
  '黎',
  '傈僳',
  '佤',
  '畲',
  '高山',
  '拉祜',
  '水',
  '东乡',
  '纳西',
  '景颇',
  '柯尔克孜',
  '土',
  '达斡尔',
  '仫佬',
  '羌',
  '布朗',
  '撒拉',
  '毛南',
  '仡佬',
  '锡伯',
  '阿昌',
  '普米',
  '塔吉克',
  '怒',
  '乌孜别克',
  '俄罗斯',
  '鄂温克',
  '德昂',
  '保安',
  '裕固',
  '京',
  '塔塔尔',
  '独龙',
  '鄂伦春',
  '赫哲',
  '门巴',
  '珞巴',
  '基诺',
];
const ETHNIC_WITHOUT_ZU = ['维吾尔', '蒙古', '哈萨克', '柯尔克孜'];
const ETHNIC_ENDINGS = [...ETHNIC.map((e) => `${e}族`), ...ETHNIC_WITHOUT_ZU, '各族'];
// The shortest place (at least two characters) followed by any run of nationalities: 黔东南苗族侗族自治州 → 黔东南.
const AUTONOMOUS = new RegExp(`^(.{2,}?)(?:${ETHNIC_ENDINGS.join('|')})*自治[区州县旗]$`, 'u');
const SUFFIX = /^(.{2,}?)(?:特别行政区|地区|林区|省|市|县|区|旗|盟)$/u;

/**
 * The name people say: 都安瑶族自治县 → 都安, 环江毛南族自治县 → 环江, 广西壮族自治区 → 广西,
 * 河池市 → 河池, 金城江区 → 金城江. A two-character name keeps its suffix (城区, 矿区).
 */
export function shortPlaceName(name: string): string {
  const auto = AUTONOMOUS.exec(name);
  if (auto?.[1]) return auto[1];
  const plain = SUFFIX.exec(name);
  return plain?.[1] ?? name;
}

/** Where a record is numbered: the county of its region (6 digits), or the region itself when coarser. */
export function numberingPlace(region: string): string {
  return region.length >= 6 ? region.slice(0, 6) : region;
}

/** The printed place of a number: the short name of the place, 全国 for the whole country, the code when unknown. */
export function placeLabel(place: string, placeName: (code: string) => string | undefined): string {
  if (place === '') return '全国';
  const name = placeName(place);
  return name === undefined ? place : shortPlaceName(name);
}

/** The year a number carries (the Beijing business date's year). */
export function numberingYear(businessDate: string): number {
  return Number(businessDate.slice(0, 4));
}

/** `都安-2026-000123`: sequence padded to six digits (longer sequences simply grow). */
export function formatNumber(label: string, year: number, mark: string, sequence: number): string {
  return `${label}-${year}-${mark}${String(sequence).padStart(6, '0')}`;
}
