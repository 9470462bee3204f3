// Security headers for pages (set by proxy.ts, which runs for every page request).
// Content-Security-Policy with a fresh nonce per request: Next.js reads the nonce from the
// request's CSP header and puts it on its own scripts; 'strict-dynamic' lets those load the
// chunks they import, and nothing else runs, so an injected <script> is inert. Styles stay
// 'unsafe-inline' (style attributes from charts and the editor cannot carry nonces).
// HSTS only over HTTPS in production: over plain HTTP browsers ignore it, and on a developer's
// localhost it would pin HTTPS for every local app.
import { isStorableText } from "@/lib/validation/storable-text";

export function contentSecurityPolicy(nonce: string, options: { dev: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join("; ");
}

export const HSTS = "max-age=31536000; includeSubDomains";

export function wantsHsts(options: { production: boolean; https: boolean }): boolean {
  return options.production && options.https;
}

/** A fresh nonce: 128 random bits, base64. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * False when a page URL's path does not decode (malformed % escapes) or a path or query value
 * holds NUL or a lone surrogate: answered 400 before any page code turns it into a 500.
 */
export function isWellFormedPageUrl(url: URL): boolean {
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return false;
  }
  if (!isStorableText(path)) return false;
  for (const [key, value] of url.searchParams) if (!isStorableText(key) || !isStorableText(value)) return false;
  return true;
}
