// Exchanges e-mail + password for a personal access token (same rate limits as the sign-in page).
import { authenticate } from "@/lib/auth/authenticate";
import { signInSchema } from "@/lib/auth/auth.schemas";
import { requestClientAddress } from "@/lib/auth/client-address";
import { loadActor } from "@/lib/auth/load-actor";
import { AppError } from "@/lib/errors";
import { publicApiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-body";
import { createApiToken } from "@/lib/tokens/create-api-token";

export const POST = publicApiRoute(async ({ req }) => {
  const input = await readJson(req, signInSchema);
  const ip = requestClientAddress((name) => req.headers.get(name));
  const user = await authenticate(input, { ip });
  const actor = await loadActor(user.id);
  if (!actor) throw new AppError("INVALID_CREDENTIALS");
  const token = await createApiToken(actor, { name: "API sign-in" });
  return Response.json({ token: token.token, expiresAt: token.expiresAt, id: token.id }, { status: 201 });
});
