/**
 * Public holidays and make-up working days (调休) of the State Council's yearly notices
 * (国务院办公厅关于YYYY年部分节假日安排的通知), 2020 to 2026, as data. Each period lists its days
 * off (weekend days inside a period included) and the weekend days worked instead. The dates were
 * checked against the published texts; where a document number could not be confirmed it is left
 * out rather than guessed (docs/decisions/123). A later notice overrides an earlier one for the
 * same date (the 2020 extension of the Spring Festival). 2027's notice was not available when this
 * list was made: administrators add it through the calendar API when it is published.
 */

export interface NoticePeriod {
  nameZh: string;
  nameEn: string;
  /** First and last day off, inclusive (YYYY-MM-DD). */
  from: string;
  to: string;
  /** Weekend days worked instead (上班). */
  makeup: readonly string[];
}

export interface HolidayNotice {
  /** The year the notice arranges (its key for seeding). */
  year: number;
  title: string;
  /** 国办发明电〔…〕N号, or null when not confirmed. */
  document: string | null;
  /** The date the notice was issued. */
  issued: string;
  periods: readonly NoticePeriod[];
  /** Make-up working days an earlier notice set that this one turns back into days off. */
  cancelsMakeup?: readonly string[];
}

const NEW_YEAR = { nameZh: '元旦', nameEn: "New Year's Day" };
const SPRING = { nameZh: '春节', nameEn: 'Spring Festival' };
const QINGMING = { nameZh: '清明节', nameEn: 'Qingming Festival' };
const LABOUR = { nameZh: '劳动节', nameEn: 'Labour Day' };
const DRAGON_BOAT = { nameZh: '端午节', nameEn: 'Dragon Boat Festival' };
const MID_AUTUMN = { nameZh: '中秋节', nameEn: 'Mid-Autumn Festival' };
const NATIONAL = { nameZh: '国庆节', nameEn: 'National Day' };
const NATIONAL_MID_AUTUMN = { nameZh: '国庆节、中秋节', nameEn: 'National Day and Mid-Autumn Festival' };

