/**
 * Flags numbers, dates and currency symbols written for another market, e.g.
 * "1,299.00" in de-DE, "12/31/2026" in fr-FR, "$" in a EUR text. Suggestions
 * come from Intl so they match what the runtime would render.
 *
 * Bias: low false positives. Ambiguous numbers ("1,299" could be 1.299 in
 * German) and time-like values ("10.30 Uhr") are not flagged; integers and
 * years never are. Expects placeholder-masked text (see mask-placeholders).
 */
import type { Finding } from "./finding.types";

export interface CheckFormatsOptions {
  locale: string;
  /** ISO 4217 code; defaults from the locale's region (de-DE → EUR). */
  currency?: string | null;
}

const REGION_CURRENCY: Record<string, string> = {
  US: "USD", GB: "GBP", JP: "JPY", CN: "CNY", CH: "CHF", LI: "CHF", CA: "CAD", AU: "AUD", NZ: "NZD",
  IN: "INR", KR: "KRW", BR: "BRL", MX: "MXN", SE: "SEK", NO: "NOK", DK: "DKK", PL: "PLN", CZ: "CZK",
  HU: "HUF", AE: "AED", SA: "SAR", EG: "EGP", TH: "THB", TW: "TWD", HK: "HKD", SG: "SGD", TR: "TRY",
  ZA: "ZAR", IL: "ILS", RU: "RUB", UA: "UAH", ID: "IDR", MY: "MYR", PH: "PHP", VN: "VND", RO: "RON",
};
const EURO_REGIONS = "DE FR ES IT NL AT BE FI IE PT GR LU SK SI EE LV LT MT CY HR".split(" ");

/** Which currencies a written symbol/code may denote. */
const SYMBOL_CURRENCIES: Record<string, string[]> = {
  $: ["USD", "CAD", "AUD", "NZD", "MXN", "HKD", "SGD", "TWD", "ARS", "CLP", "COP"],
  US$: ["USD"], CA$: ["CAD"], A$: ["AUD"], AU$: ["AUD"], NZ$: ["NZD"], HK$: ["HKD"], R$: ["BRL"],
  "€": ["EUR"], "£": ["GBP"], "¥": ["JPY", "CNY"], "￥": ["JPY", "CNY"], "円": ["JPY"], "元": ["CNY"],
  "₹": ["INR"], "₩": ["KRW"], "₺": ["TRY"], "₽": ["RUB"], "zł": ["PLN"], kr: ["SEK", "NOK", "DKK", "ISK"],
};
const ISO_CODES = "USD EUR GBP JPY CNY CHF CAD AUD NZD INR KRW SEK NOK DKK PLN BRL MXN CZK HUF TRY".split(" ");

