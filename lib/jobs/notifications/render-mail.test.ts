// Every notification kind renders in every interface language: no missing strings, no
// uninterpolated placeholders, values escaped in the HTML, Arabic right to left.
import { describe, expect, it } from "vitest";
import { UI_LOCALES } from "@/lib/i18n/config";
import { NOTIFICATION_KINDS } from "./notification-kinds";
import { renderMail } from "./render-mail";

const data = { variantId: "v1", campaign: "<Sale & \"Co\">", market: "DE", locale: "de-DE", state: "in_review", actor: "<img src=x>", block: "hero'", dueDate: "2026-12-10T09:00:00.000Z", comment: null };

describe("renderMail", () => {
  for (const locale of UI_LOCALES) {
    it(`renders every kind in ${locale}`, () => {
      for (const kind of NOTIFICATION_KINDS) {
        const mail = renderMail({ kind, data, link: "/variants/v1", note: "line 1\n<script>x</script>", recipientName: "R&D" }, locale, "https://m.example");
        for (const part of [mail.subject, mail.text, mail.html]) {
          expect(part).not.toMatch(/\{\{|\}\}|mail:|kinds\./);
        }
        expect(mail.subject).not.toMatch(/[\r\n]/);
        expect(mail.html).toContain(`lang="${locale}" dir="${locale === "ar" ? "rtl" : "ltr"}"`);
        expect(mail.html).not.toMatch(/<img|<script|<Sale/);
        expect(mail.html).toContain("&lt;script&gt;x&lt;/script&gt;");
        expect(mail.html).toContain('href="https://m.example/variants/v1"');
        expect(mail.text).toContain("> <script>x</script>");
      }
    });
  }

  it("uses the translated state name and a localized due date", () => {
    expect(renderMail({ kind: "state_changed", data, recipientName: "R" }, "fr").subject).toBe("<Sale & \"Co\"> (DE) : En relecture");
    expect(renderMail({ kind: "due_soon", data, recipientName: "R" }, "de").text).toContain("10.12.2026, 09:00 UTC");
  });

  it("falls back to English for an unknown profile language and leaves out the link without a base URL", () => {
    const mail = renderMail({ kind: "assigned", data, link: "/variants/v1", recipientName: "R" }, "xx");
    expect(mail.subject).toBe("New variant: <Sale & \"Co\"> (DE)");
    expect(mail.text).not.toContain("/variants/v1");
  });
});
