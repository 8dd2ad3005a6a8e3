import { Injectable } from '@nestjs/common';
import { cardsAfterAnswer, implicitlyReviewed, isMastered, isPacedReview, judgedMastery, masteryProbability, mixtureAfterAnswer, paceAfterReview, predictSuccess, priorSkill, skillAt, updateOnAnswer, type SkillEstimate } from '@savoir/domain';
import { In, type EntityManager } from 'typeorm';
import type { AttemptEntity } from '../learning/entities/attempt.entity';
import { LearnerModelHook } from '../learning/learner-model.hook';
import { lockLearner } from '../learning/learner-lock';
import { MaisonEntity } from '../organisation/entities/maison.entity';
import type { QuestionVersionEntity } from '../studio/entities/question.entity';
import { ItemCalibrationEntity, ItemResponseEntity, ReviewCardEntity } from './entities/learner-model.entity';
import { loadEstimates, loadMixture, loadPace, loadSkillGraph, lockItem, saveEstimates, saveJudgement, savePace } from './learner-state';

/**
 * The learner model, moved in the transaction that records each answer (libs/domain `updateOnAnswer`): the
 * advisor's ability on the question's skills (and, through credit or blame, their direct prerequisites), the
 * question's difficulty, the response calibration re-reads at night, the judgement of what the advisor knows
 * (`mixtureAfterAnswer`, `judgedMastery`), the advisor's review pace when the answer was a review, and the FSRS
 * review card of each skill, spaced at that pace (with, for a right answer, the prerequisites it recalled:
 * `cardsAfterAnswer`).
 */
@Injectable()
export class AdaptiveLearnerModel extends LearnerModelHook {
  async onAttempt(manager: EntityManager, attempt: AttemptEntity, question: QuestionVersionEntity): Promise<void> {
    await lockLearner(manager, attempt.userId);
    const graph = await loadSkillGraph(manager);
    const skills = question.skills.filter((code) => graph.category.has(code));
    if (!skills.length) return;
    // Every skill: the judgement after this answer is of all of them.
    const estimates = await loadEstimates(manager, attempt.userId);
    const item = await lockItem(manager, attempt.maisonId, question);
    const before = (code: string) => skillAt(estimates.get(code) ?? priorSkill(), attempt.answeredAt);
    const modelPrediction = predictSuccess(skills.map(before), item);
    const update = updateOnAnswer(estimates, { itemSkills: skills, item, score: attempt.score, at: attempt.answeredAt }, graph.prerequisites);

    await saveEstimates(manager, attempt.maisonId, attempt.userId, update.skills);
    const mixture = mixtureAfterAnswer(await loadMixture(manager, attempt.userId), graph.judgement, { skills, guess: item.guess, correct: attempt.correct, at: attempt.answeredAt, modelPrediction });
    const after = (code: string) => masteryProbability(update.skills.get(code) ?? estimates.get(code) ?? priorSkill());
    await saveJudgement(manager, attempt.maisonId, attempt.userId, mixture, judgedMastery(mixture, after, graph.judgement.order));
    await manager.update(ItemCalibrationEntity, { questionId: question.questionId }, { difficulty: update.item.difficulty, variance: update.item.variance, responses: update.item.responses });
    await manager.insert(ItemResponseEntity, { attemptId: attempt.id, maisonId: attempt.maisonId, questionId: question.questionId, ability: abilityOf(skills, estimates), score: attempt.score });

    const { desiredRetention } = await manager.findOneByOrFail(MaisonEntity, { id: attempt.maisonId });
    const touched = [...skills, ...implicitlyReviewed(skills, graph.prerequisites)];
    const cards = new Map((await manager.findBy(ReviewCardEntity, { userId: attempt.userId, skillCode: In(touched) })).map((row) => [row.skillCode, row.card]));
    // A due skill the advisor held as mastered before answering tests their pace; the new pace spaces the next reviews.
    const reviewed = skills.filter((code) => isPacedReview(cards.get(code) ?? null, isMastered(before(code)), attempt.answeredAt));
    const pace = reviewed.reduce((current) => paceAfterReview(current, { score: attempt.score, guess: item.guess }, desiredRetention), await loadPace(manager, attempt.userId));
    if (reviewed.length) await savePace(manager, attempt.maisonId, attempt.userId, pace);
    const reviews = cardsAfterAnswer(cards, { skills, score: attempt.score, at: attempt.answeredAt }, graph.prerequisites, desiredRetention, pace.scale);
    await manager.upsert(
      ReviewCardEntity,
      [...reviews].map(([skillCode, card]) => ({ userId: attempt.userId, skillCode, maisonId: attempt.maisonId, card, dueAt: new Date(card.due) })),
      ['userId', 'skillCode'],
    );
  }
}

/** The ability the item met: the mean of its skills' abilities before the answer (the prior's for a skill never seen). */
function abilityOf(skills: readonly string[], estimates: ReadonlyMap<string, SkillEstimate>): number {
  return skills.reduce((sum, code) => sum + (estimates.get(code) ?? priorSkill()).mean, 0) / skills.length;
}
