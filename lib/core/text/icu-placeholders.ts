/**
 * ICU MessageFormat helpers for campaign copy: validate a message, list its
 * placeholders, compare source vs. translation placeholders, and render a
 * preview with sample values (no extra runtime: a small AST walker using Intl).
 */
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";

export type PlaceholderType = "simple" | "number" | "date" | "time" | "plural" | "select" | "selectordinal" | "tag";

export interface PlaceholderInfo {
  name: string;
  type: PlaceholderType;
  /** Offsets of the whole placeholder ({...} or <tag>...</tag>) in the message. */
  start: number;
  end: number;
}

export interface IcuSyntaxError {
  code: "ICU_SYNTAX";
  /** Parser error kind, e.g. "MISSING_OTHER_CLAUSE". */
  kind: string;
  message: string;
  offset: number;
  line: number;
  column: number;
}

export type ValidateMessageResult =
  | { ok: true; placeholders: PlaceholderInfo[]; ast: MessageFormatElement[] }
  | { ok: false; error: IcuSyntaxError };

const KIND_HELP: Record<string, string> = {
  EXPECT_ARGUMENT_CLOSING_BRACE: "A placeholder is missing its closing }.",
  EMPTY_ARGUMENT: "A placeholder {} has no name.",
  MALFORMED_ARGUMENT: "A placeholder name is malformed.",
  INVALID_ARGUMENT_TYPE: "Unknown placeholder type (use number, date, time, plural, select or selectordinal).",
  MISSING_OTHER_CLAUSE: "A plural/select placeholder needs an 'other' case.",
  UNMATCHED_CLOSING_TAG: "A closing tag does not match its opening tag.",
  UNCLOSED_TAG: "A tag is not closed.",
  INVALID_TAG: "A tag is malformed.",
};

export type ParsedMessage = { ok: true; ast: MessageFormatElement[] } | { ok: false; error: IcuSyntaxError };

// The checker parses every source and target twice per check (placeholder masking, placeholder
// comparison): the latest results are kept. Callers only read the ASTs.
const recentParses = new Map<string, ParsedMessage>();
const RECENT_PARSES = 64;

/** The message parsed with locations and number/date skeletons; the latest 64 results are reused. */
export function parseMessage(text: string): ParsedMessage {
  let parsed = recentParses.get(text);
  if (parsed) return parsed;
  parsed = parseUncached(text);
  if (recentParses.size >= RECENT_PARSES) recentParses.delete(recentParses.keys().next().value!);
  recentParses.set(text, parsed);
  return parsed;
}

function parseUncached(text: string): ParsedMessage {
  try {
    return { ok: true, ast: parse(text, { captureLocation: true, shouldParseSkeletons: true }) };
  } catch (e) {
    const err = e as { message?: string; location?: { start: { offset: number; line: number; column: number } } };
    const kind = String(err.message ?? "SYNTAX_ERROR");
    const loc = err.location?.start ?? { offset: 0, line: 1, column: 1 };
    return {
      ok: false,
      error: {
        code: "ICU_SYNTAX",
        kind,
        message: `${KIND_HELP[kind] ?? "The message has invalid ICU syntax."} Fix it at line ${loc.line}, column ${loc.column}.`,
        offset: loc.offset,
        line: loc.line,
        column: loc.column,
      },
    };
  }
}

