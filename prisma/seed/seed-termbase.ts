// Demo termbase: taglines with approved renderings per market, do-not-translate product names,
// forbidden mistranslations and deprecated terms with their preferred alternatives, in the six
// demo locales; plus one pending proposal from the German marketer.
import type { Db } from "@/lib/db";
import { toSearchText } from "@/lib/termbase/search-text";
import type { SeedContext } from "../seed";

type Status = "preferred" | "admitted" | "deprecated" | "forbidden";
type SeedTerm = [locale: string, text: string, status?: Status, extra?: { dnt?: boolean; cs?: boolean; market?: string; back?: string; note?: string; pos?: string }];
type SeedConcept = { id: string; subject: string; definition: string; note?: string; terms: SeedTerm[] };

const DNT = { dnt: true, cs: true, pos: "properNoun" };

const CONCEPTS: SeedConcept[] = [
  {
    id: "tagline-assume-nothing",
    subject: "Tagline",
    definition: "Brand tagline: question every assumption about the customer's needs.",
    note: "Never render as a call to inaction. Markets without an approved rendering keep the English line.",
    terms: [
      ["en-US", "Assume Nothing", "preferred", { cs: true, note: "Keep title case." }],
      ["de-DE", "Nichts als gegeben annehmen", "preferred", { market: "DE", back: "Take nothing as given" }],
      ["de-DE", "Nichts tun", "forbidden", { back: "Do nothing", note: "Mistranslation that reverses the meaning." }],
      ["de-DE", "Nimm nichts an", "deprecated", { back: "Accept nothing", note: "Ambiguous: also reads as 'accept nothing'." }],
      ["fr-FR", "Ne rien présumer", "preferred", { market: "FR", back: "Presume nothing" }],
      ["fr-FR", "Ne faites rien", "forbidden", { back: "Do nothing" }],
      ["ja-JP", "Assume Nothing", "preferred", { dnt: true, cs: true, market: "JP", note: "Japan keeps the English tagline." }],
      ["pt-BR", "Não presuma nada", "preferred", { market: "BR", back: "Don't presume anything" }],
      ["ar-SA", "لا تفترض شيئًا", "preferred", { market: "SA", back: "Do not assume anything" }],
    ],
  },
  {
    id: "product-meridian-pay",
    subject: "Product name",
    definition: "Meridian's mobile payment product.",
    terms: [
      ["en-US", "Meridian Pay", "preferred", DNT],
      ["de-DE", "Meridian Pay", "preferred", DNT],
      ["fr-FR", "Meridian Pay", "preferred", DNT],
      ["ja-JP", "Meridian Pay", "preferred", DNT],
      ["pt-BR", "Meridian Pay", "preferred", DNT],
      ["ar-SA", "Meridian Pay", "preferred", DNT],
      ["de-DE", "Meridian Bezahlen", "forbidden", { note: "Product names are never translated." }],
    ],
  },
  {
    id: "product-stride-runner",
    subject: "Product name",
    definition: "Running shoe line.",
    terms: [
      ["en-US", "StrideRunner", "preferred", DNT],
      ["de-DE", "StrideRunner", "preferred", DNT],
      ["fr-FR", "StrideRunner", "preferred", DNT],
      ["ja-JP", "StrideRunner", "preferred", DNT],
      ["ja-JP", "ストライドランナー", "admitted", { note: "Katakana reading for voice and search ads only." }],
      ["pt-BR", "StrideRunner", "preferred", DNT],
      ["ar-SA", "StrideRunner", "preferred", DNT],
    ],
  },
  {
    id: "product-meridian-card",
    subject: "Product name",
    definition: "Debit card issued with a Meridian account.",
    terms: [
      ["en-US", "Meridian Card", "preferred", DNT],
      ["de-DE", "Meridian Card", "preferred", DNT],
      ["fr-FR", "Meridian Card", "preferred", DNT],
      ["fr-FR", "Carte Meridian", "forbidden", { note: "Keep the product name in English." }],
      ["ja-JP", "Meridian Card", "preferred", DNT],
      ["pt-BR", "Meridian Card", "preferred", DNT],
      ["ar-SA", "Meridian Card", "preferred", DNT],
    ],
  },
  {
    id: "cta-create-account",
    subject: "Call to action",
    definition: "Call to action to open a new account.",
    terms: [
      ["en-US", "Create account", "preferred"],
      ["en-US", "Sign up", "deprecated", { note: "Use 'Create account': clearer for a financial product." }],
      ["de-DE", "Konto eröffnen", "preferred"],
      ["de-DE", "Registrieren", "admitted"],
      ["fr-FR", "Ouvrir un compte", "preferred"],
      ["fr-FR", "S'inscrire", "deprecated"],
      ["ja-JP", "口座を開設", "preferred"],
      ["pt-BR", "Abrir conta", "preferred"],
      ["ar-SA", "افتح حسابًا", "preferred"],
    ],
  },
  {
    id: "cta-shop-now",
    subject: "Call to action",
    definition: "Call to action leading to the online shop.",
    terms: [
      ["en-US", "Shop now", "preferred"],
      ["en-US", "Buy now", "admitted"],
      ["de-DE", "Jetzt shoppen", "preferred"],
      ["de-DE", "Jetzt kaufen", "admitted"],
      ["fr-FR", "Acheter maintenant", "preferred"],
      ["ja-JP", "今すぐ購入", "preferred"],
      ["pt-BR", "Compre agora", "preferred"],
      ["ar-SA", "تسوّق الآن", "preferred"],
    ],
  },
  {
    id: "term-cashback",
    subject: "Finance",
    definition: "Money returned to the customer as a percentage of a purchase.",
    terms: [
      ["en-US", "cashback", "preferred"],
      ["en-US", "money back", "deprecated", { note: "Suggests a refund guarantee." }],
      ["de-DE", "Cashback", "preferred"],
      ["de-DE", "Geld-zurück", "deprecated", { note: "Reads as a money-back guarantee." }],
      ["fr-FR", "remise en argent", "preferred"],
      ["fr-FR", "cashback", "admitted"],
      ["ja-JP", "キャッシュバック", "preferred"],
      ["pt-BR", "cashback", "preferred"],
      ["ar-SA", "استرداد نقدي", "preferred"],
    ],
  },
  {
    id: "term-free",
    subject: "Legal",
    definition: "Without charge. Only allowed where no fee of any kind applies.",
    note: "Regulators in several markets restrict 'free' for financial products.",
    terms: [
      ["en-US", "no monthly fee", "preferred"],
      ["en-US", "free", "deprecated", { note: "Only with the fee disclaimer." }],
      ["de-DE", "ohne Grundgebühr", "preferred"],
      ["de-DE", "kostenlos", "forbidden", { market: "DE", note: "Not allowed for accounts in Germany (fees for extra cards apply)." }],
      ["fr-FR", "sans frais mensuels", "preferred"],
      ["ja-JP", "月額手数料無料", "preferred"],
      ["pt-BR", "sem mensalidade", "preferred"],
      ["ar-SA", "بدون رسوم شهرية", "preferred"],
    ],
  },
  {
    id: "term-account",
    subject: "Finance",
    definition: "A customer's Meridian account.",
    terms: [
      ["en-US", "account", "preferred"],
      ["de-DE", "Konto", "preferred"],
      ["de-DE", "Account", "deprecated"],
      ["fr-FR", "compte", "preferred"],
      ["ja-JP", "口座", "preferred"],
      ["ja-JP", "アカウント", "admitted", { note: "For app sign-in only, not for the bank account." }],
      ["pt-BR", "conta", "preferred"],
      ["ar-SA", "حساب", "preferred"],
    ],
  },
  {
    id: "term-instant-transfer",
    subject: "Finance",
    definition: "A transfer that reaches the recipient within seconds.",
    terms: [
      ["en-US", "instant transfer", "preferred"],
      ["en-US", "wire", "deprecated"],
      ["de-DE", "Echtzeitüberweisung", "preferred"],
      ["fr-FR", "virement instantané", "preferred"],
      ["ja-JP", "即時送金", "preferred"],
      ["pt-BR", "Pix", "preferred", { market: "BR", dnt: true, cs: true, note: "Brazil's instant payment scheme; use the scheme name." }],
      ["pt-BR", "transferência instantânea", "admitted"],
      ["ar-SA", "تحويل فوري", "preferred"],
    ],
  },
  {
    id: "term-running-shoe",
    subject: "Sportswear",
    definition: "Footwear designed for running.",
    terms: [
      ["en-US", "running shoe", "preferred"],
      ["en-US", "sneaker", "admitted"],
      ["de-DE", "Laufschuh", "preferred"],
      ["fr-FR", "chaussure de running", "preferred"],
      ["fr-FR", "basket", "admitted"],
      ["ja-JP", "ランニングシューズ", "preferred"],
      ["pt-BR", "tênis de corrida", "preferred"],
      ["ar-SA", "حذاء جري", "preferred"],
    ],
  },
  {
    id: "term-performance-fabric",
    subject: "Sportswear",
    definition: "Moisture-wicking technical fabric.",
    terms: [
      ["en-US", "performance fabric", "preferred"],
      ["de-DE", "Funktionsstoff", "preferred"],
      ["fr-FR", "tissu technique", "preferred"],
      ["ja-JP", "機能性素材", "preferred"],
      ["pt-BR", "tecido de alta performance", "preferred"],
      ["ar-SA", "قماش عالي الأداء", "preferred"],
    ],
  },
  {
    id: "term-member-rewards",
    subject: "Loyalty",
    definition: "Loyalty programme for Meridian customers.",
    terms: [
      ["en-US", "Meridian Rewards", "preferred", DNT],
      ["de-DE", "Meridian Rewards", "preferred", DNT],
      ["fr-FR", "Meridian Rewards", "preferred", DNT],
      ["ja-JP", "Meridian Rewards", "preferred", DNT],
      ["pt-BR", "Meridian Rewards", "preferred", DNT],
      ["ar-SA", "Meridian Rewards", "preferred", DNT],
    ],
  },
  {
    id: "term-guaranteed-returns",
    subject: "Legal",
    definition: "Promise of investment returns. Never used in marketing.",
    terms: [
      ["en-US", "guaranteed returns", "forbidden", { note: "Misleading for investment products." }],
      ["de-DE", "garantierte Rendite", "forbidden"],
      ["fr-FR", "rendement garanti", "forbidden"],
      ["ja-JP", "元本保証", "forbidden"],
      ["pt-BR", "retorno garantido", "forbidden"],
      ["ar-SA", "عوائد مضمونة", "forbidden"],
    ],
  },
  {
    id: "term-customer",
    subject: "Brand voice",
    definition: "A person who uses Meridian products.",
    terms: [
      ["en-US", "member", "preferred"],
      ["en-US", "user", "deprecated", { note: "We speak of members, not users." }],
      ["de-DE", "Mitglied", "preferred"],
      ["fr-FR", "membre", "preferred"],
      ["ja-JP", "会員", "preferred"],
      ["pt-BR", "membro", "preferred"],
      ["ar-SA", "عضو", "preferred"],
    ],
  },
];

