/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AuditTrail_entry on AuditEntry {\n    id\n    action\n    actorName\n    createdAt\n    changes {\n      field\n      before\n      after\n    }\n  }\n": typeof types.AuditTrail_EntryFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n      viewer {\n        ...SessionViewer\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation RefreshSession {\n    refreshSession {\n      accessToken\n      expiresAt\n      viewer {\n        ...SessionViewer\n      }\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation UpdateMyLocale($locale: String!) {\n    updateMyLocale(locale: $locale) {\n      ...SessionViewer\n    }\n  }\n": typeof types.UpdateMyLocaleDocument,
    "\n  fragment SessionViewer on Viewer {\n    id\n    email\n    displayName\n    roles\n    locale\n    timezone\n    maison {\n      id\n      name\n      slug\n    }\n  }\n": typeof types.SessionViewerFragmentDoc,
    "\n  fragment CohortsTable_cohort on Cohort {\n    id\n    name\n    kind\n    description\n    memberCount\n  }\n": typeof types.CohortsTable_CohortFragmentDoc,
    "\n  fragment CohortMembers_cohort on Cohort {\n    id\n    memberCount\n    members {\n      id\n      email\n      displayName\n      active\n      boutique {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CohortMembers_CohortFragmentDoc,
    "\n  query AdminCohorts {\n    cohorts {\n      id\n      ...CohortsTable_cohort\n    }\n  }\n": typeof types.AdminCohortsDocument,
    "\n  query AdminCohort($id: ID!) {\n    cohort(id: $id) {\n      id\n      ...CohortsTable_cohort\n      ...CohortMembers_cohort\n    }\n  }\n": typeof types.AdminCohortDocument,
    "\n  query CohortMemberCandidates($filter: UserFilterInput, $limit: Int!) {\n    users(filter: $filter, offset: 0, limit: $limit) {\n      total\n      items {\n        id\n        email\n        displayName\n      }\n    }\n  }\n": typeof types.CohortMemberCandidatesDocument,
    "\n  mutation CreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      id\n      ...CohortsTable_cohort\n    }\n  }\n": typeof types.CreateCohortDocument,
    "\n  mutation UpdateCohort($input: UpdateCohortInput!) {\n    updateCohort(input: $input) {\n      id\n      ...CohortsTable_cohort\n    }\n  }\n": typeof types.UpdateCohortDocument,
    "\n  mutation AddCohortMembers($input: CohortMembersInput!) {\n    addCohortMembers(input: $input) {\n      id\n      ...CohortMembers_cohort\n    }\n  }\n": typeof types.AddCohortMembersDocument,
    "\n  mutation RemoveCohortMembers($input: CohortMembersInput!) {\n    removeCohortMembers(input: $input) {\n      id\n      ...CohortMembers_cohort\n    }\n  }\n": typeof types.RemoveCohortMembersDocument,
    "\n  fragment ItemStatisticsTable_item on ItemStatistics {\n    questionId\n    code\n    version\n    type\n    prompt {\n      text(locale: $locale)\n    }\n    attempts\n    learners\n    difficulty\n    discrimination\n    upperLowerIndex\n    flags\n    choices {\n      optionId\n      label {\n        text(locale: $locale)\n      }\n      count\n      share\n    }\n  }\n": typeof types.ItemStatisticsTable_ItemFragmentDoc,
    "\n  fragment ItemStatisticsReport on ItemStatisticsReport {\n    analysedAt\n    pending\n    items {\n      ...ItemStatisticsTable_item\n    }\n  }\n": typeof types.ItemStatisticsReportFragmentDoc,
    "\n  query StudioItemStatistics($locale: String!) {\n    itemStatistics {\n      ...ItemStatisticsReport\n    }\n  }\n": typeof types.StudioItemStatisticsDocument,
    "\n  mutation RequestItemStatistics($locale: String!) {\n    requestItemStatistics {\n      ...ItemStatisticsReport\n    }\n  }\n": typeof types.RequestItemStatisticsDocument,
    "\n  fragment TranslationGapList_gap on TranslationGap {\n    entityType\n    entityId\n    code\n    path\n    status\n    source\n    text\n  }\n": typeof types.TranslationGapList_GapFragmentDoc,
    "\n  query TranslationSourceLocale {\n    me {\n      id\n      maison {\n        id\n        defaultLocale\n      }\n    }\n  }\n": typeof types.TranslationSourceLocaleDocument,
    "\n  query StudioTranslationGaps($locale: String!) {\n    translationGaps(locale: $locale) {\n      ...TranslationGapList_gap\n    }\n  }\n": typeof types.StudioTranslationGapsDocument,
    "\n  query InsightsSkillGaps($scope: GapScope!, $locale: String!, $regionId: ID) {\n    skillGaps(scope: $scope, locale: $locale, regionId: $regionId) {\n      groupId\n      groupName\n      skill {\n        code\n        name\n      }\n      advisors\n      withGap\n      share\n    }\n  }\n": typeof types.InsightsSkillGapsDocument,
    "\n  query InsightsRegions {\n    regions {\n      id\n      name\n    }\n  }\n": typeof types.InsightsRegionsDocument,
    "\n  fragment ChallengeCard_challenge on Challenge {\n    id\n    kind\n    completed\n    expiresAt\n    items {\n      reason\n      answered\n      skill {\n        code\n        name\n      }\n    }\n  }\n": typeof types.ChallengeCard_ChallengeFragmentDoc,
    "\n  query TodayChallenge($locale: String!) {\n    todayChallenge(locale: $locale) {\n      ...ChallengeCard_challenge\n      items {\n        correct\n        question {\n          ...LearnerQuestion_question\n        }\n      }\n    }\n  }\n": typeof types.TodayChallengeDocument,
    "\n  fragment PersonalPathSteps_path on PersonalPath {\n    programId\n    programTitle\n    skipped\n    steps {\n      moduleId\n      title\n      kind\n      estimatedMinutes\n      status\n      reason\n      skills {\n        code\n        name\n      }\n    }\n  }\n": typeof types.PersonalPathSteps_PathFragmentDoc,
    "\n  query MyPath($locale: String!) {\n    myPath(locale: $locale) {\n      ...PersonalPathSteps_path\n    }\n  }\n": typeof types.MyPathDocument,
    "\n  fragment GapList_gap on KnowledgeGap {\n    skill {\n      code\n      name\n    }\n    masteryProbability\n    ready\n    underlying {\n      code\n      name\n    }\n    wrong\n    recent\n  }\n": typeof types.GapList_GapFragmentDoc,
    "\n  query MyGaps($locale: String!) {\n    myGaps(locale: $locale) {\n      ...GapList_gap\n    }\n  }\n": typeof types.MyGapsDocument,
    "\n  fragment KnownSkills_skill on SkillMastery {\n    skill {\n      code\n      name\n    }\n    mastered\n    reviewDueAt\n  }\n": typeof types.KnownSkills_SkillFragmentDoc,
    "\n  query MySkills($locale: String!) {\n    mySkills(locale: $locale) {\n      ...KnownSkills_skill\n    }\n  }\n": typeof types.MySkillsDocument,
    "\n  fragment PlacementPlayer_placement on Placement {\n    status\n    asked\n    maxItems\n    question {\n      ...LearnerQuestion_question\n    }\n    masteredSkills {\n      code\n      name\n    }\n  }\n": typeof types.PlacementPlayer_PlacementFragmentDoc,
    "\n  query MyPlacement($locale: String!) {\n    myPlacement(locale: $locale) {\n      ...PlacementPlayer_placement\n    }\n  }\n": typeof types.MyPlacementDocument,
    "\n  mutation NextPlacementQuestion($locale: String!) {\n    nextPlacementQuestion(locale: $locale) {\n      ...PlacementPlayer_placement\n    }\n  }\n": typeof types.NextPlacementQuestionDocument,
    "\n  fragment LearnModuleProgress_progress on ModuleProgress {\n    status\n    answered\n    total\n    score\n    correctFirstTime\n    perfect\n    completedAt\n    lessonReadAt\n  }\n": typeof types.LearnModuleProgress_ProgressFragmentDoc,
    "\n  fragment PathStep_step on PathStep {\n    moduleId\n    code\n    kind\n    title\n    estimatedMinutes\n    status\n    certification\n  }\n": typeof types.PathStep_StepFragmentDoc,
    "\n  fragment LearnEnrolment_enrolment on Enrolment {\n    id\n    programId\n    programTitle\n    onboarding\n    startsOn\n    dueOn\n    completedAt\n    certifiedAt\n    certificationScore\n    certificationThreshold\n    steps {\n      ...PathStep_step\n    }\n    nextStep {\n      ...PathStep_step\n    }\n  }\n": typeof types.LearnEnrolment_EnrolmentFragmentDoc,
    "\n  fragment LearnGamification_gamification on MyGamification {\n    totalXp\n    xpToday\n    leaderboardOptIn\n    level {\n      key\n      index\n      floorXp\n      nextXp\n      progress\n    }\n    streak {\n      current\n      longest\n      atRisk\n      freezeNeeded\n      freezes\n      activeToday\n    }\n    badges {\n      code\n      name\n      description\n      earned\n      awardedAt\n      current\n      target\n    }\n  }\n": typeof types.LearnGamification_GamificationFragmentDoc,
    "\n  query MyEnrolments($locale: String!) {\n    myEnrolments(locale: $locale) {\n      ...LearnEnrolment_enrolment\n    }\n  }\n": typeof types.MyEnrolmentsDocument,
    "\n  query MyGamification($locale: String!) {\n    myGamification(locale: $locale) {\n      ...LearnGamification_gamification\n    }\n  }\n": typeof types.MyGamificationDocument,
    "\n  fragment Rewards_earned on EarnedXpModel {\n    xp\n    events\n    awarded\n  }\n": typeof types.Rewards_EarnedFragmentDoc,
    "\n  query MyModuleXp($moduleId: ID!) {\n    myModuleXp(moduleId: $moduleId) {\n      ...Rewards_earned\n    }\n  }\n": typeof types.MyModuleXpDocument,
    "\n  query MyChallengeXp($challengeId: ID!) {\n    myChallengeXp(challengeId: $challengeId) {\n      ...Rewards_earned\n    }\n  }\n": typeof types.MyChallengeXpDocument,
    "\n  query TeamQuest {\n    teamQuest {\n      week\n      boutiqueName\n      total\n      goal\n      progress\n      reached\n    }\n  }\n": typeof types.TeamQuestDocument,
    "\n  fragment LearnerQuestion_question on LearnerQuestion {\n    id\n    versionId\n    type\n    prompt\n    unit\n    choices {\n      id\n      text\n      imageUrl\n      imageAlt\n    }\n    matchingLeft {\n      id\n      text\n    }\n    matchingRight {\n      id\n      text\n    }\n  }\n": typeof types.LearnerQuestion_QuestionFragmentDoc,
    "\n  query LearnerModule($id: ID!, $locale: String!) {\n    learnerModule(id: $id, locale: $locale) {\n      id\n      versionId\n      code\n      kind\n      title\n      summary\n      estimatedMinutes\n      blocks\n      questions {\n        ...LearnerQuestion_question\n        answered\n      }\n      progress {\n        ...LearnModuleProgress_progress\n      }\n    }\n  }\n": typeof types.LearnerModuleDocument,
    "\n  mutation SubmitAnswer($input: SubmitAnswerInput!, $locale: String!) {\n    submitAnswer(input: $input, locale: $locale) {\n      attemptId\n      questionId\n      correct\n      score\n      explanation\n      replayed\n      moduleProgress {\n        ...LearnModuleProgress_progress\n      }\n    }\n  }\n": typeof types.SubmitAnswerDocument,
    "\n  mutation CompleteLesson($moduleVersionId: ID!, $readAt: DateTime, $sentAt: DateTime, $timeZone: String) {\n    completeLesson(moduleVersionId: $moduleVersionId, readAt: $readAt, sentAt: $sentAt, timeZone: $timeZone) {\n      ...LearnModuleProgress_progress\n    }\n  }\n": typeof types.CompleteLessonDocument,
    "\n  query Leaderboard($scope: LeaderboardScope!) {\n    leaderboard(scope: $scope) {\n      week\n      optedIn\n      viewerRank\n      total\n      rows {\n        rank\n        displayName\n        xp\n        isViewer\n        gapBefore\n      }\n    }\n  }\n": typeof types.LeaderboardDocument,
    "\n  mutation SetLeaderboardConsent($optIn: Boolean!) {\n    setLeaderboardConsent(optIn: $optIn)\n  }\n": typeof types.SetLeaderboardConsentDocument,
    "\n  query BadgeCredential($code: String!, $locale: String!) {\n    badgeCredential(code: $code, locale: $locale) {\n      awardId\n      json\n    }\n  }\n": typeof types.BadgeCredentialDocument,
    "\n  fragment ModulesTable_module on Module {\n    id\n    code\n    kind\n    latest {\n      id\n      version\n      status\n      title {\n        text(locale: $locale)\n      }\n      authorship {\n        lastEditorId\n        lastEditorName\n        updatedAt\n      }\n    }\n    published {\n      id\n      version\n    }\n  }\n": typeof types.ModulesTable_ModuleFragmentDoc,
    "\n  fragment ModuleEditor_version on ModuleVersion {\n    id\n    version\n    status\n    content\n    estimatedMinutes\n    targetSkills\n    questions\n    title {\n      sourceLocale\n      text(locale: $locale)\n      translations {\n        locale\n        status\n      }\n    }\n    texts {\n      path\n      text {\n        ...LocalisedTexts_text\n      }\n    }\n    authorship {\n      lastEditorId\n      lastEditorName\n      updatedAt\n      publishedAt\n    }\n  }\n": typeof types.ModuleEditor_VersionFragmentDoc,
    "\n  fragment ModuleEditor_module on Module {\n    id\n    code\n    kind\n    latest {\n      id\n      ...ModuleEditor_version\n    }\n    published {\n      id\n      version\n      status\n    }\n  }\n": typeof types.ModuleEditor_ModuleFragmentDoc,
    "\n  query StudioModules($locale: String!, $status: ContentStatus) {\n    me {\n      id\n      maison {\n        id\n        defaultLocale\n      }\n    }\n    modules(status: $status) {\n      id\n      ...ModulesTable_module\n    }\n  }\n": typeof types.StudioModulesDocument,
    "\n  query StudioModule($id: ID!, $locale: String!) {\n    me {\n      id\n      maison {\n        id\n        defaultLocale\n        fourEyesPublishing\n      }\n    }\n    module(id: $id) {\n      id\n      ...ModuleEditor_module\n    }\n    skills {\n      id\n      code\n      name {\n        text(locale: $locale)\n      }\n    }\n  }\n": typeof types.StudioModuleDocument,
    "\n  query ModuleQuestionBank($locale: String!, $filter: QuestionFilterInput!, $limit: Int!) {\n    questions(filter: $filter, limit: $limit) {\n      total\n      items {\n        id\n        code\n        latest {\n          id\n          status\n          prompt {\n            text(locale: $locale)\n          }\n        }\n      }\n    }\n  }\n": typeof types.ModuleQuestionBankDocument,
    "\n  query ModuleHistory($entityId: ID!) {\n    auditTrail(entityType: \"module\", entityId: $entityId) {\n      id\n      ...AuditTrail_entry\n    }\n  }\n": typeof types.ModuleHistoryDocument,
    "\n  query PreviewLessonMarkdown($markdown: String!) {\n    previewLessonMarkdown(markdown: $markdown)\n  }\n": typeof types.PreviewLessonMarkdownDocument,
    "\n  mutation CreateModule($input: CreateModuleInput!, $locale: String!) {\n    createModule(input: $input) {\n      id\n      ...ModulesTable_module\n    }\n  }\n": typeof types.CreateModuleDocument,
    "\n  mutation SaveModuleDraft($input: SaveModuleDraftInput!, $locale: String!) {\n    saveModuleDraft(input: $input) {\n      id\n      ...ModulesTable_module\n      ...ModuleEditor_module\n    }\n  }\n": typeof types.SaveModuleDraftDocument,
    "\n  mutation ReviewModule($input: ReviewModuleInput!, $locale: String!) {\n    reviewModule(input: $input) {\n      id\n      ...ModulesTable_module\n      ...ModuleEditor_module\n    }\n  }\n": typeof types.ReviewModuleDocument,
    "\n  fragment LocalisedTexts_text on LocalisedText {\n    sourceLocale\n    translations {\n      locale\n      status\n      text\n    }\n  }\n": typeof types.LocalisedTexts_TextFragmentDoc,
    "\n  fragment BoutiqueRow_boutique on Boutique {\n    id\n    name\n    city\n    country\n    timezone\n    locale\n    advisorCount\n    region {\n      id\n    }\n  }\n": typeof types.BoutiqueRow_BoutiqueFragmentDoc,
    "\n  fragment RegionCard_region on Region {\n    id\n    name\n    boutiques {\n      id\n      ...BoutiqueRow_boutique\n    }\n  }\n": typeof types.RegionCard_RegionFragmentDoc,
    "\n  query AdminRegions {\n    regions {\n      id\n      ...RegionCard_region\n    }\n  }\n": typeof types.AdminRegionsDocument,
    "\n  mutation CreateRegion($input: CreateRegionInput!) {\n    createRegion(input: $input) {\n      id\n      ...RegionCard_region\n    }\n  }\n": typeof types.CreateRegionDocument,
    "\n  mutation UpdateRegion($input: UpdateRegionInput!) {\n    updateRegion(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.UpdateRegionDocument,
    "\n  mutation CreateBoutique($input: CreateBoutiqueInput!) {\n    createBoutique(input: $input) {\n      id\n      ...BoutiqueRow_boutique\n    }\n  }\n": typeof types.CreateBoutiqueDocument,
    "\n  mutation UpdateBoutique($input: UpdateBoutiqueInput!) {\n    updateBoutique(input: $input) {\n      id\n      ...BoutiqueRow_boutique\n    }\n  }\n": typeof types.UpdateBoutiqueDocument,
    "\n  fragment ProgramsTable_program on Program {\n    id\n    code\n    onboarding\n    certificationThreshold\n    title {\n      sourceLocale\n      text(locale: $locale)\n    }\n    modules {\n      id\n    }\n  }\n": typeof types.ProgramsTable_ProgramFragmentDoc,
    "\n  fragment ProgramOutline_module on Module {\n    id\n    code\n    kind\n    latest {\n      id\n      version\n      status\n      estimatedMinutes\n      title {\n        text(locale: $locale)\n      }\n    }\n    published {\n      id\n      version\n    }\n  }\n": typeof types.ProgramOutline_ModuleFragmentDoc,
    "\n  fragment ProgramTexts_program on Program {\n    id\n    title {\n      text(locale: $locale)\n      ...LocalisedTexts_text\n    }\n    description {\n      ...LocalisedTexts_text\n    }\n  }\n": typeof types.ProgramTexts_ProgramFragmentDoc,
    "\n  fragment ProgramDetail_program on Program {\n    id\n    code\n    onboarding\n    certificationThreshold\n    targetSkills\n    updatedAt\n    ...ProgramTexts_program\n    modules {\n      id\n      ...ProgramOutline_module\n    }\n  }\n": typeof types.ProgramDetail_ProgramFragmentDoc,
    "\n  query StudioPrograms($locale: String!) {\n    me {\n      id\n      maison {\n        id\n        defaultLocale\n      }\n    }\n    programs {\n      id\n      ...ProgramsTable_program\n    }\n  }\n": typeof types.StudioProgramsDocument,
    "\n  query StudioProgram($id: ID!, $locale: String!) {\n    program(id: $id) {\n      id\n      ...ProgramDetail_program\n    }\n    modules {\n      id\n      ...ProgramOutline_module\n    }\n    skills {\n      id\n      code\n      name {\n        text(locale: $locale)\n      }\n    }\n  }\n": typeof types.StudioProgramDocument,
    "\n  query ExportProgramPackage($programId: ID!) {\n    exportProgramPackage(programId: $programId) {\n      fileName\n      json\n      checksum\n    }\n  }\n": typeof types.ExportProgramPackageDocument,
    "\n  mutation CreateProgram($input: CreateProgramInput!, $locale: String!) {\n    createProgram(input: $input) {\n      id\n      ...ProgramsTable_program\n    }\n  }\n": typeof types.CreateProgramDocument,
    "\n  mutation UpdateProgram($input: UpdateProgramInput!, $locale: String!) {\n    updateProgram(input: $input) {\n      id\n      ...ProgramsTable_program\n      ...ProgramDetail_program\n    }\n  }\n": typeof types.UpdateProgramDocument,
    "\n  mutation SetProgramModules($input: SetProgramModulesInput!, $locale: String!) {\n    setProgramModules(input: $input) {\n      id\n      updatedAt\n      modules {\n        id\n        ...ProgramOutline_module\n      }\n    }\n  }\n": typeof types.SetProgramModulesDocument,
    "\n  mutation ImportProgramPackage($json: String!) {\n    importProgramPackage(json: $json) {\n      program\n      skills {\n        created\n        updated\n      }\n      modules {\n        created\n        updated\n      }\n      questions {\n        created\n        updated\n      }\n    }\n  }\n": typeof types.ImportProgramPackageDocument,
    "\n  fragment QuestionsTable_question on Question {\n    id\n    code\n    latest {\n      id\n      version\n      status\n      type\n      difficulty\n      skills\n      prompt {\n        sourceLocale\n        text(locale: $locale)\n      }\n    }\n    published {\n      id\n      version\n    }\n  }\n": typeof types.QuestionsTable_QuestionFragmentDoc,
    "\n  fragment QuestionEditor_question on Question {\n    id\n    code\n    latest {\n      id\n      version\n      status\n      type\n      content\n      texts {\n        path\n        text {\n          sourceLocale\n          translations {\n            locale\n            status\n          }\n        }\n      }\n      authorship {\n        lastEditorId\n        lastEditorName\n        updatedAt\n        publishedAt\n      }\n    }\n    published {\n      id\n      version\n    }\n  }\n": typeof types.QuestionEditor_QuestionFragmentDoc,
    "\n  query StudioQuestions($locale: String!, $filter: QuestionFilterInput, $offset: Int!, $limit: Int!) {\n    questions(filter: $filter, offset: $offset, limit: $limit) {\n      items {\n        id\n        ...QuestionsTable_question\n      }\n      total\n    }\n  }\n": typeof types.StudioQuestionsDocument,
    "\n  query QuestionEditorContext {\n    me {\n      id\n      maison {\n        id\n        defaultLocale\n        fourEyesPublishing\n      }\n    }\n    skills {\n      id\n      code\n    }\n  }\n": typeof types.QuestionEditorContextDocument,
    "\n  query StudioQuestion($id: ID!) {\n    question(id: $id) {\n      id\n      ...QuestionEditor_question\n    }\n  }\n": typeof types.StudioQuestionDocument,
    "\n  query QuestionHistory($entityId: ID!) {\n    auditTrail(entityType: \"question\", entityId: $entityId) {\n      id\n      ...AuditTrail_entry\n    }\n  }\n": typeof types.QuestionHistoryDocument,
    "\n  mutation CreateQuestion($input: CreateQuestionInput!) {\n    createQuestion(input: $input) {\n      id\n      ...QuestionEditor_question\n    }\n  }\n": typeof types.CreateQuestionDocument,
    "\n  mutation SaveQuestionDraft($input: SaveQuestionDraftInput!) {\n    saveQuestionDraft(input: $input) {\n      id\n      ...QuestionEditor_question\n    }\n  }\n": typeof types.SaveQuestionDraftDocument,
    "\n  mutation ReviewQuestion($input: ReviewQuestionInput!) {\n    reviewQuestion(input: $input) {\n      id\n      ...QuestionEditor_question\n    }\n  }\n": typeof types.ReviewQuestionDocument,
    "\n  mutation ImportQuestionsCsv($csv: String!, $locale: String!) {\n    importQuestionsCsv(csv: $csv) {\n      id\n      ...QuestionsTable_question\n    }\n  }\n": typeof types.ImportQuestionsCsvDocument,
    "\n  fragment ReviewQueue_module on Module {\n    id\n    code\n    kind\n    latest {\n      id\n      version\n      status\n      title {\n        sourceLocale\n        text(locale: $locale)\n      }\n      authorship {\n        lastEditorId\n        lastEditorName\n        updatedAt\n      }\n    }\n  }\n": typeof types.ReviewQueue_ModuleFragmentDoc,
    "\n  fragment ReviewQueue_question on Question {\n    id\n    code\n    latest {\n      id\n      version\n      status\n      type\n      prompt {\n        sourceLocale\n        text(locale: $locale)\n      }\n      authorship {\n        lastEditorId\n        lastEditorName\n        updatedAt\n      }\n    }\n  }\n": typeof types.ReviewQueue_QuestionFragmentDoc,
    "\n  query ReviewQueue($locale: String!) {\n    me {\n      id\n      maison {\n        id\n        fourEyesPublishing\n      }\n    }\n    modules(status: IN_REVIEW) {\n      id\n      ...ReviewQueue_module\n    }\n    questions(filter: { status: IN_REVIEW }, limit: 200) {\n      items {\n        id\n        ...ReviewQueue_question\n      }\n      total\n    }\n  }\n": typeof types.ReviewQueueDocument,
    "\n  mutation ReviewQueuedModule($input: ReviewModuleInput!, $locale: String!) {\n    reviewModule(input: $input) {\n      id\n      ...ReviewQueue_module\n    }\n  }\n": typeof types.ReviewQueuedModuleDocument,
    "\n  mutation ReviewQueuedQuestion($input: ReviewQuestionInput!, $locale: String!) {\n    reviewQuestion(input: $input) {\n      id\n      ...ReviewQueue_question\n    }\n  }\n": typeof types.ReviewQueuedQuestionDocument,
    "\n  fragment SkillsTable_skill on Skill {\n    id\n    code\n    category\n    name {\n      text(locale: $locale)\n      ...LocalisedTexts_text\n    }\n    description {\n      ...LocalisedTexts_text\n    }\n    prerequisites {\n      id\n      code\n    }\n  }\n": typeof types.SkillsTable_SkillFragmentDoc,
    "\n  fragment SkillTexts_skill on Skill {\n    id\n    name {\n      ...LocalisedTexts_text\n    }\n    description {\n      ...LocalisedTexts_text\n    }\n  }\n": typeof types.SkillTexts_SkillFragmentDoc,
    "\n  fragment SkillGraph_skill on Skill {\n    id\n    code\n    name {\n      text(locale: $locale)\n    }\n    prerequisites {\n      id\n    }\n  }\n": typeof types.SkillGraph_SkillFragmentDoc,
    "\n  query StudioSkills($locale: String!) {\n    me {\n      id\n      maison {\n        id\n        defaultLocale\n      }\n    }\n    skills {\n      id\n      ...SkillsTable_skill\n    }\n  }\n": typeof types.StudioSkillsDocument,
    "\n  query StudioSkill($id: ID!, $locale: String!) {\n    skill(id: $id) {\n      id\n      updatedAt\n      ...SkillsTable_skill\n      ...SkillTexts_skill\n      ...SkillGraph_skill\n    }\n    skills {\n      id\n      ...SkillGraph_skill\n    }\n  }\n": typeof types.StudioSkillDocument,
    "\n  query SkillAuditTrail($entityId: ID!) {\n    auditTrail(entityType: \"skill\", entityId: $entityId) {\n      id\n      ...AuditTrail_entry\n    }\n  }\n": typeof types.SkillAuditTrailDocument,
    "\n  mutation CreateSkill($input: CreateSkillInput!, $locale: String!) {\n    createSkill(input: $input) {\n      id\n      ...SkillsTable_skill\n    }\n  }\n": typeof types.CreateSkillDocument,
    "\n  mutation UpdateSkill($input: UpdateSkillInput!, $locale: String!) {\n    updateSkill(input: $input) {\n      id\n      updatedAt\n      ...SkillsTable_skill\n      ...SkillTexts_skill\n    }\n  }\n": typeof types.UpdateSkillDocument,
    "\n  mutation SetSkillPrerequisites($input: SetSkillPrerequisitesInput!, $locale: String!) {\n    setSkillPrerequisites(input: $input) {\n      id\n      updatedAt\n      ...SkillsTable_skill\n      ...SkillGraph_skill\n    }\n  }\n": typeof types.SetSkillPrerequisitesDocument,
    "\n  fragment ImportProgress_userImport on UserImport {\n    id\n    fileName\n    status\n    totalRows\n    processedRows\n    createdUsers\n    createdAt\n    finishedAt\n    issues {\n      row\n      field\n      code\n      params\n      message\n    }\n  }\n": typeof types.ImportProgress_UserImportFragmentDoc,
    "\n  fragment RecentImports_userImport on UserImport {\n    id\n    fileName\n    status\n    totalRows\n    createdUsers\n    createdAt\n  }\n": typeof types.RecentImports_UserImportFragmentDoc,
    "\n  query UserImports {\n    userImports {\n      id\n      ...RecentImports_userImport\n    }\n  }\n": typeof types.UserImportsDocument,
    "\n  query UserImport($id: ID!) {\n    userImport(id: $id) {\n      id\n      ...ImportProgress_userImport\n    }\n  }\n": typeof types.UserImportDocument,
    "\n  mutation StartUserImport($input: StartUserImportInput!) {\n    startUserImport(input: $input) {\n      id\n      ...ImportProgress_userImport\n      ...RecentImports_userImport\n    }\n  }\n": typeof types.StartUserImportDocument,
    "\n  fragment UsersTable_user on User {\n    id\n    email\n    displayName\n    roles\n    active\n    hasPassword\n    boutique {\n      id\n      name\n    }\n  }\n": typeof types.UsersTable_UserFragmentDoc,
    "\n  fragment UserForm_user on User {\n    id\n    email\n    displayName\n    roles\n    locale\n    timezone\n    startDate\n    boutique {\n      id\n    }\n  }\n": typeof types.UserForm_UserFragmentDoc,
    "\n  query AdminUsers($filter: UserFilterInput, $offset: Int!, $limit: Int!) {\n    users(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        ...UsersTable_user\n        ...UserForm_user\n      }\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  query BoutiqueOptions {\n    boutiques {\n      id\n      name\n      city\n      timezone\n      locale\n      region {\n        id\n        name\n      }\n    }\n  }\n": typeof types.BoutiqueOptionsDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      ...UsersTable_user\n      ...UserForm_user\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      ...UsersTable_user\n      ...UserForm_user\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation SetUserPassword($input: SetUserPasswordInput!) {\n    setUserPassword(input: $input) {\n      id\n      hasPassword\n    }\n  }\n": typeof types.SetUserPasswordDocument,
    "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n": typeof types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n": typeof types.ReactivateUserDocument,
    "\n  query UserHistory($userId: ID!) {\n    auditTrail(entityType: \"user\", entityId: $userId) {\n      id\n      ...AuditTrail_entry\n    }\n  }\n": typeof types.UserHistoryDocument,
};
const documents: Documents = {
    "\n  fragment AuditTrail_entry on AuditEntry {\n    id\n    action\n    actorName\n    createdAt\n    changes {\n      field\n      before\n      after\n    }\n  }\n": types.AuditTrail_EntryFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n      viewer {\n        ...SessionViewer\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation RefreshSession {\n    refreshSession {\n      accessToken\n      expiresAt\n      viewer {\n        ...SessionViewer\n      }\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation UpdateMyLocale($locale: String!) {\n    updateMyLocale(locale: $locale) {\n      ...SessionViewer\n    }\n  }\n": types.UpdateMyLocaleDocument,
    "\n  fragment SessionViewer on Viewer {\n    id\n    email\n    displayName\n    roles\n    locale\n    timezone\n    maison {\n      id\n      name\n      slug\n    }\n  }\n": types.SessionViewerFragmentDoc,
    "\n  fragment CohortsTable_cohort on Cohort {\n    id\n    name\n    kind\n    description\n    memberCount\n  }\n": types.CohortsTable_CohortFragmentDoc,
    "\n  fragment CohortMembers_cohort on Cohort {\n    id\n    memberCount\n    members {\n      id\n      email\n      displayName\n      active\n      boutique {\n        id\n        name\n      }\n    }\n  }\n": types.CohortMembers_CohortFragmentDoc,
    "\n  query AdminCohorts {\n    cohorts {\n      id\n      ...CohortsTable_cohort\n    }\n  }\n": types.AdminCohortsDocument,
    "\n  query AdminCohort($id: ID!) {\n    cohort(id: $id) {\n      id\n      ...CohortsTable_cohort\n      ...CohortMembers_cohort\n    }\n  }\n": types.AdminCohortDocument,
    "\n  query CohortMemberCandidates($filter: UserFilterInput, $limit: Int!) {\n    users(filter: $filter, offset: 0, limit: $limit) {\n      total\n      items {\n        id\n        email\n        displayName\n      }\n    }\n  }\n": types.CohortMemberCandidatesDocument,
    "\n  mutation CreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      id\n      ...CohortsTable_cohort\n    }\n  }\n": types.CreateCohortDocument,
    "\n  mutation UpdateCohort($input: UpdateCohortInput!) {\n    updateCohort(input: $input) {\n      id\n      ...CohortsTable_cohort\n    }\n  }\n": types.UpdateCohortDocument,
    "\n  mutation AddCohortMembers($input: CohortMembersInput!) {\n    addCohortMembers(input: $input) {\n      id\n      ...CohortMembers_cohort\n    }\n  }\n": types.AddCohortMembersDocument,
    "\n  mutation RemoveCohortMembers($input: CohortMembersInput!) {\n    removeCohortMembers(input: $input) {\n      id\n      ...CohortMembers_cohort\n    }\n  }\n": types.RemoveCohortMembersDocument,
    "\n  fragment ItemStatisticsTable_item on ItemStatistics {\n    questionId\n    code\n    version\n    type\n    prompt {\n      text(locale: $locale)\n    }\n    attempts\n    learners\n    difficulty\n    discrimination\n    upperLowerIndex\n    flags\n    choices {\n      optionId\n      label {\n        text(locale: $locale)\n      }\n      count\n      share\n    }\n  }\n": types.ItemStatisticsTable_ItemFragmentDoc,
    "\n  fragment ItemStatisticsReport on ItemStatisticsReport {\n    analysedAt\n    pending\n    items {\n      ...ItemStatisticsTable_item\n    }\n  }\n": types.ItemStatisticsReportFragmentDoc,
    "\n  query StudioItemStatistics($locale: String!) {\n    itemStatistics {\n      ...ItemStatisticsReport\n    }\n  }\n": types.StudioItemStatisticsDocument,
    "\n  mutation RequestItemStatistics($locale: String!) {\n    requestItemStatistics {\n      ...ItemStatisticsReport\n    }\n  }\n": types.RequestItemStatisticsDocument,
    "\n  fragment TranslationGapList_gap on TranslationGap {\n    entityType\n    entityId\n    code\n    path\n    status\n    source\n    text\n  }\n": types.TranslationGapList_GapFragmentDoc,
    "\n  query TranslationSourceLocale {\n    me {\n      id\n      maison {\n        id\n        defaultLocale\n      }\n    }\n  }\n": types.TranslationSourceLocaleDocument,
    "\n  query StudioTranslationGaps($locale: String!) {\n    translationGaps(locale: $locale) {\n      ...TranslationGapList_gap\n    }\n  }\n": types.StudioTranslationGapsDocument,
    "\n  query InsightsSkillGaps($scope: GapScope!, $locale: String!, $regionId: ID) {\n    skillGaps(scope: $scope, locale: $locale, regionId: $regionId) {\n      groupId\n      groupName\n      skill {\n        code\n        name\n      }\n      advisors\n      withGap\n      share\n    }\n  }\n": types.InsightsSkillGapsDocument,
    "\n  query InsightsRegions {\n    regions {\n      id\n      name\n    }\n  }\n": types.InsightsRegionsDocument,
    "\n  fragment ChallengeCard_challenge on Challenge {\n    id\n    kind\n    completed\n    expiresAt\n    items {\n      reason\n      answered\n      skill {\n        code\n        name\n      }\n    }\n  }\n": types.ChallengeCard_ChallengeFragmentDoc,
    "\n  query TodayChallenge($locale: String!) {\n    todayChallenge(locale: $locale) {\n      ...ChallengeCard_challenge\n      items {\n        correct\n        question {\n          ...LearnerQuestion_question\n        }\n      }\n    }\n  }\n": types.TodayChallengeDocument,
    "\n  fragment PersonalPathSteps_path on PersonalPath {\n    programId\n    programTitle\n    skipped\n    steps {\n      moduleId\n      title\n      kind\n      estimatedMinutes\n      status\n      reason\n      skills {\n        code\n        name\n      }\n    }\n  }\n": types.PersonalPathSteps_PathFragmentDoc,
    "\n  query MyPath($locale: String!) {\n    myPath(locale: $locale) {\n      ...PersonalPathSteps_path\n    }\n  }\n": types.MyPathDocument,
    "\n  fragment GapList_gap on KnowledgeGap {\n    skill {\n      code\n      name\n    }\n    masteryProbability\n    ready\n    underlying {\n      code\n      name\n    }\n    wrong\n    recent\n  }\n": types.GapList_GapFragmentDoc,
    "\n  query MyGaps($locale: String!) {\n    myGaps(locale: $locale) {\n      ...GapList_gap\n    }\n  }\n": types.MyGapsDocument,
    "\n  fragment KnownSkills_skill on SkillMastery {\n    skill {\n      code\n      name\n    }\n    mastered\n    reviewDueAt\n  }\n": types.KnownSkills_SkillFragmentDoc,
    "\n  query MySkills($locale: String!) {\n    mySkills(locale: $locale) {\n      ...KnownSkills_skill\n    }\n  }\n": types.MySkillsDocument,
    "\n  fragment PlacementPlayer_placement on Placement {\n    status\n    asked\n    maxItems\n    question {\n      ...LearnerQuestion_question\n    }\n    masteredSkills {\n      code\n      name\n    }\n  }\n": types.PlacementPlayer_PlacementFragmentDoc,
    "\n  query MyPlacement($locale: String!) {\n    myPlacement(locale: $locale) {\n      ...PlacementPlayer_placement\n    }\n  }\n": types.MyPlacementDocument,
    "\n  mutation NextPlacementQuestion($locale: String!) {\n    nextPlacementQuestion(locale: $locale) {\n      ...PlacementPlayer_placement\n    }\n  }\n": types.NextPlacementQuestionDocument,
    "\n  fragment LearnModuleProgress_progress on ModuleProgress {\n    status\n    answered\n    total\n    score\n    correctFirstTime\n    perfect\n    completedAt\n    lessonReadAt\n  }\n": types.LearnModuleProgress_ProgressFragmentDoc,
    "\n  fragment PathStep_step on PathStep {\n    moduleId\n    code\n    kind\n    title\n    estimatedMinutes\n    status\n    certification\n  }\n": types.PathStep_StepFragmentDoc,
    "\n  fragment LearnEnrolment_enrolment on Enrolment {\n    id\n    programId\n    programTitle\n    onboarding\n    startsOn\n    dueOn\n    completedAt\n    certifiedAt\n    certificationScore\n    certificationThreshold\n    steps {\n      ...PathStep_step\n    }\n    nextStep {\n      ...PathStep_step\n    }\n  }\n": types.LearnEnrolment_EnrolmentFragmentDoc,
    "\n  fragment LearnGamification_gamification on MyGamification {\n    totalXp\n    xpToday\n    leaderboardOptIn\n    level {\n      key\n      index\n      floorXp\n      nextXp\n      progress\n    }\n    streak {\n      current\n      longest\n      atRisk\n      freezeNeeded\n      freezes\n      activeToday\n    }\n    badges {\n      code\n      name\n      description\n      earned\n      awardedAt\n      current\n      target\n    }\n  }\n": types.LearnGamification_GamificationFragmentDoc,
    "\n  query MyEnrolments($locale: String!) {\n    myEnrolments(locale: $locale) {\n      ...LearnEnrolment_enrolment\n    }\n  }\n": types.MyEnrolmentsDocument,
    "\n  query MyGamification($locale: String!) {\n    myGamification(locale: $locale) {\n      ...LearnGamification_gamification\n    }\n  }\n": types.MyGamificationDocument,
    "\n  fragment Rewards_earned on EarnedXpModel {\n    xp\n    events\n    awarded\n  }\n": types.Rewards_EarnedFragmentDoc,
    "\n  query MyModuleXp($moduleId: ID!) {\n    myModuleXp(moduleId: $moduleId) {\n      ...Rewards_earned\n    }\n  }\n": types.MyModuleXpDocument,
    "\n  query MyChallengeXp($challengeId: ID!) {\n    myChallengeXp(challengeId: $challengeId) {\n      ...Rewards_earned\n    }\n  }\n": types.MyChallengeXpDocument,
    "\n  query TeamQuest {\n    teamQuest {\n      week\n      boutiqueName\n      total\n      goal\n      progress\n      reached\n    }\n  }\n": types.TeamQuestDocument,
    "\n  fragment LearnerQuestion_question on LearnerQuestion {\n    id\n    versionId\n    type\n    prompt\n    unit\n    choices {\n      id\n      text\n      imageUrl\n      imageAlt\n    }\n    matchingLeft {\n      id\n      text\n    }\n    matchingRight {\n      id\n      text\n    }\n  }\n": types.LearnerQuestion_QuestionFragmentDoc,
    "\n  query LearnerModule($id: ID!, $locale: String!) {\n    learnerModule(id: $id, locale: $locale) {\n      id\n      versionId\n      code\n      kind\n      title\n      summary\n      estimatedMinutes\n      blocks\n      questions {\n        ...LearnerQuestion_question\n        answered\n      }\n      progress {\n        ...LearnModuleProgress_progress\n      }\n    }\n  }\n": types.LearnerModuleDocument,
    "\n  mutation SubmitAnswer($input: SubmitAnswerInput!, $locale: String!) {\n    submitAnswer(input: $input, locale: $locale) {\n      attemptId\n      questionId\n      correct\n      score\n      explanation\n      replayed\n      moduleProgress {\n        ...LearnModuleProgress_progress\n      }\n    }\n  }\n": types.SubmitAnswerDocument,
    "\n  mutation CompleteLesson($moduleVersionId: ID!, $readAt: DateTime, $sentAt: DateTime, $timeZone: String) {\n    completeLesson(moduleVersionId: $moduleVersionId, readAt: $readAt, sentAt: $sentAt, timeZone: $timeZone) {\n      ...LearnModuleProgress_progress\n    }\n  }\n": types.CompleteLessonDocument,
    "\n  query Leaderboard($scope: LeaderboardScope!) {\n    leaderboard(scope: $scope) {\n      week\n      optedIn\n      viewerRank\n      total\n      rows {\n        rank\n        displayName\n        xp\n        isViewer\n        gapBefore\n      }\n    }\n  }\n": types.LeaderboardDocument,
    "\n  mutation SetLeaderboardConsent($optIn: Boolean!) {\n    setLeaderboardConsent(optIn: $optIn)\n  }\n": types.SetLeaderboardConsentDocument,
    "\n  query BadgeCredential($code: String!, $locale: String!) {\n    badgeCredential(code: $code, locale: $locale) {\n      awardId\n      json\n    }\n  }\n": types.BadgeCredentialDocument,
    "\n  fragment ModulesTable_module on Module {\n    id\n    code\n    kind\n    latest {\n      id\n      version\n      status\n      title {\n        text(locale: $locale)\n      }\n      authorship {\n        lastEditorId\n        lastEditorName\n        updatedAt\n      }\n    }\n    published {\n      id\n      version\n    }\n  }\n": types.ModulesTable_ModuleFragmentDoc,
    "\n  fragment ModuleEditor_version on ModuleVersion {\n    id\n    version\n    status\n    content\n    estimatedMinutes\n    targetSkills\n    questions\n    title {\n      sourceLocale\n      text(locale: $locale)\n      translations {\n        locale\n        status\n      }\n    }\n    texts {\n      path\n      text {\n        ...LocalisedTexts_text\n      }\n    }\n    authorship {\n      lastEditorId\n      lastEditorName\n      updatedAt\n      publishedAt\n    }\n  }\n": types.ModuleEditor_VersionFragmentDoc,
    "\n  fragment ModuleEditor_module on Module {\n    id\n    code\n    kind\n    latest {\n      id\n      ...ModuleEditor_version\n    }\n    published {\n      id\n      version\n      status\n    }\n  }\n": types.ModuleEditor_ModuleFragmentDoc,
    "\n  query StudioModules($locale: String!, $status: ContentStatus) {\n    me {\n      id\n      maison {\n        id\n        defaultLocale\n      }\n    }\n    modules(status: $status) {\n      id\n      ...ModulesTable_module\n    }\n  }\n": types.StudioModulesDocument,
    "\n  query StudioModule($id: ID!, $locale: String!) {\n    me {\n      id\n      maison {\n        id\n        defaultLocale\n        fourEyesPublishing\n      }\n    }\n    module(id: $id) {\n      id\n      ...ModuleEditor_module\n    }\n    skills {\n      id\n      code\n      name {\n        text(locale: $locale)\n      }\n    }\n  }\n": types.StudioModuleDocument,
    "\n  query ModuleQuestionBank($locale: String!, $filter: QuestionFilterInput!, $limit: Int!) {\n    questions(filter: $filter, limit: $limit) {\n      total\n      items {\n        id\n        code\n        latest {\n          id\n          status\n          prompt {\n            text(locale: $locale)\n          }\n        }\n      }\n    }\n  }\n": types.ModuleQuestionBankDocument,
    "\n  query ModuleHistory($entityId: ID!) {\n    auditTrail(entityType: \"module\", entityId: $entityId) {\n      id\n      ...AuditTrail_entry\n    }\n  }\n": types.ModuleHistoryDocument,
    "\n  query PreviewLessonMarkdown($markdown: String!) {\n    previewLessonMarkdown(markdown: $markdown)\n  }\n": types.PreviewLessonMarkdownDocument,
    "\n  mutation CreateModule($input: CreateModuleInput!, $locale: String!) {\n    createModule(input: $input) {\n      id\n      ...ModulesTable_module\n    }\n  }\n": types.CreateModuleDocument,
    "\n  mutation SaveModuleDraft($input: SaveModuleDraftInput!, $locale: String!) {\n    saveModuleDraft(input: $input) {\n      id\n      ...ModulesTable_module\n      ...ModuleEditor_module\n    }\n  }\n": types.SaveModuleDraftDocument,
    "\n  mutation ReviewModule($input: ReviewModuleInput!, $locale: String!) {\n    reviewModule(input: $input) {\n      id\n      ...ModulesTable_module\n      ...ModuleEditor_module\n    }\n  }\n": types.ReviewModuleDocument,
    "\n  fragment LocalisedTexts_text on LocalisedText {\n    sourceLocale\n    translations {\n      locale\n      status\n      text\n    }\n  }\n": types.LocalisedTexts_TextFragmentDoc,
    "\n  fragment BoutiqueRow_boutique on Boutique {\n    id\n    name\n    city\n    country\n    timezone\n    locale\n    advisorCount\n    region {\n      id\n    }\n  }\n": types.BoutiqueRow_BoutiqueFragmentDoc,
    "\n  fragment RegionCard_region on Region {\n    id\n    name\n    boutiques {\n      id\n      ...BoutiqueRow_boutique\n    }\n  }\n": types.RegionCard_RegionFragmentDoc,
    "\n  query AdminRegions {\n    regions {\n      id\n      ...RegionCard_region\n    }\n  }\n": types.AdminRegionsDocument,
    "\n  mutation CreateRegion($input: CreateRegionInput!) {\n    createRegion(input: $input) {\n      id\n      ...RegionCard_region\n    }\n  }\n": types.CreateRegionDocument,
    "\n  mutation UpdateRegion($input: UpdateRegionInput!) {\n    updateRegion(input: $input) {\n      id\n      name\n    }\n  }\n": types.UpdateRegionDocument,
    "\n  mutation CreateBoutique($input: CreateBoutiqueInput!) {\n    createBoutique(input: $input) {\n      id\n      ...BoutiqueRow_boutique\n    }\n  }\n": types.CreateBoutiqueDocument,
    "\n  mutation UpdateBoutique($input: UpdateBoutiqueInput!) {\n    updateBoutique(input: $input) {\n      id\n      ...BoutiqueRow_boutique\n    }\n  }\n": types.UpdateBoutiqueDocument,
    "\n  fragment ProgramsTable_program on Program {\n    id\n    code\n    onboarding\n    certificationThreshold\n    title {\n      sourceLocale\n      text(locale: $locale)\n    }\n    modules {\n      id\n    }\n  }\n": types.ProgramsTable_ProgramFragmentDoc,
    "\n  fragment ProgramOutline_module on Module {\n    id\n    code\n    kind\n    latest {\n      id\n      version\n      status\n      estimatedMinutes\n      title {\n        text(locale: $locale)\n      }\n    }\n    published {\n      id\n      version\n    }\n  }\n": types.ProgramOutline_ModuleFragmentDoc,
    "\n  fragment ProgramTexts_program on Program {\n    id\n    title {\n      text(locale: $locale)\n      ...LocalisedTexts_text\n    }\n    description {\n      ...LocalisedTexts_text\n    }\n  }\n": types.ProgramTexts_ProgramFragmentDoc,
    "\n  fragment ProgramDetail_program on Program {\n    id\n    code\n    onboarding\n    certificationThreshold\n    targetSkills\n    updatedAt\n    ...ProgramTexts_program\n    modules {\n      id\n      ...ProgramOutline_module\n    }\n  }\n": types.ProgramDetail_ProgramFragmentDoc,
    "\n  query StudioPrograms($locale: String!) {\n    me {\n      id\n      maison {\n        id\n        defaultLocale\n      }\n    }\n    programs {\n      id\n      ...ProgramsTable_program\n    }\n  }\n": types.StudioProgramsDocument,
    "\n  query StudioProgram($id: ID!, $locale: String!) {\n    program(id: $id) {\n      id\n      ...ProgramDetail_program\n    }\n    modules {\n      id\n      ...ProgramOutline_module\n    }\n    skills {\n      id\n      code\n      name {\n        text(locale: $locale)\n      }\n    }\n  }\n": types.StudioProgramDocument,
    "\n  query ExportProgramPackage($programId: ID!) {\n    exportProgramPackage(programId: $programId) {\n      fileName\n      json\n      checksum\n    }\n  }\n": types.ExportProgramPackageDocument,
    "\n  mutation CreateProgram($input: CreateProgramInput!, $locale: String!) {\n    createProgram(input: $input) {\n      id\n      ...ProgramsTable_program\n    }\n  }\n": types.CreateProgramDocument,
    "\n  mutation UpdateProgram($input: UpdateProgramInput!, $locale: String!) {\n    updateProgram(input: $input) {\n      id\n      ...ProgramsTable_program\n      ...ProgramDetail_program\n    }\n  }\n": types.UpdateProgramDocument,
    "\n  mutation SetProgramModules($input: SetProgramModulesInput!, $locale: String!) {\n    setProgramModules(input: $input) {\n      id\n      updatedAt\n      modules {\n        id\n        ...ProgramOutline_module\n      }\n    }\n  }\n": types.SetProgramModulesDocument,
    "\n  mutation ImportProgramPackage($json: String!) {\n    importProgramPackage(json: $json) {\n      program\n      skills {\n        created\n        updated\n      }\n      modules {\n        created\n        updated\n      }\n      questions {\n        created\n        updated\n      }\n    }\n  }\n": types.ImportProgramPackageDocument,
    "\n  fragment QuestionsTable_question on Question {\n    id\n    code\n    latest {\n      id\n      version\n      status\n      type\n      difficulty\n      skills\n      prompt {\n        sourceLocale\n        text(locale: $locale)\n      }\n    }\n    published {\n      id\n      version\n    }\n  }\n": types.QuestionsTable_QuestionFragmentDoc,
    "\n  fragment QuestionEditor_question on Question {\n    id\n    code\n    latest {\n      id\n      version\n      status\n      type\n      content\n      texts {\n        path\n        text {\n          sourceLocale\n          translations {\n            locale\n            status\n          }\n        }\n      }\n      authorship {\n        lastEditorId\n        lastEditorName\n        updatedAt\n        publishedAt\n      }\n    }\n    published {\n      id\n      version\n    }\n  }\n": types.QuestionEditor_QuestionFragmentDoc,
    "\n  query StudioQuestions($locale: String!, $filter: QuestionFilterInput, $offset: Int!, $limit: Int!) {\n    questions(filter: $filter, offset: $offset, limit: $limit) {\n      items {\n        id\n        ...QuestionsTable_question\n      }\n      total\n    }\n  }\n": types.StudioQuestionsDocument,
    "\n  query QuestionEditorContext {\n    me {\n      id\n      maison {\n        id\n        defaultLocale\n        fourEyesPublishing\n      }\n    }\n    skills {\n      id\n      code\n    }\n  }\n": types.QuestionEditorContextDocument,
    "\n  query StudioQuestion($id: ID!) {\n    question(id: $id) {\n      id\n      ...QuestionEditor_question\n    }\n  }\n": types.StudioQuestionDocument,
    "\n  query QuestionHistory($entityId: ID!) {\n    auditTrail(entityType: \"question\", entityId: $entityId) {\n      id\n      ...AuditTrail_entry\n    }\n  }\n": types.QuestionHistoryDocument,
    "\n  mutation CreateQuestion($input: CreateQuestionInput!) {\n    createQuestion(input: $input) {\n      id\n      ...QuestionEditor_question\n    }\n  }\n": types.CreateQuestionDocument,
    "\n  mutation SaveQuestionDraft($input: SaveQuestionDraftInput!) {\n    saveQuestionDraft(input: $input) {\n      id\n      ...QuestionEditor_question\n    }\n  }\n": types.SaveQuestionDraftDocument,
    "\n  mutation ReviewQuestion($input: ReviewQuestionInput!) {\n    reviewQuestion(input: $input) {\n      id\n      ...QuestionEditor_question\n    }\n  }\n": types.ReviewQuestionDocument,
    "\n  mutation ImportQuestionsCsv($csv: String!, $locale: String!) {\n    importQuestionsCsv(csv: $csv) {\n      id\n      ...QuestionsTable_question\n    }\n  }\n": types.ImportQuestionsCsvDocument,
    "\n  fragment ReviewQueue_module on Module {\n    id\n    code\n    kind\n    latest {\n      id\n      version\n      status\n      title {\n        sourceLocale\n        text(locale: $locale)\n      }\n      authorship {\n        lastEditorId\n        lastEditorName\n        updatedAt\n      }\n    }\n  }\n": types.ReviewQueue_ModuleFragmentDoc,
    "\n  fragment ReviewQueue_question on Question {\n    id\n    code\n    latest {\n      id\n      version\n      status\n      type\n      prompt {\n        sourceLocale\n        text(locale: $locale)\n      }\n      authorship {\n        lastEditorId\n        lastEditorName\n        updatedAt\n      }\n    }\n  }\n": types.ReviewQueue_QuestionFragmentDoc,
    "\n  query ReviewQueue($locale: String!) {\n    me {\n      id\n      maison {\n        id\n        fourEyesPublishing\n      }\n    }\n    modules(status: IN_REVIEW) {\n      id\n      ...ReviewQueue_module\n    }\n    questions(filter: { status: IN_REVIEW }, limit: 200) {\n      items {\n        id\n        ...ReviewQueue_question\n      }\n      total\n    }\n  }\n": types.ReviewQueueDocument,
    "\n  mutation ReviewQueuedModule($input: ReviewModuleInput!, $locale: String!) {\n    reviewModule(input: $input) {\n      id\n      ...ReviewQueue_module\n    }\n  }\n": types.ReviewQueuedModuleDocument,
    "\n  mutation ReviewQueuedQuestion($input: ReviewQuestionInput!, $locale: String!) {\n    reviewQuestion(input: $input) {\n      id\n      ...ReviewQueue_question\n    }\n  }\n": types.ReviewQueuedQuestionDocument,
    "\n  fragment SkillsTable_skill on Skill {\n    id\n    code\n    category\n    name {\n      text(locale: $locale)\n      ...LocalisedTexts_text\n    }\n    description {\n      ...LocalisedTexts_text\n    }\n    prerequisites {\n      id\n      code\n    }\n  }\n": types.SkillsTable_SkillFragmentDoc,
    "\n  fragment SkillTexts_skill on Skill {\n    id\n    name {\n      ...LocalisedTexts_text\n    }\n    description {\n      ...LocalisedTexts_text\n    }\n  }\n": types.SkillTexts_SkillFragmentDoc,
    "\n  fragment SkillGraph_skill on Skill {\n    id\n    code\n    name {\n      text(locale: $locale)\n    }\n    prerequisites {\n      id\n    }\n  }\n": types.SkillGraph_SkillFragmentDoc,
    "\n  query StudioSkills($locale: String!) {\n    me {\n      id\n      maison {\n        id\n        defaultLocale\n      }\n    }\n    skills {\n      id\n      ...SkillsTable_skill\n    }\n  }\n": types.StudioSkillsDocument,
    "\n  query StudioSkill($id: ID!, $locale: String!) {\n    skill(id: $id) {\n      id\n      updatedAt\n      ...SkillsTable_skill\n      ...SkillTexts_skill\n      ...SkillGraph_skill\n    }\n    skills {\n      id\n      ...SkillGraph_skill\n    }\n  }\n": types.StudioSkillDocument,
    "\n  query SkillAuditTrail($entityId: ID!) {\n    auditTrail(entityType: \"skill\", entityId: $entityId) {\n      id\n      ...AuditTrail_entry\n    }\n  }\n": types.SkillAuditTrailDocument,
    "\n  mutation CreateSkill($input: CreateSkillInput!, $locale: String!) {\n    createSkill(input: $input) {\n      id\n      ...SkillsTable_skill\n    }\n  }\n": types.CreateSkillDocument,
    "\n  mutation UpdateSkill($input: UpdateSkillInput!, $locale: String!) {\n    updateSkill(input: $input) {\n      id\n      updatedAt\n      ...SkillsTable_skill\n      ...SkillTexts_skill\n    }\n  }\n": types.UpdateSkillDocument,
    "\n  mutation SetSkillPrerequisites($input: SetSkillPrerequisitesInput!, $locale: String!) {\n    setSkillPrerequisites(input: $input) {\n      id\n      updatedAt\n      ...SkillsTable_skill\n      ...SkillGraph_skill\n    }\n  }\n": types.SetSkillPrerequisitesDocument,
    "\n  fragment ImportProgress_userImport on UserImport {\n    id\n    fileName\n    status\n    totalRows\n    processedRows\n    createdUsers\n    createdAt\n    finishedAt\n    issues {\n      row\n      field\n      code\n      params\n      message\n    }\n  }\n": types.ImportProgress_UserImportFragmentDoc,
    "\n  fragment RecentImports_userImport on UserImport {\n    id\n    fileName\n    status\n    totalRows\n    createdUsers\n    createdAt\n  }\n": types.RecentImports_UserImportFragmentDoc,
    "\n  query UserImports {\n    userImports {\n      id\n      ...RecentImports_userImport\n    }\n  }\n": types.UserImportsDocument,
    "\n  query UserImport($id: ID!) {\n    userImport(id: $id) {\n      id\n      ...ImportProgress_userImport\n    }\n  }\n": types.UserImportDocument,
    "\n  mutation StartUserImport($input: StartUserImportInput!) {\n    startUserImport(input: $input) {\n      id\n      ...ImportProgress_userImport\n      ...RecentImports_userImport\n    }\n  }\n": types.StartUserImportDocument,
    "\n  fragment UsersTable_user on User {\n    id\n    email\n    displayName\n    roles\n    active\n    hasPassword\n    boutique {\n      id\n      name\n    }\n  }\n": types.UsersTable_UserFragmentDoc,
    "\n  fragment UserForm_user on User {\n    id\n    email\n    displayName\n    roles\n    locale\n    timezone\n    startDate\n    boutique {\n      id\n    }\n  }\n": types.UserForm_UserFragmentDoc,
    "\n  query AdminUsers($filter: UserFilterInput, $offset: Int!, $limit: Int!) {\n    users(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        ...UsersTable_user\n        ...UserForm_user\n      }\n    }\n  }\n": types.AdminUsersDocument,
    "\n  query BoutiqueOptions {\n    boutiques {\n      id\n      name\n      city\n      timezone\n      locale\n      region {\n        id\n        name\n      }\n    }\n  }\n": types.BoutiqueOptionsDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      ...UsersTable_user\n      ...UserForm_user\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      ...UsersTable_user\n      ...UserForm_user\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation SetUserPassword($input: SetUserPasswordInput!) {\n    setUserPassword(input: $input) {\n      id\n      hasPassword\n    }\n  }\n": types.SetUserPasswordDocument,
    "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n": types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n": types.ReactivateUserDocument,
    "\n  query UserHistory($userId: ID!) {\n    auditTrail(entityType: \"user\", entityId: $userId) {\n      id\n      ...AuditTrail_entry\n    }\n  }\n": types.UserHistoryDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditTrail_entry on AuditEntry {\n    id\n    action\n    actorName\n    createdAt\n    changes {\n      field\n      before\n      after\n    }\n  }\n"): (typeof documents)["\n  fragment AuditTrail_entry on AuditEntry {\n    id\n    action\n    actorName\n    createdAt\n    changes {\n      field\n      before\n      after\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n      viewer {\n        ...SessionViewer\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n      viewer {\n        ...SessionViewer\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession {\n    refreshSession {\n      accessToken\n      expiresAt\n      viewer {\n        ...SessionViewer\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession {\n    refreshSession {\n      accessToken\n      expiresAt\n      viewer {\n        ...SessionViewer\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyLocale($locale: String!) {\n    updateMyLocale(locale: $locale) {\n      ...SessionViewer\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyLocale($locale: String!) {\n    updateMyLocale(locale: $locale) {\n      ...SessionViewer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionViewer on Viewer {\n    id\n    email\n    displayName\n    roles\n    locale\n    timezone\n    maison {\n      id\n      name\n      slug\n    }\n  }\n"): (typeof documents)["\n  fragment SessionViewer on Viewer {\n    id\n    email\n    displayName\n    roles\n    locale\n    timezone\n    maison {\n      id\n      name\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CohortsTable_cohort on Cohort {\n    id\n    name\n    kind\n    description\n    memberCount\n  }\n"): (typeof documents)["\n  fragment CohortsTable_cohort on Cohort {\n    id\n    name\n    kind\n    description\n    memberCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CohortMembers_cohort on Cohort {\n    id\n    memberCount\n    members {\n      id\n      email\n      displayName\n      active\n      boutique {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CohortMembers_cohort on Cohort {\n    id\n    memberCount\n    members {\n      id\n      email\n      displayName\n      active\n      boutique {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCohorts {\n    cohorts {\n      id\n      ...CohortsTable_cohort\n    }\n  }\n"): (typeof documents)["\n  query AdminCohorts {\n    cohorts {\n      id\n      ...CohortsTable_cohort\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCohort($id: ID!) {\n    cohort(id: $id) {\n      id\n      ...CohortsTable_cohort\n      ...CohortMembers_cohort\n    }\n  }\n"): (typeof documents)["\n  query AdminCohort($id: ID!) {\n    cohort(id: $id) {\n      id\n      ...CohortsTable_cohort\n      ...CohortMembers_cohort\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortMemberCandidates($filter: UserFilterInput, $limit: Int!) {\n    users(filter: $filter, offset: 0, limit: $limit) {\n      total\n      items {\n        id\n        email\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query CohortMemberCandidates($filter: UserFilterInput, $limit: Int!) {\n    users(filter: $filter, offset: 0, limit: $limit) {\n      total\n      items {\n        id\n        email\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      id\n      ...CohortsTable_cohort\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      id\n      ...CohortsTable_cohort\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCohort($input: UpdateCohortInput!) {\n    updateCohort(input: $input) {\n      id\n      ...CohortsTable_cohort\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCohort($input: UpdateCohortInput!) {\n    updateCohort(input: $input) {\n      id\n      ...CohortsTable_cohort\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCohortMembers($input: CohortMembersInput!) {\n    addCohortMembers(input: $input) {\n      id\n      ...CohortMembers_cohort\n    }\n  }\n"): (typeof documents)["\n  mutation AddCohortMembers($input: CohortMembersInput!) {\n    addCohortMembers(input: $input) {\n      id\n      ...CohortMembers_cohort\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCohortMembers($input: CohortMembersInput!) {\n    removeCohortMembers(input: $input) {\n      id\n      ...CohortMembers_cohort\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveCohortMembers($input: CohortMembersInput!) {\n    removeCohortMembers(input: $input) {\n      id\n      ...CohortMembers_cohort\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ItemStatisticsTable_item on ItemStatistics {\n    questionId\n    code\n    version\n    type\n    prompt {\n      text(locale: $locale)\n    }\n    attempts\n    learners\n    difficulty\n    discrimination\n    upperLowerIndex\n    flags\n    choices {\n      optionId\n      label {\n        text(locale: $locale)\n      }\n      count\n      share\n    }\n  }\n"): (typeof documents)["\n  fragment ItemStatisticsTable_item on ItemStatistics {\n    questionId\n    code\n    version\n    type\n    prompt {\n      text(locale: $locale)\n    }\n    attempts\n    learners\n    difficulty\n    discrimination\n    upperLowerIndex\n    flags\n    choices {\n      optionId\n      label {\n        text(locale: $locale)\n      }\n      count\n      share\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ItemStatisticsReport on ItemStatisticsReport {\n    analysedAt\n    pending\n    items {\n      ...ItemStatisticsTable_item\n    }\n  }\n"): (typeof documents)["\n  fragment ItemStatisticsReport on ItemStatisticsReport {\n    analysedAt\n    pending\n    items {\n      ...ItemStatisticsTable_item\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudioItemStatistics($locale: String!) {\n    itemStatistics {\n      ...ItemStatisticsReport\n    }\n  }\n"): (typeof documents)["\n  query StudioItemStatistics($locale: String!) {\n    itemStatistics {\n      ...ItemStatisticsReport\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestItemStatistics($locale: String!) {\n    requestItemStatistics {\n      ...ItemStatisticsReport\n    }\n  }\n"): (typeof documents)["\n  mutation RequestItemStatistics($locale: String!) {\n    requestItemStatistics {\n      ...ItemStatisticsReport\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TranslationGapList_gap on TranslationGap {\n    entityType\n    entityId\n    code\n    path\n    status\n    source\n    text\n  }\n"): (typeof documents)["\n  fragment TranslationGapList_gap on TranslationGap {\n    entityType\n    entityId\n    code\n    path\n    status\n    source\n    text\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TranslationSourceLocale {\n    me {\n      id\n      maison {\n        id\n        defaultLocale\n      }\n    }\n  }\n"): (typeof documents)["\n  query TranslationSourceLocale {\n    me {\n      id\n      maison {\n        id\n        defaultLocale\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudioTranslationGaps($locale: String!) {\n    translationGaps(locale: $locale) {\n      ...TranslationGapList_gap\n    }\n  }\n"): (typeof documents)["\n  query StudioTranslationGaps($locale: String!) {\n    translationGaps(locale: $locale) {\n      ...TranslationGapList_gap\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InsightsSkillGaps($scope: GapScope!, $locale: String!, $regionId: ID) {\n    skillGaps(scope: $scope, locale: $locale, regionId: $regionId) {\n      groupId\n      groupName\n      skill {\n        code\n        name\n      }\n      advisors\n      withGap\n      share\n    }\n  }\n"): (typeof documents)["\n  query InsightsSkillGaps($scope: GapScope!, $locale: String!, $regionId: ID) {\n    skillGaps(scope: $scope, locale: $locale, regionId: $regionId) {\n      groupId\n      groupName\n      skill {\n        code\n        name\n      }\n      advisors\n      withGap\n      share\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InsightsRegions {\n    regions {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query InsightsRegions {\n    regions {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChallengeCard_challenge on Challenge {\n    id\n    kind\n    completed\n    expiresAt\n    items {\n      reason\n      answered\n      skill {\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ChallengeCard_challenge on Challenge {\n    id\n    kind\n    completed\n    expiresAt\n    items {\n      reason\n      answered\n      skill {\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TodayChallenge($locale: String!) {\n    todayChallenge(locale: $locale) {\n      ...ChallengeCard_challenge\n      items {\n        correct\n        question {\n          ...LearnerQuestion_question\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TodayChallenge($locale: String!) {\n    todayChallenge(locale: $locale) {\n      ...ChallengeCard_challenge\n      items {\n        correct\n        question {\n          ...LearnerQuestion_question\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonalPathSteps_path on PersonalPath {\n    programId\n    programTitle\n    skipped\n    steps {\n      moduleId\n      title\n      kind\n      estimatedMinutes\n      status\n      reason\n      skills {\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PersonalPathSteps_path on PersonalPath {\n    programId\n    programTitle\n    skipped\n    steps {\n      moduleId\n      title\n      kind\n      estimatedMinutes\n      status\n      reason\n      skills {\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPath($locale: String!) {\n    myPath(locale: $locale) {\n      ...PersonalPathSteps_path\n    }\n  }\n"): (typeof documents)["\n  query MyPath($locale: String!) {\n    myPath(locale: $locale) {\n      ...PersonalPathSteps_path\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GapList_gap on KnowledgeGap {\n    skill {\n      code\n      name\n    }\n    masteryProbability\n    ready\n    underlying {\n      code\n      name\n    }\n    wrong\n    recent\n  }\n"): (typeof documents)["\n  fragment GapList_gap on KnowledgeGap {\n    skill {\n      code\n      name\n    }\n    masteryProbability\n    ready\n    underlying {\n      code\n      name\n    }\n    wrong\n    recent\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyGaps($locale: String!) {\n    myGaps(locale: $locale) {\n      ...GapList_gap\n    }\n  }\n"): (typeof documents)["\n  query MyGaps($locale: String!) {\n    myGaps(locale: $locale) {\n      ...GapList_gap\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KnownSkills_skill on SkillMastery {\n    skill {\n      code\n      name\n    }\n    mastered\n    reviewDueAt\n  }\n"): (typeof documents)["\n  fragment KnownSkills_skill on SkillMastery {\n    skill {\n      code\n      name\n    }\n    mastered\n    reviewDueAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySkills($locale: String!) {\n    mySkills(locale: $locale) {\n      ...KnownSkills_skill\n    }\n  }\n"): (typeof documents)["\n  query MySkills($locale: String!) {\n    mySkills(locale: $locale) {\n      ...KnownSkills_skill\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlacementPlayer_placement on Placement {\n    status\n    asked\n    maxItems\n    question {\n      ...LearnerQuestion_question\n    }\n    masteredSkills {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment PlacementPlayer_placement on Placement {\n    status\n    asked\n    maxItems\n    question {\n      ...LearnerQuestion_question\n    }\n    masteredSkills {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPlacement($locale: String!) {\n    myPlacement(locale: $locale) {\n      ...PlacementPlayer_placement\n    }\n  }\n"): (typeof documents)["\n  query MyPlacement($locale: String!) {\n    myPlacement(locale: $locale) {\n      ...PlacementPlayer_placement\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NextPlacementQuestion($locale: String!) {\n    nextPlacementQuestion(locale: $locale) {\n      ...PlacementPlayer_placement\n    }\n  }\n"): (typeof documents)["\n  mutation NextPlacementQuestion($locale: String!) {\n    nextPlacementQuestion(locale: $locale) {\n      ...PlacementPlayer_placement\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LearnModuleProgress_progress on ModuleProgress {\n    status\n    answered\n    total\n    score\n    correctFirstTime\n    perfect\n    completedAt\n    lessonReadAt\n  }\n"): (typeof documents)["\n  fragment LearnModuleProgress_progress on ModuleProgress {\n    status\n    answered\n    total\n    score\n    correctFirstTime\n    perfect\n    completedAt\n    lessonReadAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PathStep_step on PathStep {\n    moduleId\n    code\n    kind\n    title\n    estimatedMinutes\n    status\n    certification\n  }\n"): (typeof documents)["\n  fragment PathStep_step on PathStep {\n    moduleId\n    code\n    kind\n    title\n    estimatedMinutes\n    status\n    certification\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LearnEnrolment_enrolment on Enrolment {\n    id\n    programId\n    programTitle\n    onboarding\n    startsOn\n    dueOn\n    completedAt\n    certifiedAt\n    certificationScore\n    certificationThreshold\n    steps {\n      ...PathStep_step\n    }\n    nextStep {\n      ...PathStep_step\n    }\n  }\n"): (typeof documents)["\n  fragment LearnEnrolment_enrolment on Enrolment {\n    id\n    programId\n    programTitle\n    onboarding\n    startsOn\n    dueOn\n    completedAt\n    certifiedAt\n    certificationScore\n    certificationThreshold\n    steps {\n      ...PathStep_step\n    }\n    nextStep {\n      ...PathStep_step\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LearnGamification_gamification on MyGamification {\n    totalXp\n    xpToday\n    leaderboardOptIn\n    level {\n      key\n      index\n      floorXp\n      nextXp\n      progress\n    }\n    streak {\n      current\n      longest\n      atRisk\n      freezeNeeded\n      freezes\n      activeToday\n    }\n    badges {\n      code\n      name\n      description\n      earned\n      awardedAt\n      current\n      target\n    }\n  }\n"): (typeof documents)["\n  fragment LearnGamification_gamification on MyGamification {\n    totalXp\n    xpToday\n    leaderboardOptIn\n    level {\n      key\n      index\n      floorXp\n      nextXp\n      progress\n    }\n    streak {\n      current\n      longest\n      atRisk\n      freezeNeeded\n      freezes\n      activeToday\n    }\n    badges {\n      code\n      name\n      description\n      earned\n      awardedAt\n      current\n      target\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyEnrolments($locale: String!) {\n    myEnrolments(locale: $locale) {\n      ...LearnEnrolment_enrolment\n    }\n  }\n"): (typeof documents)["\n  query MyEnrolments($locale: String!) {\n    myEnrolments(locale: $locale) {\n      ...LearnEnrolment_enrolment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyGamification($locale: String!) {\n    myGamification(locale: $locale) {\n      ...LearnGamification_gamification\n    }\n  }\n"): (typeof documents)["\n  query MyGamification($locale: String!) {\n    myGamification(locale: $locale) {\n      ...LearnGamification_gamification\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Rewards_earned on EarnedXpModel {\n    xp\n    events\n    awarded\n  }\n"): (typeof documents)["\n  fragment Rewards_earned on EarnedXpModel {\n    xp\n    events\n    awarded\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyModuleXp($moduleId: ID!) {\n    myModuleXp(moduleId: $moduleId) {\n      ...Rewards_earned\n    }\n  }\n"): (typeof documents)["\n  query MyModuleXp($moduleId: ID!) {\n    myModuleXp(moduleId: $moduleId) {\n      ...Rewards_earned\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyChallengeXp($challengeId: ID!) {\n    myChallengeXp(challengeId: $challengeId) {\n      ...Rewards_earned\n    }\n  }\n"): (typeof documents)["\n  query MyChallengeXp($challengeId: ID!) {\n    myChallengeXp(challengeId: $challengeId) {\n      ...Rewards_earned\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamQuest {\n    teamQuest {\n      week\n      boutiqueName\n      total\n      goal\n      progress\n      reached\n    }\n  }\n"): (typeof documents)["\n  query TeamQuest {\n    teamQuest {\n      week\n      boutiqueName\n      total\n      goal\n      progress\n      reached\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LearnerQuestion_question on LearnerQuestion {\n    id\n    versionId\n    type\n    prompt\n    unit\n    choices {\n      id\n      text\n      imageUrl\n      imageAlt\n    }\n    matchingLeft {\n      id\n      text\n    }\n    matchingRight {\n      id\n      text\n    }\n  }\n"): (typeof documents)["\n  fragment LearnerQuestion_question on LearnerQuestion {\n    id\n    versionId\n    type\n    prompt\n    unit\n    choices {\n      id\n      text\n      imageUrl\n      imageAlt\n    }\n    matchingLeft {\n      id\n      text\n    }\n    matchingRight {\n      id\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LearnerModule($id: ID!, $locale: String!) {\n    learnerModule(id: $id, locale: $locale) {\n      id\n      versionId\n      code\n      kind\n      title\n      summary\n      estimatedMinutes\n      blocks\n      questions {\n        ...LearnerQuestion_question\n        answered\n      }\n      progress {\n        ...LearnModuleProgress_progress\n      }\n    }\n  }\n"): (typeof documents)["\n  query LearnerModule($id: ID!, $locale: String!) {\n    learnerModule(id: $id, locale: $locale) {\n      id\n      versionId\n      code\n      kind\n      title\n      summary\n      estimatedMinutes\n      blocks\n      questions {\n        ...LearnerQuestion_question\n        answered\n      }\n      progress {\n        ...LearnModuleProgress_progress\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitAnswer($input: SubmitAnswerInput!, $locale: String!) {\n    submitAnswer(input: $input, locale: $locale) {\n      attemptId\n      questionId\n      correct\n      score\n      explanation\n      replayed\n      moduleProgress {\n        ...LearnModuleProgress_progress\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitAnswer($input: SubmitAnswerInput!, $locale: String!) {\n    submitAnswer(input: $input, locale: $locale) {\n      attemptId\n      questionId\n      correct\n      score\n      explanation\n      replayed\n      moduleProgress {\n        ...LearnModuleProgress_progress\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteLesson($moduleVersionId: ID!, $readAt: DateTime, $sentAt: DateTime, $timeZone: String) {\n    completeLesson(moduleVersionId: $moduleVersionId, readAt: $readAt, sentAt: $sentAt, timeZone: $timeZone) {\n      ...LearnModuleProgress_progress\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteLesson($moduleVersionId: ID!, $readAt: DateTime, $sentAt: DateTime, $timeZone: String) {\n    completeLesson(moduleVersionId: $moduleVersionId, readAt: $readAt, sentAt: $sentAt, timeZone: $timeZone) {\n      ...LearnModuleProgress_progress\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Leaderboard($scope: LeaderboardScope!) {\n    leaderboard(scope: $scope) {\n      week\n      optedIn\n      viewerRank\n      total\n      rows {\n        rank\n        displayName\n        xp\n        isViewer\n        gapBefore\n      }\n    }\n  }\n"): (typeof documents)["\n  query Leaderboard($scope: LeaderboardScope!) {\n    leaderboard(scope: $scope) {\n      week\n      optedIn\n      viewerRank\n      total\n      rows {\n        rank\n        displayName\n        xp\n        isViewer\n        gapBefore\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetLeaderboardConsent($optIn: Boolean!) {\n    setLeaderboardConsent(optIn: $optIn)\n  }\n"): (typeof documents)["\n  mutation SetLeaderboardConsent($optIn: Boolean!) {\n    setLeaderboardConsent(optIn: $optIn)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BadgeCredential($code: String!, $locale: String!) {\n    badgeCredential(code: $code, locale: $locale) {\n      awardId\n      json\n    }\n  }\n"): (typeof documents)["\n  query BadgeCredential($code: String!, $locale: String!) {\n    badgeCredential(code: $code, locale: $locale) {\n      awardId\n      json\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ModulesTable_module on Module {\n    id\n    code\n    kind\n    latest {\n      id\n      version\n      status\n      title {\n        text(locale: $locale)\n      }\n      authorship {\n        lastEditorId\n        lastEditorName\n        updatedAt\n      }\n    }\n    published {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  fragment ModulesTable_module on Module {\n    id\n    code\n    kind\n    latest {\n      id\n      version\n      status\n      title {\n        text(locale: $locale)\n      }\n      authorship {\n        lastEditorId\n        lastEditorName\n        updatedAt\n      }\n    }\n    published {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ModuleEditor_version on ModuleVersion {\n    id\n    version\n    status\n    content\n    estimatedMinutes\n    targetSkills\n    questions\n    title {\n      sourceLocale\n      text(locale: $locale)\n      translations {\n        locale\n        status\n      }\n    }\n    texts {\n      path\n      text {\n        ...LocalisedTexts_text\n      }\n    }\n    authorship {\n      lastEditorId\n      lastEditorName\n      updatedAt\n      publishedAt\n    }\n  }\n"): (typeof documents)["\n  fragment ModuleEditor_version on ModuleVersion {\n    id\n    version\n    status\n    content\n    estimatedMinutes\n    targetSkills\n    questions\n    title {\n      sourceLocale\n      text(locale: $locale)\n      translations {\n        locale\n        status\n      }\n    }\n    texts {\n      path\n      text {\n        ...LocalisedTexts_text\n      }\n    }\n    authorship {\n      lastEditorId\n      lastEditorName\n      updatedAt\n      publishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ModuleEditor_module on Module {\n    id\n    code\n    kind\n    latest {\n      id\n      ...ModuleEditor_version\n    }\n    published {\n      id\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment ModuleEditor_module on Module {\n    id\n    code\n    kind\n    latest {\n      id\n      ...ModuleEditor_version\n    }\n    published {\n      id\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudioModules($locale: String!, $status: ContentStatus) {\n    me {\n      id\n      maison {\n        id\n        defaultLocale\n      }\n    }\n    modules(status: $status) {\n      id\n      ...ModulesTable_module\n    }\n  }\n"): (typeof documents)["\n  query StudioModules($locale: String!, $status: ContentStatus) {\n    me {\n      id\n      maison {\n        id\n        defaultLocale\n      }\n    }\n    modules(status: $status) {\n      id\n      ...ModulesTable_module\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudioModule($id: ID!, $locale: String!) {\n    me {\n      id\n      maison {\n        id\n        defaultLocale\n        fourEyesPublishing\n      }\n    }\n    module(id: $id) {\n      id\n      ...ModuleEditor_module\n    }\n    skills {\n      id\n      code\n      name {\n        text(locale: $locale)\n      }\n    }\n  }\n"): (typeof documents)["\n  query StudioModule($id: ID!, $locale: String!) {\n    me {\n      id\n      maison {\n        id\n        defaultLocale\n        fourEyesPublishing\n      }\n    }\n    module(id: $id) {\n      id\n      ...ModuleEditor_module\n    }\n    skills {\n      id\n      code\n      name {\n        text(locale: $locale)\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModuleQuestionBank($locale: String!, $filter: QuestionFilterInput!, $limit: Int!) {\n    questions(filter: $filter, limit: $limit) {\n      total\n      items {\n        id\n        code\n        latest {\n          id\n          status\n          prompt {\n            text(locale: $locale)\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModuleQuestionBank($locale: String!, $filter: QuestionFilterInput!, $limit: Int!) {\n    questions(filter: $filter, limit: $limit) {\n      total\n      items {\n        id\n        code\n        latest {\n          id\n          status\n          prompt {\n            text(locale: $locale)\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModuleHistory($entityId: ID!) {\n    auditTrail(entityType: \"module\", entityId: $entityId) {\n      id\n      ...AuditTrail_entry\n    }\n  }\n"): (typeof documents)["\n  query ModuleHistory($entityId: ID!) {\n    auditTrail(entityType: \"module\", entityId: $entityId) {\n      id\n      ...AuditTrail_entry\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewLessonMarkdown($markdown: String!) {\n    previewLessonMarkdown(markdown: $markdown)\n  }\n"): (typeof documents)["\n  query PreviewLessonMarkdown($markdown: String!) {\n    previewLessonMarkdown(markdown: $markdown)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateModule($input: CreateModuleInput!, $locale: String!) {\n    createModule(input: $input) {\n      id\n      ...ModulesTable_module\n    }\n  }\n"): (typeof documents)["\n  mutation CreateModule($input: CreateModuleInput!, $locale: String!) {\n    createModule(input: $input) {\n      id\n      ...ModulesTable_module\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveModuleDraft($input: SaveModuleDraftInput!, $locale: String!) {\n    saveModuleDraft(input: $input) {\n      id\n      ...ModulesTable_module\n      ...ModuleEditor_module\n    }\n  }\n"): (typeof documents)["\n  mutation SaveModuleDraft($input: SaveModuleDraftInput!, $locale: String!) {\n    saveModuleDraft(input: $input) {\n      id\n      ...ModulesTable_module\n      ...ModuleEditor_module\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewModule($input: ReviewModuleInput!, $locale: String!) {\n    reviewModule(input: $input) {\n      id\n      ...ModulesTable_module\n      ...ModuleEditor_module\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewModule($input: ReviewModuleInput!, $locale: String!) {\n    reviewModule(input: $input) {\n      id\n      ...ModulesTable_module\n      ...ModuleEditor_module\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LocalisedTexts_text on LocalisedText {\n    sourceLocale\n    translations {\n      locale\n      status\n      text\n    }\n  }\n"): (typeof documents)["\n  fragment LocalisedTexts_text on LocalisedText {\n    sourceLocale\n    translations {\n      locale\n      status\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BoutiqueRow_boutique on Boutique {\n    id\n    name\n    city\n    country\n    timezone\n    locale\n    advisorCount\n    region {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment BoutiqueRow_boutique on Boutique {\n    id\n    name\n    city\n    country\n    timezone\n    locale\n    advisorCount\n    region {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegionCard_region on Region {\n    id\n    name\n    boutiques {\n      id\n      ...BoutiqueRow_boutique\n    }\n  }\n"): (typeof documents)["\n  fragment RegionCard_region on Region {\n    id\n    name\n    boutiques {\n      id\n      ...BoutiqueRow_boutique\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminRegions {\n    regions {\n      id\n      ...RegionCard_region\n    }\n  }\n"): (typeof documents)["\n  query AdminRegions {\n    regions {\n      id\n      ...RegionCard_region\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRegion($input: CreateRegionInput!) {\n    createRegion(input: $input) {\n      id\n      ...RegionCard_region\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRegion($input: CreateRegionInput!) {\n    createRegion(input: $input) {\n      id\n      ...RegionCard_region\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRegion($input: UpdateRegionInput!) {\n    updateRegion(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRegion($input: UpdateRegionInput!) {\n    updateRegion(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBoutique($input: CreateBoutiqueInput!) {\n    createBoutique(input: $input) {\n      id\n      ...BoutiqueRow_boutique\n    }\n  }\n"): (typeof documents)["\n  mutation CreateBoutique($input: CreateBoutiqueInput!) {\n    createBoutique(input: $input) {\n      id\n      ...BoutiqueRow_boutique\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBoutique($input: UpdateBoutiqueInput!) {\n    updateBoutique(input: $input) {\n      id\n      ...BoutiqueRow_boutique\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateBoutique($input: UpdateBoutiqueInput!) {\n    updateBoutique(input: $input) {\n      id\n      ...BoutiqueRow_boutique\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgramsTable_program on Program {\n    id\n    code\n    onboarding\n    certificationThreshold\n    title {\n      sourceLocale\n      text(locale: $locale)\n    }\n    modules {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment ProgramsTable_program on Program {\n    id\n    code\n    onboarding\n    certificationThreshold\n    title {\n      sourceLocale\n      text(locale: $locale)\n    }\n    modules {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgramOutline_module on Module {\n    id\n    code\n    kind\n    latest {\n      id\n      version\n      status\n      estimatedMinutes\n      title {\n        text(locale: $locale)\n      }\n    }\n    published {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  fragment ProgramOutline_module on Module {\n    id\n    code\n    kind\n    latest {\n      id\n      version\n      status\n      estimatedMinutes\n      title {\n        text(locale: $locale)\n      }\n    }\n    published {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgramTexts_program on Program {\n    id\n    title {\n      text(locale: $locale)\n      ...LocalisedTexts_text\n    }\n    description {\n      ...LocalisedTexts_text\n    }\n  }\n"): (typeof documents)["\n  fragment ProgramTexts_program on Program {\n    id\n    title {\n      text(locale: $locale)\n      ...LocalisedTexts_text\n    }\n    description {\n      ...LocalisedTexts_text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgramDetail_program on Program {\n    id\n    code\n    onboarding\n    certificationThreshold\n    targetSkills\n    updatedAt\n    ...ProgramTexts_program\n    modules {\n      id\n      ...ProgramOutline_module\n    }\n  }\n"): (typeof documents)["\n  fragment ProgramDetail_program on Program {\n    id\n    code\n    onboarding\n    certificationThreshold\n    targetSkills\n    updatedAt\n    ...ProgramTexts_program\n    modules {\n      id\n      ...ProgramOutline_module\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudioPrograms($locale: String!) {\n    me {\n      id\n      maison {\n        id\n        defaultLocale\n      }\n    }\n    programs {\n      id\n      ...ProgramsTable_program\n    }\n  }\n"): (typeof documents)["\n  query StudioPrograms($locale: String!) {\n    me {\n      id\n      maison {\n        id\n        defaultLocale\n      }\n    }\n    programs {\n      id\n      ...ProgramsTable_program\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudioProgram($id: ID!, $locale: String!) {\n    program(id: $id) {\n      id\n      ...ProgramDetail_program\n    }\n    modules {\n      id\n      ...ProgramOutline_module\n    }\n    skills {\n      id\n      code\n      name {\n        text(locale: $locale)\n      }\n    }\n  }\n"): (typeof documents)["\n  query StudioProgram($id: ID!, $locale: String!) {\n    program(id: $id) {\n      id\n      ...ProgramDetail_program\n    }\n    modules {\n      id\n      ...ProgramOutline_module\n    }\n    skills {\n      id\n      code\n      name {\n        text(locale: $locale)\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportProgramPackage($programId: ID!) {\n    exportProgramPackage(programId: $programId) {\n      fileName\n      json\n      checksum\n    }\n  }\n"): (typeof documents)["\n  query ExportProgramPackage($programId: ID!) {\n    exportProgramPackage(programId: $programId) {\n      fileName\n      json\n      checksum\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProgram($input: CreateProgramInput!, $locale: String!) {\n    createProgram(input: $input) {\n      id\n      ...ProgramsTable_program\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProgram($input: CreateProgramInput!, $locale: String!) {\n    createProgram(input: $input) {\n      id\n      ...ProgramsTable_program\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProgram($input: UpdateProgramInput!, $locale: String!) {\n    updateProgram(input: $input) {\n      id\n      ...ProgramsTable_program\n      ...ProgramDetail_program\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProgram($input: UpdateProgramInput!, $locale: String!) {\n    updateProgram(input: $input) {\n      id\n      ...ProgramsTable_program\n      ...ProgramDetail_program\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetProgramModules($input: SetProgramModulesInput!, $locale: String!) {\n    setProgramModules(input: $input) {\n      id\n      updatedAt\n      modules {\n        id\n        ...ProgramOutline_module\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetProgramModules($input: SetProgramModulesInput!, $locale: String!) {\n    setProgramModules(input: $input) {\n      id\n      updatedAt\n      modules {\n        id\n        ...ProgramOutline_module\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportProgramPackage($json: String!) {\n    importProgramPackage(json: $json) {\n      program\n      skills {\n        created\n        updated\n      }\n      modules {\n        created\n        updated\n      }\n      questions {\n        created\n        updated\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportProgramPackage($json: String!) {\n    importProgramPackage(json: $json) {\n      program\n      skills {\n        created\n        updated\n      }\n      modules {\n        created\n        updated\n      }\n      questions {\n        created\n        updated\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuestionsTable_question on Question {\n    id\n    code\n    latest {\n      id\n      version\n      status\n      type\n      difficulty\n      skills\n      prompt {\n        sourceLocale\n        text(locale: $locale)\n      }\n    }\n    published {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  fragment QuestionsTable_question on Question {\n    id\n    code\n    latest {\n      id\n      version\n      status\n      type\n      difficulty\n      skills\n      prompt {\n        sourceLocale\n        text(locale: $locale)\n      }\n    }\n    published {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuestionEditor_question on Question {\n    id\n    code\n    latest {\n      id\n      version\n      status\n      type\n      content\n      texts {\n        path\n        text {\n          sourceLocale\n          translations {\n            locale\n            status\n          }\n        }\n      }\n      authorship {\n        lastEditorId\n        lastEditorName\n        updatedAt\n        publishedAt\n      }\n    }\n    published {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  fragment QuestionEditor_question on Question {\n    id\n    code\n    latest {\n      id\n      version\n      status\n      type\n      content\n      texts {\n        path\n        text {\n          sourceLocale\n          translations {\n            locale\n            status\n          }\n        }\n      }\n      authorship {\n        lastEditorId\n        lastEditorName\n        updatedAt\n        publishedAt\n      }\n    }\n    published {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudioQuestions($locale: String!, $filter: QuestionFilterInput, $offset: Int!, $limit: Int!) {\n    questions(filter: $filter, offset: $offset, limit: $limit) {\n      items {\n        id\n        ...QuestionsTable_question\n      }\n      total\n    }\n  }\n"): (typeof documents)["\n  query StudioQuestions($locale: String!, $filter: QuestionFilterInput, $offset: Int!, $limit: Int!) {\n    questions(filter: $filter, offset: $offset, limit: $limit) {\n      items {\n        id\n        ...QuestionsTable_question\n      }\n      total\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestionEditorContext {\n    me {\n      id\n      maison {\n        id\n        defaultLocale\n        fourEyesPublishing\n      }\n    }\n    skills {\n      id\n      code\n    }\n  }\n"): (typeof documents)["\n  query QuestionEditorContext {\n    me {\n      id\n      maison {\n        id\n        defaultLocale\n        fourEyesPublishing\n      }\n    }\n    skills {\n      id\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudioQuestion($id: ID!) {\n    question(id: $id) {\n      id\n      ...QuestionEditor_question\n    }\n  }\n"): (typeof documents)["\n  query StudioQuestion($id: ID!) {\n    question(id: $id) {\n      id\n      ...QuestionEditor_question\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestionHistory($entityId: ID!) {\n    auditTrail(entityType: \"question\", entityId: $entityId) {\n      id\n      ...AuditTrail_entry\n    }\n  }\n"): (typeof documents)["\n  query QuestionHistory($entityId: ID!) {\n    auditTrail(entityType: \"question\", entityId: $entityId) {\n      id\n      ...AuditTrail_entry\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateQuestion($input: CreateQuestionInput!) {\n    createQuestion(input: $input) {\n      id\n      ...QuestionEditor_question\n    }\n  }\n"): (typeof documents)["\n  mutation CreateQuestion($input: CreateQuestionInput!) {\n    createQuestion(input: $input) {\n      id\n      ...QuestionEditor_question\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveQuestionDraft($input: SaveQuestionDraftInput!) {\n    saveQuestionDraft(input: $input) {\n      id\n      ...QuestionEditor_question\n    }\n  }\n"): (typeof documents)["\n  mutation SaveQuestionDraft($input: SaveQuestionDraftInput!) {\n    saveQuestionDraft(input: $input) {\n      id\n      ...QuestionEditor_question\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewQuestion($input: ReviewQuestionInput!) {\n    reviewQuestion(input: $input) {\n      id\n      ...QuestionEditor_question\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewQuestion($input: ReviewQuestionInput!) {\n    reviewQuestion(input: $input) {\n      id\n      ...QuestionEditor_question\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportQuestionsCsv($csv: String!, $locale: String!) {\n    importQuestionsCsv(csv: $csv) {\n      id\n      ...QuestionsTable_question\n    }\n  }\n"): (typeof documents)["\n  mutation ImportQuestionsCsv($csv: String!, $locale: String!) {\n    importQuestionsCsv(csv: $csv) {\n      id\n      ...QuestionsTable_question\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewQueue_module on Module {\n    id\n    code\n    kind\n    latest {\n      id\n      version\n      status\n      title {\n        sourceLocale\n        text(locale: $locale)\n      }\n      authorship {\n        lastEditorId\n        lastEditorName\n        updatedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ReviewQueue_module on Module {\n    id\n    code\n    kind\n    latest {\n      id\n      version\n      status\n      title {\n        sourceLocale\n        text(locale: $locale)\n      }\n      authorship {\n        lastEditorId\n        lastEditorName\n        updatedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewQueue_question on Question {\n    id\n    code\n    latest {\n      id\n      version\n      status\n      type\n      prompt {\n        sourceLocale\n        text(locale: $locale)\n      }\n      authorship {\n        lastEditorId\n        lastEditorName\n        updatedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ReviewQueue_question on Question {\n    id\n    code\n    latest {\n      id\n      version\n      status\n      type\n      prompt {\n        sourceLocale\n        text(locale: $locale)\n      }\n      authorship {\n        lastEditorId\n        lastEditorName\n        updatedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewQueue($locale: String!) {\n    me {\n      id\n      maison {\n        id\n        fourEyesPublishing\n      }\n    }\n    modules(status: IN_REVIEW) {\n      id\n      ...ReviewQueue_module\n    }\n    questions(filter: { status: IN_REVIEW }, limit: 200) {\n      items {\n        id\n        ...ReviewQueue_question\n      }\n      total\n    }\n  }\n"): (typeof documents)["\n  query ReviewQueue($locale: String!) {\n    me {\n      id\n      maison {\n        id\n        fourEyesPublishing\n      }\n    }\n    modules(status: IN_REVIEW) {\n      id\n      ...ReviewQueue_module\n    }\n    questions(filter: { status: IN_REVIEW }, limit: 200) {\n      items {\n        id\n        ...ReviewQueue_question\n      }\n      total\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewQueuedModule($input: ReviewModuleInput!, $locale: String!) {\n    reviewModule(input: $input) {\n      id\n      ...ReviewQueue_module\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewQueuedModule($input: ReviewModuleInput!, $locale: String!) {\n    reviewModule(input: $input) {\n      id\n      ...ReviewQueue_module\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewQueuedQuestion($input: ReviewQuestionInput!, $locale: String!) {\n    reviewQuestion(input: $input) {\n      id\n      ...ReviewQueue_question\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewQueuedQuestion($input: ReviewQuestionInput!, $locale: String!) {\n    reviewQuestion(input: $input) {\n      id\n      ...ReviewQueue_question\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SkillsTable_skill on Skill {\n    id\n    code\n    category\n    name {\n      text(locale: $locale)\n      ...LocalisedTexts_text\n    }\n    description {\n      ...LocalisedTexts_text\n    }\n    prerequisites {\n      id\n      code\n    }\n  }\n"): (typeof documents)["\n  fragment SkillsTable_skill on Skill {\n    id\n    code\n    category\n    name {\n      text(locale: $locale)\n      ...LocalisedTexts_text\n    }\n    description {\n      ...LocalisedTexts_text\n    }\n    prerequisites {\n      id\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SkillTexts_skill on Skill {\n    id\n    name {\n      ...LocalisedTexts_text\n    }\n    description {\n      ...LocalisedTexts_text\n    }\n  }\n"): (typeof documents)["\n  fragment SkillTexts_skill on Skill {\n    id\n    name {\n      ...LocalisedTexts_text\n    }\n    description {\n      ...LocalisedTexts_text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SkillGraph_skill on Skill {\n    id\n    code\n    name {\n      text(locale: $locale)\n    }\n    prerequisites {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment SkillGraph_skill on Skill {\n    id\n    code\n    name {\n      text(locale: $locale)\n    }\n    prerequisites {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudioSkills($locale: String!) {\n    me {\n      id\n      maison {\n        id\n        defaultLocale\n      }\n    }\n    skills {\n      id\n      ...SkillsTable_skill\n    }\n  }\n"): (typeof documents)["\n  query StudioSkills($locale: String!) {\n    me {\n      id\n      maison {\n        id\n        defaultLocale\n      }\n    }\n    skills {\n      id\n      ...SkillsTable_skill\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudioSkill($id: ID!, $locale: String!) {\n    skill(id: $id) {\n      id\n      updatedAt\n      ...SkillsTable_skill\n      ...SkillTexts_skill\n      ...SkillGraph_skill\n    }\n    skills {\n      id\n      ...SkillGraph_skill\n    }\n  }\n"): (typeof documents)["\n  query StudioSkill($id: ID!, $locale: String!) {\n    skill(id: $id) {\n      id\n      updatedAt\n      ...SkillsTable_skill\n      ...SkillTexts_skill\n      ...SkillGraph_skill\n    }\n    skills {\n      id\n      ...SkillGraph_skill\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SkillAuditTrail($entityId: ID!) {\n    auditTrail(entityType: \"skill\", entityId: $entityId) {\n      id\n      ...AuditTrail_entry\n    }\n  }\n"): (typeof documents)["\n  query SkillAuditTrail($entityId: ID!) {\n    auditTrail(entityType: \"skill\", entityId: $entityId) {\n      id\n      ...AuditTrail_entry\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSkill($input: CreateSkillInput!, $locale: String!) {\n    createSkill(input: $input) {\n      id\n      ...SkillsTable_skill\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSkill($input: CreateSkillInput!, $locale: String!) {\n    createSkill(input: $input) {\n      id\n      ...SkillsTable_skill\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSkill($input: UpdateSkillInput!, $locale: String!) {\n    updateSkill(input: $input) {\n      id\n      updatedAt\n      ...SkillsTable_skill\n      ...SkillTexts_skill\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSkill($input: UpdateSkillInput!, $locale: String!) {\n    updateSkill(input: $input) {\n      id\n      updatedAt\n      ...SkillsTable_skill\n      ...SkillTexts_skill\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSkillPrerequisites($input: SetSkillPrerequisitesInput!, $locale: String!) {\n    setSkillPrerequisites(input: $input) {\n      id\n      updatedAt\n      ...SkillsTable_skill\n      ...SkillGraph_skill\n    }\n  }\n"): (typeof documents)["\n  mutation SetSkillPrerequisites($input: SetSkillPrerequisitesInput!, $locale: String!) {\n    setSkillPrerequisites(input: $input) {\n      id\n      updatedAt\n      ...SkillsTable_skill\n      ...SkillGraph_skill\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportProgress_userImport on UserImport {\n    id\n    fileName\n    status\n    totalRows\n    processedRows\n    createdUsers\n    createdAt\n    finishedAt\n    issues {\n      row\n      field\n      code\n      params\n      message\n    }\n  }\n"): (typeof documents)["\n  fragment ImportProgress_userImport on UserImport {\n    id\n    fileName\n    status\n    totalRows\n    processedRows\n    createdUsers\n    createdAt\n    finishedAt\n    issues {\n      row\n      field\n      code\n      params\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecentImports_userImport on UserImport {\n    id\n    fileName\n    status\n    totalRows\n    createdUsers\n    createdAt\n  }\n"): (typeof documents)["\n  fragment RecentImports_userImport on UserImport {\n    id\n    fileName\n    status\n    totalRows\n    createdUsers\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserImports {\n    userImports {\n      id\n      ...RecentImports_userImport\n    }\n  }\n"): (typeof documents)["\n  query UserImports {\n    userImports {\n      id\n      ...RecentImports_userImport\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserImport($id: ID!) {\n    userImport(id: $id) {\n      id\n      ...ImportProgress_userImport\n    }\n  }\n"): (typeof documents)["\n  query UserImport($id: ID!) {\n    userImport(id: $id) {\n      id\n      ...ImportProgress_userImport\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartUserImport($input: StartUserImportInput!) {\n    startUserImport(input: $input) {\n      id\n      ...ImportProgress_userImport\n      ...RecentImports_userImport\n    }\n  }\n"): (typeof documents)["\n  mutation StartUserImport($input: StartUserImportInput!) {\n    startUserImport(input: $input) {\n      id\n      ...ImportProgress_userImport\n      ...RecentImports_userImport\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UsersTable_user on User {\n    id\n    email\n    displayName\n    roles\n    active\n    hasPassword\n    boutique {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment UsersTable_user on User {\n    id\n    email\n    displayName\n    roles\n    active\n    hasPassword\n    boutique {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserForm_user on User {\n    id\n    email\n    displayName\n    roles\n    locale\n    timezone\n    startDate\n    boutique {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment UserForm_user on User {\n    id\n    email\n    displayName\n    roles\n    locale\n    timezone\n    startDate\n    boutique {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers($filter: UserFilterInput, $offset: Int!, $limit: Int!) {\n    users(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        ...UsersTable_user\n        ...UserForm_user\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminUsers($filter: UserFilterInput, $offset: Int!, $limit: Int!) {\n    users(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        ...UsersTable_user\n        ...UserForm_user\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoutiqueOptions {\n    boutiques {\n      id\n      name\n      city\n      timezone\n      locale\n      region {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query BoutiqueOptions {\n    boutiques {\n      id\n      name\n      city\n      timezone\n      locale\n      region {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      ...UsersTable_user\n      ...UserForm_user\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      ...UsersTable_user\n      ...UserForm_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      ...UsersTable_user\n      ...UserForm_user\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      ...UsersTable_user\n      ...UserForm_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserPassword($input: SetUserPasswordInput!) {\n    setUserPassword(input: $input) {\n      id\n      hasPassword\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserPassword($input: SetUserPasswordInput!) {\n    setUserPassword(input: $input) {\n      id\n      hasPassword\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserHistory($userId: ID!) {\n    auditTrail(entityType: \"user\", entityId: $userId) {\n      id\n      ...AuditTrail_entry\n    }\n  }\n"): (typeof documents)["\n  query UserHistory($userId: ID!) {\n    auditTrail(entityType: \"user\", entityId: $userId) {\n      id\n      ...AuditTrail_entry\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;