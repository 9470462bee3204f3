import type { XmlProblem } from "./xml-problem";

/**
 * Looks at the prolog for a DOCTYPE and refuses entity declarations before any parser
 * sees them. saxes neither fetches external entities nor expands declared ones (it
 * refuses `&e;` as undefined), but the refusal should name the real cause, and a parser swap
 * must not reopen XXE or "billion laughs" expansion. A DOCTYPE that only names an
 * external DTD (old XLIFF 1.1 files do) is allowed: nothing is fetched.
 */
export function checkDoctype(text: string): XmlProblem[] {
  let i = skipSpace(text, 0);
  for (;;) {
    if (text.startsWith("<?", i)) {
      const end = text.indexOf("?>", i + 2);
      if (end < 0) return [];
      i = skipSpace(text, end + 2);
    } else if (text.startsWith("<!--", i)) {
      const end = text.indexOf("-->", i + 4);
      if (end < 0) return [];
      i = skipSpace(text, end + 3);
    } else if (text.startsWith("<!DOCTYPE", i)) {
      return checkDeclaration(text, i);
    } else {
      return [];
    }
  }
}

function checkDeclaration(text: string, start: number): XmlProblem[] {
  const open = findUnquoted(text, start, "[", ">");
  if (open < 0) return [];
  const close = findUnquoted(text, open + 1, "]");
  const subset = text.slice(open + 1, close < 0 ? text.length : close);
  const problems: XmlProblem[] = [];
  const entityDecl = /<!ENTITY\s+(%\s+)?([^\s"'>]+)\s*([^>]*)/g;
  for (let m = entityDecl.exec(subset); m; m = entityDecl.exec(subset)) {
    const external = /^(SYSTEM|PUBLIC)\b/.test(m[3].trim());
    const { line, column } = locate(text, open + 1 + m.index);
    problems.push(
      external
        ? {
            code: "XML_EXTERNAL_ENTITY",
            message: `The DOCTYPE declares external entity "${m[2]}"; external entities are refused.`,
            line,
            column,
          }
        : {
            code: "XML_DTD_FORBIDDEN",
            message: `The DOCTYPE declares entity "${m[2]}"; entity declarations are refused.`,
            line,
            column,
          },
    );
  }
  if (problems.length === 0 && /%[A-Za-z_][\w.-]*;/.test(subset)) {
    const { line, column } = locate(text, start);
    problems.push({ code: "XML_DTD_FORBIDDEN", message: "The DOCTYPE uses parameter entities.", line, column });
  }
  return problems;
}

/**
 * Index of `target` outside quoted strings from `from`, or -1 when `stop` (or the end) comes first:
 * the `[` opening an internal subset (stop at the DOCTYPE's `>`), or the `]` closing it.
 */
function findUnquoted(text: string, from: number, target: string, stop?: string): number {
  let quote = "";
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === target) return i;
    else if (c === stop) return -1;
  }
  return -1;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
}

function locate(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split("\n").length, column: offset - before.lastIndexOf("\n") };
}
