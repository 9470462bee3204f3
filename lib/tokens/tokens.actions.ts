"use server";
import { memberAction } from "@/lib/actions/action-client";
import { createApiToken } from "./create-api-token";
import { revokeApiToken } from "./revoke-api-token";
import { createTokenSchema, revokeTokenSchema } from "./token.schemas";

export const createTokenAction = memberAction("tokens.create", createTokenSchema, (input, actor) => createApiToken(actor, input), {
  revalidate: ["/settings"],
  authorize: createApiToken.authorize,
});

export const revokeTokenAction = memberAction("tokens.revoke", revokeTokenSchema, async (input, actor) => {
  await revokeApiToken(actor, input);
  return null;
}, { revalidate: ["/settings"], authorize: revokeApiToken.authorize });
