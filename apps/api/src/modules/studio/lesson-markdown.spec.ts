import fc from 'fast-check';
import { ONBOARDING_PROGRAM } from '../../seed/content/onboarding-program';
import { renderLessonMarkdown } from './lesson-markdown';

describe('lesson Markdown', () => {
  it('keeps the formatting authors use', () => {
    expect(renderLessonMarkdown('## The founding\n\nIn **1837**, *Geneva*:\n\n- enamel\n- guilloché\n\n> L’heure juste')).toBe(
      '<h3>The founding</h3>\n<p>In <strong>1837</strong>, <em>Geneva</em>:</p>\n<ul>\n<li>enamel</li>\n<li>guilloché</li>\n</ul>\n<blockquote>\n<p>L’heure juste</p>\n</blockquote>',
    );
  });

  it('opens links safely in a new tab', () => {
    expect(renderLessonMarkdown('[Atelier](https://maison-aurele.example/atelier)')).toBe(
      '<p><a href="https://maison-aurele.example/atelier" rel="noopener noreferrer" target="_blank">Atelier</a></p>',
    );
  });

  it('removes scripts, event handlers, frames and dangerous links', () => {
    const hostile = [
      '<script>alert(1)</script>Hello',
      '<img src=x onerror="alert(1)">',
      '<a href="javascript:alert(1)">click</a>',
      '[click](javascript:alert(1))',
      '[data](data:text/html;base64,PHNjcmlwdD4=)',
      '<iframe src="https://evil.example"></iframe>',
      '<p onclick="steal()" style="color:red">text</p>',
      '<svg><script>alert(1)</script></svg>',
    ].join('\n\n');
    const html = renderLessonMarkdown(hostile);
    expect(html).not.toMatch(/<script|onerror|onclick|javascript:|data:|<iframe|<svg|<img|style=/i);
    expect(html).toContain('Hello');
    expect(html).toContain('click');
  });

  it('never lets markup outside the allowed list through, whatever the input', () => {
    const fragments = fc.constantFrom('<script>', '</script>', '<img src=x onerror=alert(1)>', 'javascript:', '[a](', ')', '<a href="', '">', '**', '\n\n', 'text', '<style>', '&#x6a;avascript:', '<div onmouseover=x>');
    fc.assert(
      fc.property(fc.array(fragments, { maxLength: 25 }), (parts) => {
        const html = renderLessonMarkdown(parts.join(''));
        // Real tags only: escaped text such as &lt;script&gt; is harmless and may stay (a value never holds a raw <).
        expect(html).not.toMatch(/<(script|img|style|div|iframe|svg)\b/i);
        // Attributes read as attributes: a title may well hold the text ` href="` or ` onclick=`, which is harmless.
        const tags = [...html.matchAll(/<([a-z][\w-]*)((?:\s[\w-]+="[^"]*")*)\s*\/?>/gi)];
        expect(tags).toHaveLength([...html.matchAll(/<[a-z]/gi)].length); // every tag read whole
        for (const [, tag, attributes] of tags) {
          for (const [, name, value] of attributes.matchAll(/\s([\w-]+)="([^"]*)"/g)) {
            expect(name).not.toMatch(/^on/i);
            if (tag.toLowerCase() === 'a' && name === 'href') expect(value).toMatch(/^(https?:|mailto:|\/(?!\/))/i);
          }
        }
      }),
    );
  });

  it('renders every rich-text block of the demo program to something', () => {
    const blocks = ONBOARDING_PROGRAM.modules.flatMap((module) => module.blocks).filter((block) => block.kind === 'RICH_TEXT');
    for (const block of blocks) {
      for (const text of Object.values(block.markdown)) expect(renderLessonMarkdown(text).length).toBeGreaterThan(0);
    }
    expect(blocks.length).toBeGreaterThan(10);
  });
});
