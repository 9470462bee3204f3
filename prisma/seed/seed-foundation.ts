// Demo markets and users. Every demo user has the password "meridian-demo".
import type { Db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";

export const DEMO_PASSWORD = "meridian-demo";

export const DEMO_MARKETS = [
  { code: "US", name: "United States", region: "Americas", locales: ["en-US"], currency: "USD", timeZone: "America/New_York", fallbackLocale: "en" },
  { code: "DE", name: "Germany", region: "Europe", locales: ["de-DE"], currency: "EUR", timeZone: "Europe/Berlin", fallbackLocale: "en-US" },
  { code: "FR", name: "France", region: "Europe", locales: ["fr-FR"], currency: "EUR", timeZone: "Europe/Paris", fallbackLocale: "en-US" },
  { code: "JP", name: "Japan", region: "Asia Pacific", locales: ["ja-JP"], currency: "JPY", timeZone: "Asia/Tokyo", fallbackLocale: "en-US" },
  { code: "BR", name: "Brazil", region: "Americas", locales: ["pt-BR"], currency: "BRL", timeZone: "America/Sao_Paulo", fallbackLocale: "en-US" },
  { code: "SA", name: "Saudi Arabia", region: "Middle East", locales: ["ar-SA"], currency: "SAR", timeZone: "Asia/Riyadh", fallbackLocale: "en-US" },
  // Spain starts empty: with Apertium running (README, "Machine translation") its variant is
  // pre-translated offline, English → Spanish.
  { code: "ES", name: "Spain", region: "Europe", locales: ["es-ES"], currency: "EUR", timeZone: "Europe/Madrid", fallbackLocale: "en-US" },
] as const;

export const DEMO_USERS = [
  { email: "admin@meridian.test", name: "Ada Admin", role: "admin", markets: [] },
  { email: "brand@meridian.test", name: "Bea Brand", role: "hq_brand", markets: [] },
  { email: "campaigns@meridian.test", name: "Carl Campaigns", role: "hq_campaign", markets: [] },
  { email: "de.marketer@meridian.test", name: "Dana Schmidt", role: "regional_marketer", markets: ["DE"] },
  { email: "de.approver@meridian.test", name: "Dirk Weber", role: "regional_approver", markets: ["DE"] },
  { email: "fr.marketer@meridian.test", name: "Fleur Martin", role: "regional_marketer", markets: ["FR"] },
  { email: "jp.marketer@meridian.test", name: "Jun Sato", role: "regional_marketer", markets: ["JP"] },
  { email: "es.marketer@meridian.test", name: "Elena García", role: "regional_marketer", markets: ["ES"] },
  { email: "translator@meridian.test", name: "Tomas Translator", role: "translator", markets: ["DE"] },
  { email: "viewer@meridian.test", name: "Vic Viewer", role: "viewer", markets: [] },
] as const;

const LEADS: Record<string, string> = {
  DE: "de.marketer@meridian.test",
  FR: "fr.marketer@meridian.test",
  JP: "jp.marketer@meridian.test",
  ES: "es.marketer@meridian.test",
};

export async function seedFoundation(tx: Db) {
  const markets = new Map<string, string>();
  for (const m of DEMO_MARKETS) {
    const market = await tx.market.create({ data: { ...m, locales: [...m.locales] } });
    markets.set(m.code, market.id);
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users = new Map<string, string>();
  for (const u of DEMO_USERS) {
    const user = await tx.user.create({
      data: {
        email: u.email,
        name: u.name,
        role: u.role,
        passwordHash,
        memberships: { create: u.markets.map((code) => ({ marketId: markets.get(code)! })) },
      },
    });
    users.set(u.email, user.id);
  }
  for (const [code, email] of Object.entries(LEADS)) {
    await tx.market.update({ where: { id: markets.get(code)! }, data: { leadId: users.get(email)! } });
  }
  return { markets, users };
}
