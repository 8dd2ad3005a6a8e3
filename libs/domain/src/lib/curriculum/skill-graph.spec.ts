import fc from 'fast-check';
import { findPrerequisiteCycle, prerequisiteOrder } from './skill-graph';

describe('skill prerequisites', () => {
  it('finds no cycle in a DAG and orders prerequisites first', () => {
    const edges = [
      { skill: 'chronograph-mechanics', prerequisite: 'movement-basics' },
      { skill: 'calibre-a1-chronograph', prerequisite: 'chronograph-mechanics' },
      { skill: 'calibre-a1-chronograph', prerequisite: 'founding-story' },
    ];
    expect(findPrerequisiteCycle(edges)).toBeNull();
    expect(prerequisiteOrder(['calibre-a1-chronograph', 'chronograph-mechanics', 'founding-story', 'movement-basics'], edges)).toEqual([
      'founding-story',
      'movement-basics',
      'chronograph-mechanics',
      'calibre-a1-chronograph',
    ]);
  });

  it('names the cycle so an author can break it', () => {
    const edges = [
      { skill: 'objections', prerequisite: 'presenting' },
      { skill: 'presenting', prerequisite: 'discovery-questions' },
      { skill: 'discovery-questions', prerequisite: 'objections' },
    ];
    expect(findPrerequisiteCycle(edges)).toEqual(['discovery-questions', 'objections', 'presenting', 'discovery-questions']);
    expect(() => prerequisiteOrder(['objections'], edges)).toThrow('Prerequisite cycle: discovery-questions → objections → presenting → discovery-questions');
    expect(findPrerequisiteCycle([{ skill: 'a', prerequisite: 'a' }])).toEqual(['a', 'a']);
  });

  it('orders any acyclic graph so every prerequisite comes first', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(9), fc.nat(9)), { maxLength: 30 }), (pairs) => {
        // Edges only from a higher to a lower number: acyclic by construction.
        const edges = pairs.filter(([a, b]) => a > b).map(([a, b]) => ({ skill: `s${a}`, prerequisite: `s${b}` }));
        const skills = Array.from({ length: 10 }, (_, i) => `s${i}`);
        const order = prerequisiteOrder(skills, edges);
        expect([...order].sort()).toEqual([...skills].sort());
        for (const edge of edges) expect(order.indexOf(edge.prerequisite)).toBeLessThan(order.indexOf(edge.skill));
      }),
    );
  });
});