export async function seedTermbase(tx: Db, ctx: SeedContext): Promise<void> {
  const brand = ctx.users.get("brand@meridian.test") ?? null;
  for (const c of CONCEPTS) {
    await tx.concept.create({
      data: {
        externalId: c.id,
        subject: c.subject,
        definition: c.definition,
        note: c.note ?? null,
        createdById: brand,
        terms: {
          create: c.terms.map(([locale, text, status = "preferred", extra = {}]) => ({
            locale,
            text,
            searchText: toSearchText(text),
            status,
            doNotTranslate: extra.dnt ?? false,
            caseSensitive: extra.cs ?? false,
            partOfSpeech: extra.pos ?? null,
            usageNote: extra.note ?? null,
            backTranslation: extra.back ?? null,
            marketId: extra.market ? (ctx.markets.get(extra.market) ?? null) : null,
          })),
        },
      },
    });
  }
  const shoe = await tx.concept.findUniqueOrThrow({ where: { externalId: "term-running-shoe" }, select: { id: true } });
  await tx.termProposal.create({
    data: {
      conceptId: shoe.id,
      marketId: ctx.markets.get("DE") ?? null,
      locale: "de-DE",
      text: "Runningschuh",
      status: "admitted",
      note: "Used by our German running community and in most competitor campaigns.",
      proposedById: ctx.users.get("de.marketer@meridian.test")!,
    },
  });
}
