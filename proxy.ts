// Redirects signed-out visitors to the sign-in page. Only a convenience: every page, action
// and route handler checks the actor itself (lib/permissions). Not run for /api/: route
// handlers answer their own 401s, and skipping the proxy saves every API call its cost.
import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { authSecret } from "@/lib/auth/auth-secret";

const PUBLIC = ["/sign-in", "/_next/", "/favicon"];

export async function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  if (PUBLIC.some((p) => pathname.startsWith(p))) return NextResponse.next();
  const token = await getToken({ req, secret: authSecret() });
  if (token) return NextResponse.next();
  const url = req.nextUrl.clone();
  url.pathname = "/sign-in";
  url.search = `?callbackUrl=${encodeURIComponent(pathname + search)}`;
  return NextResponse.redirect(url);
}

export const config = { matcher: ["/((?!api/|_next/static|_next/image|favicon.ico).*)"] };
