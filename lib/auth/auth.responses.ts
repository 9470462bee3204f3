// What POST /api/v1/auth/token and GET /api/v1/me answer.
import { z } from "zod";
import { ROLES } from "@/lib/core/workflow/variant-state-machine";

export const issuedTokenResponseSchema = z.object({
  token: z.string().describe("Send as `Authorization: Bearer <token>`; shown once"),
  expiresAt: z.iso.datetime({ offset: true }).nullable(),
  id: z.string(),
});

export const meResponseSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  uiLocale: z.string(),
  markets: z.array(z.object({ code: z.string(), name: z.string(), locales: z.array(z.string()) })),
  readOnly: z.boolean(),
});
