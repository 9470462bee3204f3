"use server";
import { memberAction } from "@/lib/actions/action-client";
import { confirmPassword } from "@/lib/auth/authenticate";
import { createApiToken } from "./create-api-token";
import { revokeApiToken } from "./revoke-api-token";
import { createTokenFromSessionSchema, revokeTokenSchema } from "./token.schemas";

export const createTokenAction = memberAction(
  "tokens.create",
  createTokenFromSessionSchema,
  async ({ password, ...input }, actor) => {
    await confirmPassword(actor.id, password);
    return createApiToken(actor, input);
  },
  { revalidate: ["/settings"], authorize: createApiToken.authorize },
);

export const revokeTokenAction = memberAction("tokens.revoke", revokeTokenSchema, async (input, actor) => {
  await revokeApiToken(actor, input);
  return null;
}, { revalidate: ["/settings"], authorize: revokeApiToken.authorize });
