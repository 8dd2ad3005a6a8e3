import { parseTextPath } from './text-path';

describe('parseTextPath', () => {
  it('reads top-level texts', () => {
    expect(parseTextPath('title')).toEqual({ kind: 'field', field: 'title' });
    expect(parseTextPath('explanation')).toEqual({ kind: 'field', field: 'explanation' });
  });

  it('counts blocks and key specs from 1, as authors do', () => {
    expect(parseTextPath('blocks[2].story')).toEqual({ kind: 'block', block: 3, field: 'story' });
    expect(parseTextPath('blocks[0].keySpecs[1].value')).toEqual({ kind: 'keySpec', block: 1, spec: 2, field: 'value' });
  });

  it('names choices by their id', () => {
    expect(parseTextPath('choices.b.text')).toEqual({ kind: 'choice', choice: 'b' });
    expect(parseTextPath('choices.c3.imageAlt')).toEqual({ kind: 'choiceImage', choice: 'c3' });
  });

  it('leaves unknown paths to be shown as they are', () => {
    expect(parseTextPath('blocks[2].url')).toBeNull();
    expect(parseTextPath('glossary.term')).toBeNull();
    expect(parseTextPath('')).toBeNull();
  });
});
