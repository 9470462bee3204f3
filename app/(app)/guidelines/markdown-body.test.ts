// Guideline prose renders GitHub-flavoured Markdown (the seeded guideline has a pipe table) and
// never renders raw HTML: it stays visible text.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MarkdownBody } from "./markdown-body";

const render = (markdown: string) => renderToStaticMarkup(createElement(MarkdownBody, null, markdown));

describe("MarkdownBody", () => {
  it("turns a pipe table into a <table> with header and body cells", () => {
    const html = render("| Term | Use |\n|---|---|\n| Konto | not Account |\n");
    expect(html).toContain("<table>");
    expect(html).toContain("<th>Term</th>");
    expect(html).toContain("<td>Konto</td>");
    expect(html).not.toContain("| Term |");
  });

  it("renders task lists and strikethrough", () => {
    const html = render("- [x] checked\n- [ ] open\n\n~~retired claim~~\n");
    expect(html).toMatch(/<input type="checkbox" disabled="" checked=""\/> checked/);
    expect(html).toContain("<del>retired claim</del>");
  });

  it("keeps raw HTML as text: no <script> element, the tags are shown escaped", () => {
    const html = render('Before\n\n<script>alert("x")</script>\n\nInline <img src=x onerror="alert(1)"> tag\n');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
  });

  it("drops javascript: links", () => {
    const html = render("[click](javascript:alert(1))");
    expect(html).not.toContain("javascript:");
  });
});
