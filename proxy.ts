// Runs for every page request: refuses malformed URLs (400) and foreign-origin or oversized
// server actions (403/413, where Next.js would answer 500), sends signed-out visitors to the
// sign-in page, and sets the page security headers (nonce-based CSP, HSTS over HTTPS). The
// redirect is only a convenience: every page, action and route handler checks the actor itself
// (lib/permissions). Not run for /api/: route handlers answer their own 401s, and skipping the
// proxy saves every API call its cost. /scim/ likewise (bearer tokens, SCIM errors).
import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { authSecret } from "@/lib/auth/auth-secret";
import { serverActionRefusal } from "@/lib/security/server-action-guard";
import { contentSecurityPolicy, HSTS, isWellFormedPageUrl, newNonce, wantsHsts } from "@/lib/security/page-headers";

const PUBLIC = ["/sign-in", "/_next/", "/favicon"];

function withSecurityHeaders(req: NextRequest): NextResponse {
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(req.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", csp);
  const res = NextResponse.next({ request: { headers: requestHeaders } });
  res.headers.set("content-security-policy", csp);
  const https = req.nextUrl.protocol === "https:" || req.headers.get("x-forwarded-proto") === "https";
  if (wantsHsts({ production: process.env.NODE_ENV === "production", https })) res.headers.set("strict-transport-security", HSTS);
  return res;
}

export async function proxy(req: NextRequest) {
  if (!isWellFormedPageUrl(req.nextUrl)) return new NextResponse("Bad Request", { status: 400 });
  const refusal = serverActionRefusal(req);
  if (refusal) return NextResponse.json({ error: { code: refusal.code, message: refusal.code } }, { status: refusal.status });
  const { pathname, search } = req.nextUrl;
  if (!PUBLIC.some((p) => pathname.startsWith(p))) {
    const token = await getToken({ req, secret: authSecret() });
    if (!token) {
      const url = req.nextUrl.clone();
      url.pathname = "/sign-in";
      url.search = `?callbackUrl=${encodeURIComponent(pathname + search)}`;
      return NextResponse.redirect(url);
    }
  }
  return withSecurityHeaders(req);
}

export const config = { matcher: ["/((?!api/|scim/|_next/static|_next/image|favicon.ico).*)"] };
