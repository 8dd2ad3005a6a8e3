import { toLessonBlocks } from './lesson-blocks';

describe('toLessonBlocks', () => {
  it('types every known block kind', () => {
    expect(
      toLessonBlocks([
        { kind: 'RICH_TEXT', markdown: 'Our **house**', html: '<p>Our <strong>house</strong></p>' },
        { kind: 'IMAGE', url: '/a.jpg', alt: 'The workshop', caption: '' },
        { kind: 'VIDEO', url: '/a.mp4', caption: 'A day in the atelier' },
        { kind: 'PRODUCT_CARD', reference: 'AUR-1', name: 'Calibre 1837', collection: 'Heritage', keySpecs: [{ label: 'Case', value: 'Gold' }, 'broken'] },
        { kind: 'TIMELINE_EVENT', date: '1837', title: 'The first workshop', story: 'A saddlery in Paris.' },
        { kind: 'KEY_FACT', text: 'One watchmaker per watch.' },
      ]),
    ).toEqual([
      { kind: 'RICH_TEXT', html: '<p>Our <strong>house</strong></p>' },
      { kind: 'IMAGE', url: '/a.jpg', alt: 'The workshop', caption: null },
      { kind: 'VIDEO', url: '/a.mp4', caption: 'A day in the atelier' },
      { kind: 'PRODUCT_CARD', reference: 'AUR-1', name: 'Calibre 1837', collection: 'Heritage', keySpecs: [{ label: 'Case', value: 'Gold' }] },
      { kind: 'TIMELINE_EVENT', date: '1837', title: 'The first workshop', story: 'A saddlery in Paris.' },
      { kind: 'KEY_FACT', text: 'One watchmaker per watch.' },
    ]);
  });

  it('leaves out kinds this app does not know yet and media without their address', () => {
    expect(toLessonBlocks([{ kind: 'HOLOGRAM', url: '/x' }, { kind: 'IMAGE', alt: 'No url' }, { kind: 'VIDEO', url: 42 }])).toEqual([]);
  });
});
