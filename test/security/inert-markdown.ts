/**
 * Markdown as GitHub would render it (markdown-it with raw HTML and autolinks on; GitHub's autolink extension
 * links `www.` and `scheme://` text and e-mail addresses, not bare domain names, hence no fuzzy links), and
 * the check that nothing from data came alive: no image or active element, no link but the ones we made, and
 * no @mention, issue reference or link text outside code.
 */
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: true, linkify: true });
md.linkify.set({ fuzzyLink: false });

export function render(markdown: string): string {
  return md.render(markdown);
}

/** Distinctive hostile pieces: each must show as text and never act. */
export const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '`<img src=x>`',
  '``<img src=y>``',
  '![i](https://evil.example/i.png)',
  '[click](https://evil.example/c)',
  'https://evil.example/bare',
  'www.evil.example',
  '@evil-user',
  '@evil-org/team',
  'evil/repo#4242',
  '#4242',
  'GH-4242',
  'mail@evil.example',
  '<script>alert(1)</script>',
  '<details open><summary>x</summary>',
  '</td></tr><tr><td>',
  '| forged | cell |',
  '\n# forged heading\n',
  '\n- forged item',
  '```\n<img src=z>\n```',
  '$\\href{https://evil.example}{x}$',
  '&lt;img src=e&gt;',
  '&#64;evil-user',
  '**bold** _em_ ~~del~~',
  '\\',
  '\r\n',
];

const ALLOWED_TAGS = new Set(['p', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'code', 'pre', 'ul', 'ol', 'li', 'strong', 'em', 'br', 'details', 'summary', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'hr', 'a']);

function decode(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Problems found in rendered HTML; `ours` tells the links we put there ourselves. */
export function liveParts(html: string, ours: (href: string) => boolean = () => false): string[] {
  const problems: string[] = [];
  for (const m of html.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)) {
    const tag = m[1]!.toLowerCase();
    if (!ALLOWED_TAGS.has(tag)) problems.push(`element <${tag}>`);
    if (tag === 'a' && !m[0].startsWith('</')) {
      const href = /href="([^"]*)"/.exec(m[2] ?? '')?.[1] ?? '';
      if (!ours(decode(href))) problems.push(`link ${href}`);
    }
    if (/\son\w+=|style=|src=/i.test(m[2] ?? '')) problems.push(`attribute in ${m[0]}`);
  }
  // Text outside code: what GitHub scans for mentions, references and autolinks.
  const text = decode(html.replace(/<pre[\s\S]*?<\/pre>/g, ' ').replace(/<code>[\s\S]*?<\/code>/g, ' ').replace(/<[^>]+>/g, ' '));
  for (const [what, re] of [
    ['mention', /@evil-(user|org)/],
    ['issue reference', /#4242|GH-4242/i],
    ['bare link', /(https?:\/\/|www\.)evil\.example/],
    ['e-mail link', /mail@evil\.example/],
  ] as const) {
    if (re.test(text)) problems.push(`${what} in text: ${re.exec(text)![0]}`);
  }
  if (/<(h1)>forged/.test(html) || /<li>forged/.test(html)) problems.push('a block from data');
  return problems;
}
