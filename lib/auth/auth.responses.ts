// What POST /api/v1/auth/token and GET /api/v1/me answer.
import { z } from "zod";
import { ROLES } from "@/lib/core/workflow/variant-state-machine";

export const issuedTokenResponseSchema = z
  .object({
    token: z.string().describe("Send as `Authorization: Bearer <token>`; shown once"),
    expiresAt: z.iso.datetime({ offset: true }).nullable(),
    id: z.string(),
  })
  .meta({ examples: [{ token: "mrd_3kT9xQ…", expiresAt: "2027-03-08T10:00:00.000Z", id: "cmf1tok0000000000000000" }] });

export const meResponseSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  uiLocale: z.string(),
  markets: z.array(z.object({ code: z.string(), name: z.string(), locales: z.array(z.string()) })),
  readOnly: z.boolean(),
}).meta({
  examples: [
    { id: "cmf1usr0000000000000000", email: "de.marketer@meridian.test", name: "Dana Weber", role: "regional_marketer", uiLocale: "de", markets: [{ code: "DE", name: "Germany", locales: ["de-DE"] }], readOnly: false },
  ],
});
