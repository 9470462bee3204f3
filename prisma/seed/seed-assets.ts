// Demo asset library: small PNGs drawn with sharp at seed time (colour fields with simple
// shapes, no text), stored through the asset storage. One approved hero with a Japanese
// alternate, one whose rights expire soon, one expired, one retired.
import sharp from "sharp";
import { unsafeUploadAsset } from "@/lib/assets/upload-asset";
import type { Db } from "@/lib/db";
import type { SeedContext } from "../seed";

async function drawPng(background: string, shape: string): Promise<Buffer> {
  const svg = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="640" height="400">${shape}</svg>`);
  return sharp({ create: { width: 640, height: 400, channels: 4, background } })
    .composite([{ input: svg }])
    .png()
    .toBuffer();
}

const DAY = 86_400_000;

export async function seedAssets(tx: Db, ctx: SeedContext): Promise<void> {
  const m = (code: string) => ctx.markets.get(code)!;
  const now = Date.now();
  const hero = await unsafeUploadAsset(
    {
      meta: {
        title: "Hero — Assume Nothing",
        description: "Key visual of the spring campaign. Use on landing pages and e-mail headers.",
        tags: ["hero", "spring", "key-visual"],
        status: "approved",
      },
      file: { name: "hero-assume-nothing.png", bytes: await drawPng("#1d4ed8", '<circle cx="320" cy="200" r="120" fill="#34d399"/>') },
    },
    tx,
  );
  await unsafeUploadAsset(
    {
      meta: {
        title: "Hero — Japan (sakura)",
        description: "Japanese alternate of the hero with a seasonal palette.",
        tags: ["hero", "spring", "sakura"],
        status: "approved",
        alternateOfId: hero.id,
        marketId: m("JP"),
      },
      file: { name: "hero-jp-sakura.png", bytes: await drawPng("#fbcfe8", '<circle cx="320" cy="200" r="120" fill="#db2777"/>') },
    },
    tx,
  );
  await unsafeUploadAsset(
    {
      meta: {
        title: "Product shot — card",
        description: "Licensed photo; rights for Germany and France end soon.",
        tags: ["product", "card"],
        status: "approved",
        allowedMarketIds: [m("DE"), m("FR")],
        rightsExpireAt: new Date(now + 12 * DAY),
      },
      file: { name: "product-card.png", bytes: await drawPng("#0f172a", '<rect x="170" y="110" width="300" height="180" rx="18" fill="#f59e0b"/>') },
    },
    tx,
  );
  await unsafeUploadAsset(
    {
      meta: {
        title: "Summer banner 2025",
        description: "Last summer's banner; rights have expired.",
        tags: ["banner", "summer"],
        status: "approved",
        allowedMarketIds: [m("US"), m("BR")],
        rightsExpireAt: new Date(now - 20 * DAY),
      },
      file: { name: "summer-banner.png", bytes: await drawPng("#fde047", '<polygon points="320,60 520,340 120,340" fill="#ea580c"/>') },
    },
    tx,
  );
  await unsafeUploadAsset(
    {
      meta: {
        title: "Old logo lockup",
        description: "Retired with the 2024 rebrand. Do not use.",
        tags: ["logo"],
        status: "retired",
      },
      file: { name: "logo-old.png", bytes: await drawPng("#e2e8f0", '<rect x="220" y="100" width="200" height="200" fill="#475569"/>') },
    },
    tx,
  );
}
