import { graphql } from '../../../generated';

/** Where the advisor stands in a module, as the player and the answers' results report it. */
export const LearnModuleProgressFragment = graphql(`
  fragment LearnModuleProgress_progress on ModuleProgress {
    status
    answered
    total
    score
    correctFirstTime
    perfect
    completedAt
    lessonReadAt
  }
`);

/** One step of a path: the module it opens, how long it takes and where the advisor stands. */
export const PathStepFragment = graphql(`
  fragment PathStep_step on PathStep {
    moduleId
    code
    kind
    title
    estimatedMinutes
    status
    certification
  }
`);

/** A program the advisor follows, with its steps in order and the next one to take. */
export const LearnEnrolmentFragment = graphql(`
  fragment LearnEnrolment_enrolment on Enrolment {
    id
    programId
    programTitle
    onboarding
    startsOn
    dueOn
    completedAt
    certifiedAt
    certificationScore
    certificationThreshold
    steps {
      ...PathStep_step
    }
    nextStep {
      ...PathStep_step
    }
  }
`);

/** Level, XP, streak and badges: read by Today's header, the progress page and the end of a module. */
export const LearnGamificationFragment = graphql(`
  fragment LearnGamification_gamification on MyGamification {
    totalXp
    xpToday
    leaderboardOptIn
    level {
      key
      index
      floorXp
      nextXp
      progress
    }
    streak {
      current
      longest
      atRisk
      freezeNeeded
      freezes
      activeToday
    }
    badges {
      code
      name
      description
      earned
      awardedAt
      current
      target
    }
  }
`);

export const MyEnrolmentsDocument = graphql(`
  query MyEnrolments($locale: String!) {
    myEnrolments(locale: $locale) {
      ...LearnEnrolment_enrolment
    }
  }
`);

export const MyGamificationDocument = graphql(`
  query MyGamification($locale: String!) {
    myGamification(locale: $locale) {
      ...LearnGamification_gamification
    }
  }
`);

/** What a module or challenge has earned, from the ledger: its XP, and whether every event is awarded yet (then it is final). */
export const RewardsEarnedFragment = graphql(`
  fragment Rewards_earned on EarnedXpModel {
    xp
    events
    awarded
  }
`);

/** What a module has earned the advisor so far (its answers and its completion). */
export const MyModuleXpDocument = graphql(`
  query MyModuleXp($moduleId: ID!) {
    myModuleXp(moduleId: $moduleId) {
      ...Rewards_earned
    }
  }
`);

/** What a challenge has earned the advisor so far (their answers to its items). */
export const MyChallengeXpDocument = graphql(`
  query MyChallengeXp($challengeId: ID!) {
    myChallengeXp(challengeId: $challengeId) {
      ...Rewards_earned
    }
  }
`);

export const TeamQuestDocument = graphql(`
  query TeamQuest {
    teamQuest {
      week
      boutiqueName
      total
      goal
      progress
      reached
    }
  }
`);

/**
 * A question as the advisor answers it, wherever it comes from (a module, today's challenge, the placement). Without
 * `answered`: that depends on where it is asked (a module, or since a challenge was generated), so each asks it apart.
 */
export const LearnerQuestionFragment = graphql(`
  fragment LearnerQuestion_question on LearnerQuestion {
    id
    versionId
    type
    prompt
    unit
    choices {
      id
      text
      imageUrl
      imageAlt
    }
    matchingLeft {
      id
      text
    }
    matchingRight {
      id
      text
    }
  }
`);

export const LearnerModuleDocument = graphql(`
  query LearnerModule($id: ID!, $locale: String!) {
    learnerModule(id: $id, locale: $locale) {
      id
      versionId
      code
      kind
      title
      summary
      estimatedMinutes
      blocks
      questions {
        ...LearnerQuestion_question
        answered
      }
      progress {
        ...LearnModuleProgress_progress
      }
    }
  }
`);

export const SubmitAnswerDocument = graphql(`
  mutation SubmitAnswer($input: SubmitAnswerInput!, $locale: String!) {
    submitAnswer(input: $input, locale: $locale) {
      attemptId
      questionId
      correct
      score
      explanation
      replayed
      moduleProgress {
        ...LearnModuleProgress_progress
      }
    }
  }
`);

export const CompleteLessonDocument = graphql(`
  mutation CompleteLesson($moduleVersionId: ID!, $readAt: DateTime, $sentAt: DateTime, $timeZone: String) {
    completeLesson(moduleVersionId: $moduleVersionId, readAt: $readAt, sentAt: $sentAt, timeZone: $timeZone) {
      ...LearnModuleProgress_progress
    }
  }
`);

export const LeaderboardDocument = graphql(`
  query Leaderboard($scope: LeaderboardScope!) {
    leaderboard(scope: $scope) {
      week
      optedIn
      viewerRank
      total
      rows {
        rank
        displayName
        xp
        isViewer
        gapBefore
      }
    }
  }
`);

export const SetLeaderboardConsentDocument = graphql(`
  mutation SetLeaderboardConsent($optIn: Boolean!) {
    setLeaderboardConsent(optIn: $optIn)
  }
`);

export const BadgeCredentialDocument = graphql(`
  query BadgeCredential($code: String!, $locale: String!) {
    badgeCredential(code: $code, locale: $locale) {
      awardId
      json
    }
  }
`);
