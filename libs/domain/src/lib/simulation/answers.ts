// Answers of simulated advisors, for the adaptive bench and the demo maison's history.
import type { QuestionKey } from '../assessment/question-key';
import { keyedAnswer, scoreAnswer, type Answer, type Score } from '../assessment/scoring';
import type { Random } from './random';

/**
 * The answer of someone who does not know (or slips): an option at random, a non-empty random set of options, a
 * random order, a random matching, a number off by 10–60 %. Scored by the app's own `scoreAnswer`, so partial
 * credit and lucky guesses are what the product would record.
 */
export function blindAnswer(key: QuestionKey, random: Random): Answer {
  switch (key.type) {
    case 'SINGLE_CHOICE':
    case 'IMAGE_CHOICE':
      return { type: key.type, optionId: key.options[random.below(key.options.length)].id };
    case 'MULTIPLE_CHOICE': {
      let chosen: string[] = [];
      while (!chosen.length) chosen = key.options.filter(() => random.chance(0.5)).map((option) => option.id);
      return { type: key.type, optionIds: chosen };
    }
    case 'TRUE_FALSE':
      return { type: key.type, value: random.chance(0.5) };
    case 'ORDERING':
      return { type: key.type, itemIds: random.shuffle(key.itemIds) };
    case 'MATCHING': {
      const rights = random.shuffle(key.pairs.map((pair) => pair.right));
      return { type: key.type, pairs: key.pairs.map((pair, i) => ({ left: pair.left, right: rights[i] })) };
    }
    case 'NUMERIC': {
      const off = random.uniform(0.1, 0.6) * (random.chance(0.5) ? 1 : -1);
      return { type: key.type, value: key.value === 0 ? off : key.value * (1 + off) };
    }
  }
}

export function respond(key: QuestionKey, knows: boolean, random: Random): Score {
  return scoreAnswer(key, knows ? keyedAnswer(key) : blindAnswer(key, random));
}