function collect(elements: MessageFormatElement[], out: PlaceholderInfo[]): void {
  for (const el of elements) {
    const start = el.location?.start.offset ?? 0;
    const end = el.location?.end.offset ?? 0;
    switch (el.type) {
      case TYPE.argument:
        out.push({ name: el.value, type: "simple", start, end });
        break;
      case TYPE.number:
        out.push({ name: el.value, type: "number", start, end });
        break;
      case TYPE.date:
        out.push({ name: el.value, type: "date", start, end });
        break;
      case TYPE.time:
        out.push({ name: el.value, type: "time", start, end });
        break;
      case TYPE.plural:
        out.push({ name: el.value, type: el.pluralType === "ordinal" ? "selectordinal" : "plural", start, end });
        for (const opt of Object.values(el.options)) collect(opt.value, out);
        break;
      case TYPE.select:
        out.push({ name: el.value, type: "select", start, end });
        for (const opt of Object.values(el.options)) collect(opt.value, out);
        break;
      case TYPE.tag:
        out.push({ name: el.value, type: "tag", start, end });
        collect(el.children, out);
        break;
      default:
        break;
    }
  }
}

export function validateMessage(text: string): ValidateMessageResult {
  const parsed = parseMessage(text);
  if (!parsed.ok) return parsed;
  const placeholders: PlaceholderInfo[] = [];
  collect(parsed.ast, placeholders);
  return { ok: true, placeholders, ast: parsed.ast };
}

export type PlaceholderFindingCode =
  | "PLACEHOLDER_MISSING"
  | "PLACEHOLDER_ADDED"
  | "PLACEHOLDER_RENAMED"
  | "PLACEHOLDER_TYPE_CHANGED"
  | "ICU_SYNTAX"
  | "SOURCE_ICU_SYNTAX";

export interface PlaceholderFinding {
  code: PlaceholderFindingCode;
  severity: "error" | "warning";
  message: string;
  /** Offsets into the TARGET; a missing placeholder has start === end === 0. */
  start: number;
  end: number;
  name?: string;
  type?: PlaceholderType;
  /** For renamed: the source name. */
  from?: string;
  error?: IcuSyntaxError;
}

const label = (p: { name: string; type: PlaceholderType }) => (p.type === "tag" ? `<${p.name}>` : `{${p.name}}`);

/**
 * Placeholders lost, added, renamed (a lost and an added of the same type) or
 * retyped between a source message and its translation. Repetition counts are
 * not compared: a translation may legitimately use {name} twice.
 */
export function comparePlaceholders(source: string, target: string): PlaceholderFinding[] {
  const src = validateMessage(source);
  const tgt = validateMessage(target);
  const out: PlaceholderFinding[] = [];
  if (!tgt.ok) {
    out.push({ code: "ICU_SYNTAX", severity: "error", message: tgt.error.message, start: tgt.error.offset, end: tgt.error.offset, error: tgt.error });
  }
  if (!src.ok) {
    out.push({ code: "SOURCE_ICU_SYNTAX", severity: "warning", message: "The source message has invalid ICU syntax; placeholders could not be compared. Fix the source first.", start: 0, end: 0, error: src.error });
  }
  if (!src.ok || !tgt.ok) return out;

  const firstByName = (list: PlaceholderInfo[]) => {
    const m = new Map<string, PlaceholderInfo>();
    for (const p of list) if (!m.has(p.name)) m.set(p.name, p);
    return m;
  };
  const s = firstByName(src.placeholders);
  const t = firstByName(tgt.placeholders);
  const lost: PlaceholderInfo[] = [];
  const added: PlaceholderInfo[] = [];
  for (const [name, sp] of s) {
    const tp = t.get(name);
    if (!tp) lost.push(sp);
    else if (tp.type !== sp.type) {
      out.push({ code: "PLACEHOLDER_TYPE_CHANGED", severity: "error", message: `Placeholder ${label(sp)} is a ${sp.type} in the source but a ${tp.type} here; use the source format.`, start: tp.start, end: tp.end, name, type: tp.type });
    }
  }
  for (const [name, tp] of t) if (!s.has(name)) added.push(tp);

  for (const a of [...added]) {
    const i = lost.findIndex((l) => l.type === a.type);
    if (i < 0) continue;
    const [l] = lost.splice(i, 1);
    added.splice(added.indexOf(a), 1);
    out.push({ code: "PLACEHOLDER_RENAMED", severity: "error", message: `Placeholder ${label(a)} should be ${label(l)} as in the source; rename it back.`, start: a.start, end: a.end, name: a.name, type: a.type, from: l.name });
  }
  for (const l of lost) {
    out.push({ code: "PLACEHOLDER_MISSING", severity: "error", message: `Placeholder ${label(l)} from the source is missing; add it to the translation.`, start: 0, end: 0, name: l.name, type: l.type });
  }
  for (const a of added) {
    out.push({ code: "PLACEHOLDER_ADDED", severity: "error", message: `Placeholder ${label(a)} is not in the source; remove it or fix its name.`, start: a.start, end: a.end, name: a.name, type: a.type });
  }
  return out.sort((x, y) => x.start - y.start);
}

