// The answer when an asset file is served by its store (a signed S3 URL) rather than by the app:
// a temporary redirect that no cache keeps, since the URL it names expires within minutes.
export function assetRedirectResponse(url: string): Response {
  return new Response(null, { status: 302, headers: { Location: url, "Cache-Control": "no-store" } });
}
