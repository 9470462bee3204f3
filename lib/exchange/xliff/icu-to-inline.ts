import type { Inline, InlineCode } from "./xliff.types";

/**
 * Splits ICU MessageFormat text into translatable text and placeholder codes: every
 * top-level argument (`{firstName}`, `{count, plural, …}`) becomes one `ph` code whose
 * original data is the exact argument source, so CAT tools protect it and
 * `inlineToIcu` can put it back byte for byte. Literal text stays raw ICU (apostrophe
 * quoting included) so the round trip is exact.
 *
 * Plural/select arguments become a single placeholder as a whole: translators cannot
 * edit the branch texts inside a CAT tool (known limitation).
 */
export function icuToInline(text: string): Inline[] {
  const out: Inline[] = [];
  const usedIds = new Map<string, number>();
  let literal = "";
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === "'") {
      const end = skipQuote(text, i);
      literal += text.slice(i, end);
      i = end;
      continue;
    }
    if (c === "{") {
      const end = findArgumentEnd(text, i);
      if (end < 0) {
        // Unbalanced brace: not a valid argument; keep it as text so nothing is lost.
        literal += text.slice(i);
        break;
      }
      if (literal) out.push(literal);
      literal = "";
      const source = text.slice(i, end + 1);
      out.push(makePlaceholder(source, usedIds));
      i = end + 1;
      continue;
    }
    literal += c;
    i++;
  }
  if (literal) out.push(literal);
  return out;
}

function makePlaceholder(source: string, usedIds: Map<string, number>): InlineCode {
  const name = source.slice(1, -1).split(",")[0].trim();
  // XLIFF ids are NMTOKENs; ICU names are already close, but be defensive.
  const base = name.replace(/[^A-Za-z0-9_.-]/g, "_") || "arg";
  const n = (usedIds.get(base) ?? 0) + 1;
  usedIds.set(base, n);
  const id = n === 1 ? base : `${base}_${n}`;
  return { kind: "ph", id, equiv: source, disp: `{${name}}`, originalData: source, attrs: {} };
}

/**
 * ICU apostrophe rules (ApostropheMode.DOUBLE_OPTIONAL): `''` is a literal apostrophe;
 * `'` followed by `{` or `}` quotes up to the next lone `'`; any other `'` is literal.
 * Returns the index just after the quoted run.
 */
function skipQuote(text: string, i: number): number {
  const next = text[i + 1];
  if (next === "'") return i + 2;
  if (next !== "{" && next !== "}" && next !== "#" && next !== "|") return i + 1;
  let j = i + 1;
  while (j < text.length) {
    if (text[j] === "'") {
      if (text[j + 1] === "'") {
        j += 2;
        continue;
      }
      return j + 1;
    }
    j++;
  }
  return text.length;
}

/** Index of the `}` closing the argument opened at `start`, or -1. */
function findArgumentEnd(text: string, start: number): number {
  let depth = 0;
  let i = start;
  while (i < text.length) {
    const c = text[i];
    if (c === "'" && depth > 1) {
      // Quoting only matters inside nested message text (plural/select branches).
      i = skipQuote(text, i);
      continue;
    }
    if (c === "{") depth++;
    else if (c === "}") {
      depth--;
      if (depth === 0) return i;
    }
    i++;
  }
  return -1;
}
