// Pasting from Word or a web page: the editor's schema already keeps only the nodes and marks it knows
// (headings, lists, tables, links…); this removes what would otherwise ride along — inline styles,
// classes, Office's conditional comments and namespaced tags — before the schema reads the HTML.
export function cleanPastedHtml(html: string): string {
  return html
    .replace(/<!--\[if[\s\S]*?<!\[endif\]-->/gi, "")
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<\/?(?:o|w|v|m|st1):[^>]*>/gi, "")
    .replace(/<(style|script|xml|meta|link)[^>]*>[\s\S]*?<\/\1>/gi, "")
    .replace(/<(?:meta|link)[^>]*>/gi, "")
    .replace(/\s(?:style|class|lang|id|align|width|height|bgcolor|on\w+)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi, "");
}
