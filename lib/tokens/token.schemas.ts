import { z } from "zod";

export const createTokenSchema = z.object({
  name: z.string().trim().min(1).max(80),
  readOnly: z.boolean().default(false),
  expiresInDays: z.coerce.number().int().min(1).max(365).default(90),
});
export type CreateTokenInput = z.infer<typeof createTokenSchema>;

// Minting from a browser session asks for the password again: a stolen session cookie alone
// must not turn into a long-lived token.
export const createTokenFromSessionSchema = createTokenSchema.extend({ password: z.string().min(1).max(200) });

export const revokeTokenSchema = z.object({ id: z.string().min(1) });
