/**
 * Structured data in a <script type="application/ld+json">. JSON.stringify does not escape "<", so a
 * title containing "</script>" would end the element early: every "<" becomes \u003c (still the same
 * JSON), and so do the line separators some parsers reject.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(data) }} />;
}