export const holidayNotices: readonly HolidayNotice[] = [
  {
    year: 2020,
    title: '国务院办公厅关于2020年部分节假日安排的通知',
    document: '国办发明电〔2019〕16号',
    issued: '2019-11-21',
    periods: [
      { ...NEW_YEAR, from: '2020-01-01', to: '2020-01-01', makeup: [] },
      { ...SPRING, from: '2020-01-24', to: '2020-01-30', makeup: ['2020-01-19', '2020-02-01'] },
      { ...QINGMING, from: '2020-04-04', to: '2020-04-06', makeup: [] },
      { ...LABOUR, from: '2020-05-01', to: '2020-05-05', makeup: ['2020-04-26', '2020-05-09'] },
      { ...DRAGON_BOAT, from: '2020-06-25', to: '2020-06-27', makeup: ['2020-06-28'] },
      { ...NATIONAL_MID_AUTUMN, from: '2020-10-01', to: '2020-10-08', makeup: ['2020-09-27', '2020-10-10'] },
    ],
  },
  {
    // Extended for the epidemic: to 2 February, work again from Monday 3 February; the make-up
    // Saturday 1 February became a day off.
    year: 2020,
    title: '国务院办公厅关于延长2020年春节假期的通知',
    document: '国办发明电〔2020〕1号',
    issued: '2020-01-26',
    periods: [{ nameZh: '春节（延长）', nameEn: 'Spring Festival (extended)', from: '2020-01-31', to: '2020-02-02', makeup: [] }],
    cancelsMakeup: ['2020-02-01'],
  },
  {
    year: 2021,
    title: '国务院办公厅关于2021年部分节假日安排的通知',
    document: '国办发明电〔2020〕27号',
    issued: '2020-11-25',
    periods: [
      { ...NEW_YEAR, from: '2021-01-01', to: '2021-01-03', makeup: [] },
      { ...SPRING, from: '2021-02-11', to: '2021-02-17', makeup: ['2021-02-07', '2021-02-20'] },
      { ...QINGMING, from: '2021-04-03', to: '2021-04-05', makeup: [] },
      { ...LABOUR, from: '2021-05-01', to: '2021-05-05', makeup: ['2021-04-25', '2021-05-08'] },
      { ...DRAGON_BOAT, from: '2021-06-12', to: '2021-06-14', makeup: [] },
      { ...MID_AUTUMN, from: '2021-09-19', to: '2021-09-21', makeup: ['2021-09-18'] },
      { ...NATIONAL, from: '2021-10-01', to: '2021-10-07', makeup: ['2021-09-26', '2021-10-09'] },
    ],
  },
  {
    year: 2022,
    title: '国务院办公厅关于2022年部分节假日安排的通知',
    document: '国办发明电〔2021〕11号',
    issued: '2021-10-25',
    periods: [
      { ...NEW_YEAR, from: '2022-01-01', to: '2022-01-03', makeup: [] },
      { ...SPRING, from: '2022-01-31', to: '2022-02-06', makeup: ['2022-01-29', '2022-01-30'] },
      { ...QINGMING, from: '2022-04-03', to: '2022-04-05', makeup: ['2022-04-02'] },
      { ...LABOUR, from: '2022-04-30', to: '2022-05-04', makeup: ['2022-04-24', '2022-05-07'] },
      { ...DRAGON_BOAT, from: '2022-06-03', to: '2022-06-05', makeup: [] },
      { ...MID_AUTUMN, from: '2022-09-10', to: '2022-09-12', makeup: [] },
      { ...NATIONAL, from: '2022-10-01', to: '2022-10-07', makeup: ['2022-10-08', '2022-10-09'] },
    ],
  },
  {
    year: 2023,
    title: '国务院办公厅关于2023年部分节假日安排的通知',
    document: '国办发明电〔2022〕16号',
    issued: '2022-12-08',
    periods: [
      { ...NEW_YEAR, from: '2022-12-31', to: '2023-01-02', makeup: [] },
      { ...SPRING, from: '2023-01-21', to: '2023-01-27', makeup: ['2023-01-28', '2023-01-29'] },
      { ...QINGMING, from: '2023-04-05', to: '2023-04-05', makeup: [] },
      { ...LABOUR, from: '2023-04-29', to: '2023-05-03', makeup: ['2023-04-23', '2023-05-06'] },
      { ...DRAGON_BOAT, from: '2023-06-22', to: '2023-06-24', makeup: ['2023-06-25'] },
      { ...NATIONAL_MID_AUTUMN, from: '2023-09-29', to: '2023-10-06', makeup: ['2023-10-07', '2023-10-08'] },
    ],
  },
  {
    year: 2024,
    title: '国务院办公厅关于2024年部分节假日安排的通知',
    document: '国办发明电〔2023〕7号',
    issued: '2023-10-25',
    periods: [
      { ...NEW_YEAR, from: '2024-01-01', to: '2024-01-01', makeup: [] },
      { ...SPRING, from: '2024-02-10', to: '2024-02-17', makeup: ['2024-02-04', '2024-02-18'] },
      { ...QINGMING, from: '2024-04-04', to: '2024-04-06', makeup: ['2024-04-07'] },
      { ...LABOUR, from: '2024-05-01', to: '2024-05-05', makeup: ['2024-04-28', '2024-05-11'] },
      { ...DRAGON_BOAT, from: '2024-06-10', to: '2024-06-10', makeup: [] },
      { ...MID_AUTUMN, from: '2024-09-15', to: '2024-09-17', makeup: ['2024-09-14'] },
      { ...NATIONAL, from: '2024-10-01', to: '2024-10-07', makeup: ['2024-09-29', '2024-10-12'] },
    ],
  },
  {
    year: 2025,
    title: '国务院办公厅关于2025年部分节假日安排的通知',
    document: '国办发明电〔2024〕12号',
    issued: '2024-11-12',
    periods: [
      { ...NEW_YEAR, from: '2025-01-01', to: '2025-01-01', makeup: [] },
      { ...SPRING, from: '2025-01-28', to: '2025-02-04', makeup: ['2025-01-26', '2025-02-08'] },
      { ...QINGMING, from: '2025-04-04', to: '2025-04-06', makeup: [] },
      { ...LABOUR, from: '2025-05-01', to: '2025-05-05', makeup: ['2025-04-27'] },
      { ...DRAGON_BOAT, from: '2025-05-31', to: '2025-06-02', makeup: [] },
      { ...NATIONAL_MID_AUTUMN, from: '2025-10-01', to: '2025-10-08', makeup: ['2025-09-28', '2025-10-11'] },
    ],
  },
  {
    year: 2026,
    title: '国务院办公厅关于2026年部分节假日安排的通知',
    document: null,
    issued: '2025-11-04',
    periods: [
      { ...NEW_YEAR, from: '2026-01-01', to: '2026-01-03', makeup: ['2026-01-04'] },
      { ...SPRING, from: '2026-02-15', to: '2026-02-23', makeup: ['2026-02-14', '2026-02-28'] },
      { ...QINGMING, from: '2026-04-04', to: '2026-04-06', makeup: [] },
      { ...LABOUR, from: '2026-05-01', to: '2026-05-05', makeup: ['2026-05-09'] },
      { ...DRAGON_BOAT, from: '2026-06-19', to: '2026-06-21', makeup: [] },
      { ...MID_AUTUMN, from: '2026-09-25', to: '2026-09-27', makeup: [] },
      { ...NATIONAL, from: '2026-10-01', to: '2026-10-07', makeup: ['2026-09-20', '2026-10-10'] },
    ],
  },
];
