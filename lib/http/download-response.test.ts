import { describe, expect, it } from "vitest";
import { contentDisposition, downloadResponse } from "./download-response";

describe("downloadResponse", () => {
  it("names the file for every browser: ASCII fallback plus the RFC 5987 UTF-8 name", () => {
    expect(contentDisposition('Kampagne "Früh" (1).xlf')).toBe(
      `attachment; filename="Kampagne _Fr_h_ (1).xlf"; filename*=UTF-8''Kampagne%20%22Fr%C3%BCh%22%20%281%29.xlf`,
    );
    expect(contentDisposition("a\r\nSet-Cookie: x.png", "inline")).toBe(`inline; filename="aSet-Cookie: x.png"; filename*=UTF-8''aSet-Cookie%3A%20x.png`);
  });

  it("is never sniffed, never a page, not stored unless the caller says so", async () => {
    const res = downloadResponse({ body: "<xliff/>", filename: "a.xlf", contentType: "application/xliff+xml" });
    expect(Object.fromEntries(res.headers)).toMatchObject({
      "content-type": "application/xliff+xml",
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; sandbox",
      "cache-control": "no-store",
    });
    expect(await res.text()).toBe("<xliff/>");
  });

  it("gives stored bytes a length, a private max-age and an ETag", async () => {
    const res = downloadResponse({ body: new Uint8Array([1, 2, 3]), filename: "x.bin", contentType: "application/octet-stream", cache: { privateMaxAge: 300 }, etag: "abc" });
    expect(res.headers.get("content-length")).toBe("3");
    expect(res.headers.get("cache-control")).toBe("private, max-age=300");
    expect(res.headers.get("etag")).toBe('"abc"');
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
  });
});