export type SampleValue = string | number | Date | ((chunks: string) => string);
export type FormatSampleResult = { ok: true; text: string } | { ok: false; error: IcuSyntaxError };

function formatNumber(n: number, locale: string, style: unknown): string {
  if (style === "percent") return new Intl.NumberFormat(locale, { style: "percent" }).format(n);
  if (style === "integer") return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(n);
  if (style && typeof style === "object" && "parsedOptions" in style) {
    try {
      return new Intl.NumberFormat(locale, (style as { parsedOptions: Intl.NumberFormatOptions }).parsedOptions).format(n);
    } catch {
      /* fall through to the default format */
    }
  }
  return new Intl.NumberFormat(locale).format(n);
}

function formatDate(d: Date, locale: string, style: unknown, time: boolean): string {
  const s = typeof style === "string" && ["short", "medium", "long", "full"].includes(style) ? (style as "short") : "medium";
  return new Intl.DateTimeFormat(locale, time ? { timeStyle: s } : { dateStyle: s }).format(d);
}

function render(elements: MessageFormatElement[], locale: string, values: Record<string, SampleValue>, pound: number | null): string {
  let out = "";
  for (const el of elements) {
    const v = "value" in el ? values[el.value] : undefined;
    switch (el.type) {
      case TYPE.literal:
        out += el.value;
        break;
      case TYPE.argument:
        out += v === undefined ? `{${el.value}}` : v instanceof Date ? formatDate(v, locale, null, false) : String(v);
        break;
      case TYPE.number:
        out += v === undefined ? `{${el.value}}` : formatNumber(Number(v), locale, el.style);
        break;
      case TYPE.date:
      case TYPE.time: {
        const d = v instanceof Date ? v : v === undefined ? null : new Date(v as string | number);
        out += d && !Number.isNaN(d.getTime()) ? formatDate(d, locale, el.style, el.type === TYPE.time) : `{${el.value}}`;
        break;
      }
      case TYPE.pound:
        out += pound === null ? "#" : new Intl.NumberFormat(locale).format(pound);
        break;
      case TYPE.plural: {
        const n = Number(v ?? 0);
        const exact = el.options[`=${n}`];
        const category = new Intl.PluralRules(locale, { type: el.pluralType }).select(n - el.offset);
        const opt = exact ?? el.options[category] ?? el.options.other;
        out += opt ? render(opt.value, locale, values, n - el.offset) : "";
        break;
      }
      case TYPE.select: {
        const opt = el.options[String(v)] ?? el.options.other;
        out += opt ? render(opt.value, locale, values, pound) : "";
        break;
      }
      case TYPE.tag: {
        const inner = render(el.children, locale, values, pound);
        out += typeof v === "function" ? v(inner) : `<${el.value}>${inner}</${el.value}>`;
        break;
      }
    }
  }
  return out;
}

/** Renders a message with sample values for previews; missing values stay as {name}. */
export function formatSample(text: string, locale: string, sampleValues: Record<string, SampleValue> = {}): FormatSampleResult {
  const parsed = parseMessage(text);
  if (!parsed.ok) return parsed;
  return { ok: true, text: render(parsed.ast, locale, sampleValues, null) };
}
