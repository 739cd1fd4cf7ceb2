/** One start tag of an HTML document with its attributes (names lower-cased) and, for <script>, its text. */
export interface HtmlTag {
  name: string;
  attributes: Record<string, string>;
  /** The text up to the matching end tag (script and style only; raw text in HTML). */
  text: string;
}

const RAW_TEXT = new Set(['script', 'style']);

/**
 * The start tags of an HTML document, read the way a browser tokenizes them (comments skipped, attribute values
 * quoted or not, script and style content taken as raw text up to their end tag). Enough to audit a build's
 * index.html for script a Content-Security-Policy would block; not a full HTML5 parser.
 */
export function htmlTags(html: string): HtmlTag[] {
  const tags: HtmlTag[] = [];
  let at = 0;
  while (at < html.length) {
    const open = html.indexOf('<', at);
    if (open < 0) break;
    if (html.startsWith('<!--', open)) {
      const close = html.indexOf('-->', open + 4);
      at = close < 0 ? html.length : close + 3;
      continue;
    }
    const nameMatch = /^<([a-zA-Z][\w:-]*)/.exec(html.slice(open, open + 64));
    if (!nameMatch) {
      at = open + 1;
      continue;
    }
    const name = nameMatch[1].toLowerCase();
    const { attributes, end } = readAttributes(html, open + nameMatch[0].length);
    let text = '';
    at = end;
    if (RAW_TEXT.has(name)) {
      const closing = html.toLowerCase().indexOf(`</${name}`, end);
      text = html.slice(end, closing < 0 ? html.length : closing);
      at = closing < 0 ? html.length : closing;
    }
    tags.push({ name, attributes, text });
  }
  return tags;
}

function readAttributes(html: string, start: number): { attributes: Record<string, string>; end: number } {
  const attributes: Record<string, string> = {};
  const pattern = /\s*(?:(\/?>)|([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?|\/)/y;
  pattern.lastIndex = start;
  for (;;) {
    const match = pattern.exec(html);
    if (!match) return { attributes, end: html.length };
    if (match[1]) return { attributes, end: pattern.lastIndex };
    if (match[2]) attributes[match[2].toLowerCase()] = match[3] ?? match[4] ?? match[5] ?? '';
  }
}
