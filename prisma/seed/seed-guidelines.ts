// Demo brand guidelines: a global tone of voice, German and Japanese cultural notes, and the
// rules the checker runs (the "Do Nothing" lesson, a pattern, a DE e-mail legal line, banner
// length, no exclamation marks in DE/JP headlines) plus one rule proposed from a learning.
import type { Db } from "@/lib/db";
import type { RuleInput } from "@/lib/guidelines/guideline.schemas";
import { parseRuleInput, unsafeCreateGuidelineRule } from "@/lib/guidelines/save-guideline-rule";
import type { SeedContext } from "../seed";

const TONE = `We sound **confident, warm and plain-spoken**. We explain, we do not shout.

- Say what the customer gets, in their words.
- Keep sentences short; one idea per sentence.
- Our tagline is **“Assume Nothing”**. It is never rendered as “Do Nothing”.

| Do | Don't |
|---|---|
| “Open your account in five minutes.” | “Amazing!!! Sign up NOW!” |
| “Questions? We answer within a day.” | “Guaranteed best rates ever.” |`;

const IMAGERY = `Use natural light and real customers. No stock handshakes, no piles of cash.
Show people **using** the product, not posing with it.`;

const DE_CULTURE = `Germany prefers **facts over promises**. Use the formal *Sie* in all customer
communication. Superlatives (“das Beste”) invite legal challenge and are avoided.

Every marketing e-mail needs the **Impressum** (legal notice) in the footer.`;

const JP_CULTURE = `Use polite *desu/masu* forms. Avoid direct comparisons with competitors.
Exclamation marks read as childish in headlines; keep them out.

Seasonal references (sakura in spring, momiji in autumn) are welcome in imagery.`;

export async function seedGuidelines(tx: Db, ctx: SeedContext): Promise<void> {
  const de = ctx.markets.get("DE")!;
  const jp = ctx.markets.get("JP")!;
  const brand = ctx.users.get("brand@meridian.test")!;
  const sections = [
    { marketId: null, kind: "tone", title: "Tone of voice", body: TONE, position: 0 },
    { marketId: null, kind: "imagery", title: "Imagery", body: IMAGERY, position: 1 },
    { marketId: de, kind: "cultural", title: "Germany: cultural notes", body: DE_CULTURE, position: 10 },
    { marketId: jp, kind: "cultural", title: "Japan: cultural notes", body: JP_CULTURE, position: 20 },
  ];
  for (const s of sections) await tx.guidelineSection.create({ data: { ...s, updatedById: brand } });

  const actor = { id: brand, email: "brand@meridian.test" };
  const rules: RuleInput[] = [
    { kind: "forbidden_phrase", severity: "error", phrase: "Do Nothing", message: "Our tagline is “Assume Nothing”; never “Do Nothing”." },
    { kind: "forbidden_pattern", severity: "warning", pattern: "(?i)\\b(guaranteed|risk[- ]free)\\b", message: "Avoid absolute promises (guaranteed, risk-free)." },
    { kind: "required_text", severity: "error", marketId: de, channel: "email", blockTypes: ["legal"], phrase: "Impressum", message: "German e-mails need the Impressum (legal notice)." },
    { kind: "max_length", severity: "error", channel: "banner", maxLength: 60 },
    { kind: "style", severity: "warning", marketId: de, blockTypes: ["headline"], style: "no_exclamation" },
    { kind: "style", severity: "warning", marketId: jp, blockTypes: ["headline"], style: "no_exclamation" },
    { kind: "style", severity: "warning", style: "no_double_spaces" },
  ];
  for (const r of rules) await unsafeCreateGuidelineRule(tx, parseRuleInput(r), actor);
  await unsafeCreateGuidelineRule(
    tx,
    parseRuleInput({ kind: "forbidden_phrase", severity: "warning", marketId: jp, phrase: "cheap", message: "“Cheap” reads as low quality in Japan; say “great value”." }),
    { id: ctx.users.get("jp.marketer@meridian.test")!, email: "jp.marketer@meridian.test" },
    { proposed: true },
  );
}
