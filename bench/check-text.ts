// Benchmark: one 2,000-word text checked against a 100,000-term index plus guideline rules,
// through checkInWorkspace's pure part (checkWithContext). Run: npx tsx bench/check-text.ts
import { checkWithContext } from "@/lib/checker/check-in-workspace";
import type { RuleSpec } from "@/lib/core/checker/rules.types";
import { buildTermIndex, type IndexTerm } from "@/lib/core/checker/term-index";

const TERMS = 100_000;
const WORDS = 2_000;
const RUNS = 15;

function word(n: number): string {
  const syll = ["ka", "lo", "mi", "ren", "sto", "va", "qui", "bel", "dor", "tes", "nu", "ph"];
  let s = "";
  do {
    s += syll[n % syll.length];
    n = Math.floor(n / syll.length);
  } while (n > 0);
  return s;
}

const statuses = ["preferred", "admitted", "deprecated", "forbidden"] as const;
const terms: IndexTerm[] = [];
for (let i = 0; i < TERMS; i++) {
  const locale = i % 2 ? "de-DE" : "en-US";
  const multi = i % 3 === 0;
  terms.push({
    termId: `t${i}`,
    conceptId: `c${Math.floor(i / 2)}`,
    locale,
    text: multi ? `${word(i)} ${word(i + 7)}` : word(i),
    status: statuses[i % 4],
    doNotTranslate: i % 97 === 0,
    caseSensitive: i % 13 === 0,
    marketCode: i % 11 === 0 ? "DE" : null,
  });
}

const rules: RuleSpec[] = [
  { id: "r1", kind: "forbidden_phrase", severity: "error", phrase: "Do Nothing" },
  { id: "r2", kind: "forbidden_pattern", severity: "warning", pattern: "(?i)\\b(guaranteed|risk[- ]free)\\b" },
  { id: "r3", kind: "forbidden_pattern", severity: "warning", pattern: "(a+)+$" },
  { id: "r4", kind: "required_text", severity: "error", marketCode: "DE", channel: "email", phrase: "Impressum" },
  { id: "r5", kind: "max_length", severity: "error", channel: "email", maxLength: 5000 },
  { id: "r6", kind: "style", severity: "warning", marketCode: "DE", style: "no_exclamation" },
  { id: "r7", kind: "style", severity: "warning", style: "no_double_spaces" },
  ...Array.from({ length: 20 }, (_, i): RuleSpec => ({ id: `p${i}`, kind: "forbidden_phrase", severity: "warning", phrase: `${word(i * 31)} ${word(i * 17)}` })),
];

const words: string[] = [];
for (let i = 0; i < WORDS; i++) {
  words.push(i % 5 === 0 ? word((i * 7919) % TERMS) : i % 97 === 0 ? "guaranteed!" : ["the", "und", "{firstName}", "1.234,50 €", "Sie"][i % 5]!);
  if (i % 15 === 14) words.push(".");
}
const text = words.join(" ");

const t0 = performance.now();
const index = buildTermIndex(terms);
const buildMs = performance.now() - t0;

const times: number[] = [];
let findings = 0;
for (let r = 0; r < RUNS; r++) {
  const s = performance.now();
  findings = checkWithContext({ text, locale: "de-DE", marketCode: "DE", channel: "email", blockType: "body", maxLength: 20_000, index, rules }).length;
  times.push(performance.now() - s);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)]!;
console.log(`terms=${index.size} words=${WORDS} chars=${text.length} rules=${rules.length}`);
console.log(`buildTermIndex: ${buildMs.toFixed(0)} ms`);
console.log(`checkWithContext: median ${median.toFixed(1)} ms, min ${times[0]!.toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms over ${RUNS} runs (${findings} findings)`);
