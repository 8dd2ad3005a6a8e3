import { aGroupSkillGap } from '../../testing/insights';
import { skillGapMatrix } from './skill-gap-matrix';

const byName = (a: string, b: string) => a.localeCompare(b, 'fr');

describe('skillGapMatrix', () => {
  it('puts groups in columns by name and skills in rows, the widest gap across groups first', () => {
    const matrix = skillGapMatrix(
      [
        aGroupSkillGap('g2', 'Paris Vendôme', 'heritage.founding', 'Le récit fondateur', 1, 4),
        aGroupSkillGap('g2', 'Paris Vendôme', 'product.calibre', 'Le calibre', 4, 4),
        aGroupSkillGap('g1', 'Genève Rhône', 'heritage.founding', 'Le récit fondateur', 6, 6),
        aGroupSkillGap('g1', 'Genève Rhône', 'product.calibre', 'Le calibre', 1, 6),
      ],
      byName,
    );
    expect(matrix.groups).toEqual([
      { id: 'g1', name: 'Genève Rhône', advisors: 6 },
      { id: 'g2', name: 'Paris Vendôme', advisors: 4 },
    ]);
    // 7 of 10 against 5 of 10: the founding story first, although Paris has more of a gap on the calibre.
    expect(matrix.skills.map((skill) => [skill.code, skill.share])).toEqual([
      ['heritage.founding', 0.7],
      ['product.calibre', 0.5],
    ]);
    expect(matrix.skills[1].cells.get('g2')).toEqual({ withGap: 4, advisors: 4, share: 1 });
  });

  it('orders skills with the same share by name, and leaves a group without a figure empty', () => {
    const matrix = skillGapMatrix([aGroupSkillGap('g1', 'Genève', 'b', 'Bracelets', 1, 2), aGroupSkillGap('g1', 'Genève', 'a', 'Aiguilles', 1, 2), aGroupSkillGap('g2', 'Paris', 'b', 'Bracelets', 1, 2)], byName);
    expect(matrix.skills.map((skill) => [skill.name, skill.share])).toEqual([
      ['Aiguilles', 0.5],
      ['Bracelets', 0.5],
    ]);
    expect(matrix.skills[0].cells.has('g2')).toBe(false);
  });

  it('is empty when there is nothing to show', () => {
    expect(skillGapMatrix([], byName)).toEqual({ groups: [], skills: [], noneShownYet: false });
  });

  it('knows when no advisor has shown anything yet: every figure a full gap', () => {
    const everyone = [aGroupSkillGap('g1', 'Genève', 'a', 'Aiguilles', 2, 2), aGroupSkillGap('g2', 'Paris', 'a', 'Aiguilles', 3, 3)];
    expect(skillGapMatrix(everyone, byName).noneShownYet).toBe(true);
    expect(skillGapMatrix([...everyone, aGroupSkillGap('g2', 'Paris', 'b', 'Bracelets', 2, 3)], byName).noneShownYet).toBe(false);
  });
});
