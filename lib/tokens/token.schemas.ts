import { z } from "zod";

export const createTokenSchema = z.object({
  name: z.string().trim().min(1).max(80),
  readOnly: z.boolean().default(false),
  expiresInDays: z.coerce.number().int().min(1).max(365).default(90),
});
export type CreateTokenInput = z.infer<typeof createTokenSchema>;

export const revokeTokenSchema = z.object({ id: z.string().min(1) });
