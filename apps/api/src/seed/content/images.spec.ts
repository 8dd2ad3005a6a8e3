import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ONBOARDING_PROGRAM as PKG } from './onboarding-program';

/** The web app serves apps/web/public at the site root (Vite's default public dir), so /content/images/x.svg lives there. */
const WEB_PUBLIC = join(__dirname, '../../../../web/public');

/** Every image URL the demo content points at: lesson IMAGE blocks and the pictures of image-choice options. */
function imageUrls(): string[] {
  const urls = new Set<string>();
  for (const module of PKG.modules) for (const block of module.blocks) if (block.kind === 'IMAGE') urls.add(block.url);
  for (const question of PKG.questions) {
    for (const choice of Object.values(question.presentation.choices ?? {})) if (choice.imageUrl) urls.add(choice.imageUrl);
  }
  return [...urls].sort();
}

describe('the demo content images', () => {
  const urls = imageUrls();

  it('references images, all under /content/images', () => {
    expect(urls.length).toBeGreaterThanOrEqual(40);
    expect(urls.filter((url) => !/^\/content\/images\/[a-z0-9-]+\.svg$/.test(url))).toEqual([]);
  });

  it('ships a file in apps/web/public for every image it references', () => {
    expect(urls.filter((url) => !existsSync(join(WEB_PUBLIC, url)))).toEqual([]);
  });

  it.each(urls)('%s is a small, self-contained SVG document', (url) => {
    const file = join(WEB_PUBLIC, url);
    const svg = readFileSync(file, 'utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(svg).not.toMatch(/<script|<image|<foreignObject|\bon[a-z]+\s*=|javascript:|(?:href|src)\s*=\s*["'](?!#)/i);
    expect(Buffer.byteLength(svg)).toBeLessThan(8 * 1024);
  });
});