const SYMBOLS_BEFORE = /(US\$|CA\$|AU\$|A\$|NZ\$|HK\$|R\$|[$€£¥￥₹₩₺₽]|\b(?:USD|EUR|GBP|JPY|CNY|CHF|CAD|AUD|NZD|INR|KRW|SEK|NOK|DKK|PLN|BRL|MXN|CZK|HUF|TRY)\b)[ \u00a0]?(?=\d)/gu;
const SYMBOLS_AFTER = /(?<=\d)[ \u00a0\u202f]?([$€£¥￥₹₩₺₽円元]|zł|kr\b|\b(?:USD|EUR|GBP|JPY|CNY|CHF|CAD|AUD|NZD|INR|KRW|SEK|NOK|DKK|PLN|BRL|MXN|CZK|HUF|TRY)\b)/gu;
const NUMBER = /(?<![\p{L}\p{N}_.,/])(\d{1,3}(?:([.,'’\u00a0\u202f ])\d{3})+(?:([.,])(\d+))?|(\d+)([.,])(\d+))(?![\p{L}\p{N}]|[.,/]\d)/gu;
const US_DATE = /(?<![\d/.])(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/])/g;
const URL_OR_EMAIL = /\b(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.-]+/gu;
const SPACES = new Set([" ", "\u00a0", "\u202f"]);

/**
 * Intl constructors cost ~0.1 ms each; a check ran six of them per call, which dominated
 * checking short blocks (an import checks thousands). Everything derived from the locale alone
 * is memoised per locale string (a small, bounded set in practice; capped anyway).
 */
const perLocale = new Map<string, Map<string, unknown>>();
function memo<T>(locale: string, what: string, compute: () => T): T {
  let entry = perLocale.get(locale);
  if (!entry) {
    if (perLocale.size >= 500) perLocale.clear();
    entry = new Map();
    perLocale.set(locale, entry);
  }
  if (entry.has(what)) return entry.get(what) as T;
  const value = compute();
  entry.set(what, value);
  return value;
}

export function defaultCurrency(locale: string): string | null {
  return memo(locale, "defaultCurrency", () => computeDefaultCurrency(locale));
}

function computeDefaultCurrency(locale: string): string | null {
  let region: string | undefined;
  try {
    // No maximize(): "en" alone must not be assumed to mean the US market.
    region = new Intl.Locale(locale).region;
  } catch {
    return null;
  }
  if (!region) return null;
  if (EURO_REGIONS.includes(region)) return "EUR";
  return REGION_CURRENCY[region] ?? null;
}

function hasRegion(locale: string): boolean {
  return memo(locale, "hasRegion", () => computeHasRegion(locale));
}

function computeHasRegion(locale: string): boolean {
  try {
    return !!new Intl.Locale(locale).region;
  } catch {
    return false;
  }
}

function separators(locale: string): { group: string; decimal: string } {
  return memo(locale, "separators", () => computeSeparators(locale));
}

function computeSeparators(locale: string): { group: string; decimal: string } {
  const parts = new Intl.NumberFormat(locale).formatToParts(1234567.5);
  return {
    group: parts.find((p) => p.type === "group")?.value ?? ",",
    decimal: parts.find((p) => p.type === "decimal")?.value ?? ".",
  };
}

function warn(code: string, start: number, end: number, message: string, data: Record<string, unknown>): Finding {
  return { type: "format", code, severity: "warning", start, end, message, data };
}

function nearCurrencyOrPercent(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 4), start);
  const after = text.slice(end, end + 5);
  return /[$€£¥￥₹₩%]|[A-Z]{3}\s?$/u.test(before) || /^\s?(?:[$€£¥￥₹₩%円元]|[A-Z]{3}\b)/u.test(after);
}

function checkNumbers(text: string, locale: string, out: Finding[]): void {
  const loc = separators(locale);
  const normGroup = (g: string) => (g === "’" ? "'" : SPACES.has(g) ? " " : g);
  for (const m of text.matchAll(NUMBER)) {
    const start = m.index;
    const end = start + m[0].length;
    let intDigits: string;
    let frac = "";
    let wrong = false;
    if (m[2] !== undefined) {
      // Grouped: 1,299.00 / 1.299,00 / 1 299,00
      const g = m[2];
      const d = m[3];
      if (d !== undefined && d === g) continue;
      const groups = m[1].split(g).length - 1;
      // "1,299" in de-DE may be a decimal: ambiguous, leave it.
      if (d === undefined && groups === 1 && g === loc.decimal) continue;
      if (d === undefined && SPACES.has(g)) continue;
      intDigits = m[1].slice(0, m[1].length - (d !== undefined ? d.length + m[4].length : 0)).split(g).join("");
      frac = m[4] ?? "";
      if (d !== undefined && d !== loc.decimal) wrong = true;
      if (!SPACES.has(g) && normGroup(g) !== normGroup(loc.group)) wrong = true;
    } else {
      // Plain decimal: 12.99 / 3,5
      const d = m[6];
      if (d === loc.decimal) continue;
      intDigits = m[5];
      frac = m[7];
      const currencyish = nearCurrencyOrPercent(text, start, end);
      if (!currencyish && frac.length !== 2) continue; // versions like 17.2, 3.14159
      if (!currencyish && Number(intDigits) <= 23 && Number(frac) < 60) continue; // times: 10.30 Uhr
      if (!currencyish && /^\s?(?:uhr|h|am|pm|a\.m\.|p\.m\.)/iu.test(text.slice(end, end + 6))) continue;
      wrong = true;
    }
    if (!wrong) continue;
    const value = Number(`${intDigits}.${frac || "0"}`);
    if (!Number.isFinite(value) || intDigits.length > 15) continue;
    const suggestion = new Intl.NumberFormat(locale, {
      minimumFractionDigits: frac.length,
      maximumFractionDigits: frac.length,
    }).format(value);
    out.push(
      warn("FORMAT_NUMBER_SEPARATORS", start, end, `Write "${m[0]}" as "${suggestion}" for ${locale}.`, {
        found: m[0],
        suggestion,
        decimal: loc.decimal,
        group: loc.group,
      }),
    );
  }
}

type DateOrder = "mdy" | "dmy" | "ymd";

function dateOrder(locale: string): { order: DateOrder; separator: string } {
  return memo(locale, "dateOrder", () => computeDateOrder(locale));
}

function computeDateOrder(locale: string): { order: DateOrder; separator: string } {
  const parts = new Intl.DateTimeFormat(locale, { timeZone: "UTC" }).formatToParts(new Date(Date.UTC(2026, 11, 31)));
  const order = parts
    .filter((p) => p.type === "day" || p.type === "month" || p.type === "year")
    .map((p) => p.type[0])
    .join("") as DateOrder;
  const separator = parts.find((p) => p.type === "literal")?.value.trim() ?? "/";
  return { order: order === "mdy" || order === "ymd" ? order : "dmy", separator };
}

function formatDate(locale: string, y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null; // 2/30 etc.
  return new Intl.DateTimeFormat(locale, { timeZone: "UTC", year: "numeric", month: "2-digit", day: "2-digit" }).format(date);
}

function checkDates(text: string, locale: string, out: Finding[]): void {
  if (!hasRegion(locale)) return; // "en" alone: US or UK order unknown
  const { order, separator } = dateOrder(locale);
  if (order === "mdy") return;
  const example = memo(locale, "dateExample", () => formatDate(locale, 2026, 12, 31)!);
  for (const m of text.matchAll(US_DATE)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const y = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    const start = m.index;
    const end = start + m[0].length;
    if (a < 1 || b < 1 || a > 31 || b > 31 || (a > 12 && b > 12)) continue;
    if (a <= 12 && b > 12) {
      const suggestion = formatDate(locale, y, a, b);
      if (!suggestion) continue;
      out.push(warn("FORMAT_DATE_US", start, end, `"${m[0]}" is a US-style date; write "${suggestion}" for ${locale}.`, { found: m[0], suggestion }));
    } else if (a > 12) {
      if (order === "dmy") continue;
      const suggestion = formatDate(locale, y, b, a);
      if (!suggestion) continue;
      out.push(warn("FORMAT_DATE_ORDER", start, end, `Write the date "${m[0]}" as "${suggestion}" for ${locale}.`, { found: m[0], suggestion }));
    } else {
      if (order === "dmy" && separator === "/") continue; // valid in fr-FR, en-GB
      out.push(warn("FORMAT_DATE_AMBIGUOUS", start, end, `"${m[0]}" is ambiguous; write dates like "${example}" for ${locale}.`, { found: m[0], example }));
    }
  }
}

function leadingAmount(text: string, from: number, backwards: boolean): number | null {
  const slice = backwards ? text.slice(Math.max(0, from - 20), from) : text.slice(from, from + 20);
  const m = backwards ? /(\d[\d.,'\u00a0\u202f ]*\d|\d)\s?$/u.exec(slice) : /^\s?(\d[\d.,'\u00a0\u202f ]*\d|\d)/u.exec(slice);
  if (!m) return null;
  const raw = m[1].replace(/[\s'\u00a0\u202f]/gu, "");
  const dec = /[.,](\d{1,2})$/.exec(raw);
  const intPart = (dec ? raw.slice(0, -dec[0].length) : raw).replace(/[.,]/g, "");
  const n = Number(dec ? `${intPart}.${dec[1]}` : intPart);
  return Number.isFinite(n) ? n : null;
}

function checkCurrency(text: string, locale: string, currency: string, out: Finding[]): void {
  const seen = new Set<number>();
  const report = (symbol: string, start: number, end: number, amount: number | null) => {
    if (seen.has(start)) return;
    seen.add(start);
    const allowed = SYMBOL_CURRENCIES[symbol] ?? (ISO_CODES.includes(symbol) ? [symbol] : []);
    if (allowed.length === 0 || allowed.includes(currency)) return;
    let example: string;
    try {
      example = new Intl.NumberFormat(locale, { style: "currency", currency }).format(amount ?? 1299);
    } catch {
      return;
    }
    out.push(
      warn("FORMAT_CURRENCY_MISMATCH", start, end, `"${symbol}" is not this market's currency (${currency}); convert the amount and write it like "${example}".`, {
        found: symbol,
        currencies: allowed,
        expected: currency,
        example,
      }),
    );
  };
  for (const m of text.matchAll(SYMBOLS_BEFORE)) {
    report(m[1], m.index, m.index + m[1].length, leadingAmount(text, m.index + m[0].length, false));
  }
  for (const m of text.matchAll(SYMBOLS_AFTER)) {
    const symStart = m.index + m[0].length - m[1].length;
    report(m[1], symStart, symStart + m[1].length, leadingAmount(text, m.index, true));
  }
}

function isKnownLocale(locale: string): boolean {
  try {
    new Intl.NumberFormat(locale);
    return true;
  } catch {
    return false;
  }
}

export function checkFormats(text: string, options: CheckFormatsOptions): Finding[] {
  const { locale } = options;
  if (!memo(locale, "valid", () => isKnownLocale(locale))) return []; // unknown locale: nothing reliable to compare with
  const clean = text.replace(URL_OR_EMAIL, (m) => "\uFFFC".repeat(m.length));
  const out: Finding[] = [];
  checkNumbers(clean, locale, out);
  checkDates(clean, locale, out);
  const currency = options.currency ?? defaultCurrency(locale);
  if (currency) checkCurrency(clean, locale, currency.toUpperCase(), out);
  return out.sort((a, b) => a.start - b.start);
}
