/** Kysely row types of the working-day calendar. */

export interface CalendarDayRow {
  /** YYYY-MM-DD */
  date: string;
  /** 'holiday' (a day off, 放假) or 'makeup_workday' (a weekend day worked instead, 调休上班). */
  kind: string;
  name_zh: string;
  name_en: string;
  /** The notice the entry comes from, or who changed it and why. */
  source: string;
  updated_at: string;
  updated_by: string | null;
}

export interface CalendarTables {
  calendar_days: CalendarDayRow;
}

// The module adds its tables to the database type itself (decision 142).
declare module '../../db/schema.js' {
  interface Database extends CalendarTables {}
}
