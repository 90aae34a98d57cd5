// The publication date as a reference point, and the calendar arithmetic that
// resolves relative expressions ("last June", "for tre år siden") against it.
import type { Reference } from './types.js';

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2099;

export function isPlausibleYear(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return isPlausibleYear(year) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Reads partial ISO (`2020-02-25`, `2022-01`, `2022`, with or without a time). */
export function parseReference(published: string | null): Reference | null {
  if (!published) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(published.trim());
  if (!m) return null;
  const year = Number(m[1]);
  if (!isPlausibleYear(year)) return null;
  const month = m[2] ? Number(m[2]) : null;
  if (month !== null && (month < 1 || month > 12)) return { year, month: null, day: null };
  const day = m[3] && month !== null ? Number(m[3]) : null;
  if (day !== null && month !== null && !isValidDate(year, month, day)) return { year, month, day: null };
  return { year, month, day };
}

export interface YMD {
  year: number;
  month: number;
  day: number;
}

/** The reference day moved by `days` (negative goes back); needs day precision. */
export function shiftDays(ref: Reference, days: number): YMD | null {
  if (ref.month === null || ref.day === null) return null;
  const d = new Date(Date.UTC(ref.year, ref.month - 1, ref.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The reference month moved by `months`; needs month precision. */
export function shiftMonths(ref: Reference, months: number): { year: number; month: number } | null {
  if (ref.month === null) return null;
  const index = ref.year * 12 + (ref.month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** 0 = Sunday ... 6 = Saturday, as Date#getUTCDay. */
export function weekdayOf(ymd: YMD): number {
  return new Date(Date.UTC(ymd.year, ymd.month - 1, ymd.day)).getUTCDay();
}

/**
 * The most recent `weekday` on or before the reference day (strictly before
 * when `strict`, for "last Tuesday"). News reports past acts, so "on Tuesday"
 * in an article of Thursday is two days earlier.
 */
export function previousWeekday(ref: Reference, weekday: number, strict: boolean): YMD | null {
  const today = shiftDays(ref, 0);
  if (!today) return null;
  let back = (weekdayOf(today) - weekday + 7) % 7;
  if (back === 0 && strict) back = 7;
  return shiftDays(ref, -back);
}

/**
 * The year of a month (and day) the text gives without a year: the latest
 * such month on or before the reference month. Articles report acts that
 * have happened; reading "in July" in a June article as next month put
 * past acts in the future more often than it caught an announcement. With
 * a year-only reference the reference year is used.
 */
export function inferYear(ref: Reference | null, month: number): number | null {
  if (!ref) return null;
  if (ref.month === null) return ref.year;
  return month > ref.month ? ref.year - 1 : ref.year;
}

/**
 * The year of the most recent `month` strictly before the reference month
 * ("last June"). With a year-only reference the previous year is taken.
 */
export function lastMonthYear(ref: Reference, month: number): number {
  if (ref.month === null) return ref.year - 1;
  return month < ref.month ? ref.year : ref.year - 1;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function isoValue(year: number, month: number | null, day: number | null): string {
  if (month === null) return String(year);
  if (day === null) return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(day)}`;
}
