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
    "\n  fragment BoutiqueRow_boutique on Boutique {\n    id\n    name\n    city\n    country\n    timezone\n    locale\n    advisorCount\n    region {\n      id\n    }\n  }\n": typeof types.BoutiqueRow_BoutiqueFragmentDoc,
    "\n  fragment RegionCard_region on Region {\n    id\n    name\n    boutiques {\n      id\n      ...BoutiqueRow_boutique\n    }\n  }\n": typeof types.RegionCard_RegionFragmentDoc,
    "\n  query AdminRegions {\n    regions {\n      id\n      ...RegionCard_region\n    }\n  }\n": typeof types.AdminRegionsDocument,
    "\n  mutation CreateRegion($input: CreateRegionInput!) {\n    createRegion(input: $input) {\n      id\n      ...RegionCard_region\n    }\n  }\n": typeof types.CreateRegionDocument,
    "\n  mutation UpdateRegion($input: UpdateRegionInput!) {\n    updateRegion(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.UpdateRegionDocument,
    "\n  mutation CreateBoutique($input: CreateBoutiqueInput!) {\n    createBoutique(input: $input) {\n      id\n      ...BoutiqueRow_boutique\n    }\n  }\n": typeof types.CreateBoutiqueDocument,
    "\n  mutation UpdateBoutique($input: UpdateBoutiqueInput!) {\n    updateBoutique(input: $input) {\n      id\n      ...BoutiqueRow_boutique\n    }\n  }\n": typeof types.UpdateBoutiqueDocument,
    "\n  fragment SkillsTable_skill on Skill {\n    id\n    code\n    category\n    name {\n      sourceLocale\n      text(locale: $locale)\n      translations {\n        locale\n        status\n        text\n      }\n    }\n    description {\n      sourceLocale\n      translations {\n        locale\n        status\n        text\n      }\n    }\n    prerequisites {\n      id\n      code\n    }\n  }\n": typeof types.SkillsTable_SkillFragmentDoc,
    "\n  fragment SkillTexts_skill on Skill {\n    id\n    name {\n      sourceLocale\n      translations {\n        locale\n        status\n        text\n      }\n    }\n    description {\n      sourceLocale\n      translations {\n        locale\n        status\n        text\n      }\n    }\n  }\n": typeof types.SkillTexts_SkillFragmentDoc,
    "\n  fragment SkillGraph_skill on Skill {\n    id\n    code\n    name {\n      text(locale: $locale)\n    }\n    prerequisites {\n      id\n    }\n  }\n": typeof types.SkillGraph_SkillFragmentDoc,
    "\n  fragment SkillAuditTrail_entry on AuditEntry {\n    id\n    action\n    actorName\n    createdAt\n    changes {\n      field\n      before\n      after\n    }\n  }\n": typeof types.SkillAuditTrail_EntryFragmentDoc,
    "\n  query StudioSkills($locale: String!) {\n    me {\n      id\n      maison {\n        id\n        defaultLocale\n      }\n    }\n    skills {\n      id\n      ...SkillsTable_skill\n    }\n  }\n": typeof types.StudioSkillsDocument,
    "\n  query StudioSkill($id: ID!, $locale: String!) {\n    skill(id: $id) {\n      id\n      updatedAt\n      ...SkillsTable_skill\n      ...SkillTexts_skill\n      ...SkillGraph_skill\n    }\n    skills {\n      id\n      ...SkillGraph_skill\n    }\n  }\n": typeof types.StudioSkillDocument,
    "\n  query SkillAuditTrail($entityId: ID!) {\n    auditTrail(entityType: \"skill\", entityId: $entityId) {\n      id\n      ...SkillAuditTrail_entry\n    }\n  }\n": typeof types.SkillAuditTrailDocument,
    "\n  mutation CreateSkill($input: CreateSkillInput!, $locale: String!) {\n    createSkill(input: $input) {\n      id\n      ...SkillsTable_skill\n    }\n  }\n": typeof types.CreateSkillDocument,
    "\n  mutation UpdateSkill($input: UpdateSkillInput!, $locale: String!) {\n    updateSkill(input: $input) {\n      id\n      updatedAt\n      ...SkillsTable_skill\n      ...SkillTexts_skill\n    }\n  }\n": typeof types.UpdateSkillDocument,
    "\n  mutation SetSkillPrerequisites($input: SetSkillPrerequisitesInput!, $locale: String!) {\n    setSkillPrerequisites(input: $input) {\n      id\n      updatedAt\n      ...SkillsTable_skill\n      ...SkillGraph_skill\n    }\n  }\n": typeof types.SetSkillPrerequisitesDocument,
    "\n  fragment ImportProgress_userImport on UserImport {\n    id\n    fileName\n    status\n    totalRows\n    processedRows\n    createdUsers\n    createdAt\n    finishedAt\n    issues {\n      row\n      field\n      message\n    }\n  }\n": typeof types.ImportProgress_UserImportFragmentDoc,
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
    "\n  mutation SetUserRoles($input: SetUserRolesInput!) {\n    setUserRoles(input: $input) {\n      id\n      roles\n    }\n  }\n": typeof types.SetUserRolesDocument,
    "\n  mutation SetUserPassword($input: SetUserPasswordInput!) {\n    setUserPassword(input: $input) {\n      id\n      hasPassword\n    }\n  }\n": typeof types.SetUserPasswordDocument,
    "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n": typeof types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n": typeof types.ReactivateUserDocument,
};
const documents: Documents = {
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
    "\n  fragment BoutiqueRow_boutique on Boutique {\n    id\n    name\n    city\n    country\n    timezone\n    locale\n    advisorCount\n    region {\n      id\n    }\n  }\n": types.BoutiqueRow_BoutiqueFragmentDoc,
    "\n  fragment RegionCard_region on Region {\n    id\n    name\n    boutiques {\n      id\n      ...BoutiqueRow_boutique\n    }\n  }\n": types.RegionCard_RegionFragmentDoc,
    "\n  query AdminRegions {\n    regions {\n      id\n      ...RegionCard_region\n    }\n  }\n": types.AdminRegionsDocument,
    "\n  mutation CreateRegion($input: CreateRegionInput!) {\n    createRegion(input: $input) {\n      id\n      ...RegionCard_region\n    }\n  }\n": types.CreateRegionDocument,
    "\n  mutation UpdateRegion($input: UpdateRegionInput!) {\n    updateRegion(input: $input) {\n      id\n      name\n    }\n  }\n": types.UpdateRegionDocument,
    "\n  mutation CreateBoutique($input: CreateBoutiqueInput!) {\n    createBoutique(input: $input) {\n      id\n      ...BoutiqueRow_boutique\n    }\n  }\n": types.CreateBoutiqueDocument,
    "\n  mutation UpdateBoutique($input: UpdateBoutiqueInput!) {\n    updateBoutique(input: $input) {\n      id\n      ...BoutiqueRow_boutique\n    }\n  }\n": types.UpdateBoutiqueDocument,
    "\n  fragment SkillsTable_skill on Skill {\n    id\n    code\n    category\n    name {\n      sourceLocale\n      text(locale: $locale)\n      translations {\n        locale\n        status\n        text\n      }\n    }\n    description {\n      sourceLocale\n      translations {\n        locale\n        status\n        text\n      }\n    }\n    prerequisites {\n      id\n      code\n    }\n  }\n": types.SkillsTable_SkillFragmentDoc,
    "\n  fragment SkillTexts_skill on Skill {\n    id\n    name {\n      sourceLocale\n      translations {\n        locale\n        status\n        text\n      }\n    }\n    description {\n      sourceLocale\n      translations {\n        locale\n        status\n        text\n      }\n    }\n  }\n": types.SkillTexts_SkillFragmentDoc,
    "\n  fragment SkillGraph_skill on Skill {\n    id\n    code\n    name {\n      text(locale: $locale)\n    }\n    prerequisites {\n      id\n    }\n  }\n": types.SkillGraph_SkillFragmentDoc,
    "\n  fragment SkillAuditTrail_entry on AuditEntry {\n    id\n    action\n    actorName\n    createdAt\n    changes {\n      field\n      before\n      after\n    }\n  }\n": types.SkillAuditTrail_EntryFragmentDoc,
    "\n  query StudioSkills($locale: String!) {\n    me {\n      id\n      maison {\n        id\n        defaultLocale\n      }\n    }\n    skills {\n      id\n      ...SkillsTable_skill\n    }\n  }\n": types.StudioSkillsDocument,
    "\n  query StudioSkill($id: ID!, $locale: String!) {\n    skill(id: $id) {\n      id\n      updatedAt\n      ...SkillsTable_skill\n      ...SkillTexts_skill\n      ...SkillGraph_skill\n    }\n    skills {\n      id\n      ...SkillGraph_skill\n    }\n  }\n": types.StudioSkillDocument,
    "\n  query SkillAuditTrail($entityId: ID!) {\n    auditTrail(entityType: \"skill\", entityId: $entityId) {\n      id\n      ...SkillAuditTrail_entry\n    }\n  }\n": types.SkillAuditTrailDocument,
    "\n  mutation CreateSkill($input: CreateSkillInput!, $locale: String!) {\n    createSkill(input: $input) {\n      id\n      ...SkillsTable_skill\n    }\n  }\n": types.CreateSkillDocument,
    "\n  mutation UpdateSkill($input: UpdateSkillInput!, $locale: String!) {\n    updateSkill(input: $input) {\n      id\n      updatedAt\n      ...SkillsTable_skill\n      ...SkillTexts_skill\n    }\n  }\n": types.UpdateSkillDocument,
    "\n  mutation SetSkillPrerequisites($input: SetSkillPrerequisitesInput!, $locale: String!) {\n    setSkillPrerequisites(input: $input) {\n      id\n      updatedAt\n      ...SkillsTable_skill\n      ...SkillGraph_skill\n    }\n  }\n": types.SetSkillPrerequisitesDocument,
    "\n  fragment ImportProgress_userImport on UserImport {\n    id\n    fileName\n    status\n    totalRows\n    processedRows\n    createdUsers\n    createdAt\n    finishedAt\n    issues {\n      row\n      field\n      message\n    }\n  }\n": types.ImportProgress_UserImportFragmentDoc,
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
    "\n  mutation SetUserRoles($input: SetUserRolesInput!) {\n    setUserRoles(input: $input) {\n      id\n      roles\n    }\n  }\n": types.SetUserRolesDocument,
    "\n  mutation SetUserPassword($input: SetUserPasswordInput!) {\n    setUserPassword(input: $input) {\n      id\n      hasPassword\n    }\n  }\n": types.SetUserPasswordDocument,
    "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n": types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n": types.ReactivateUserDocument,
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
export function graphql(source: "\n  fragment SkillsTable_skill on Skill {\n    id\n    code\n    category\n    name {\n      sourceLocale\n      text(locale: $locale)\n      translations {\n        locale\n        status\n        text\n      }\n    }\n    description {\n      sourceLocale\n      translations {\n        locale\n        status\n        text\n      }\n    }\n    prerequisites {\n      id\n      code\n    }\n  }\n"): (typeof documents)["\n  fragment SkillsTable_skill on Skill {\n    id\n    code\n    category\n    name {\n      sourceLocale\n      text(locale: $locale)\n      translations {\n        locale\n        status\n        text\n      }\n    }\n    description {\n      sourceLocale\n      translations {\n        locale\n        status\n        text\n      }\n    }\n    prerequisites {\n      id\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SkillTexts_skill on Skill {\n    id\n    name {\n      sourceLocale\n      translations {\n        locale\n        status\n        text\n      }\n    }\n    description {\n      sourceLocale\n      translations {\n        locale\n        status\n        text\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SkillTexts_skill on Skill {\n    id\n    name {\n      sourceLocale\n      translations {\n        locale\n        status\n        text\n      }\n    }\n    description {\n      sourceLocale\n      translations {\n        locale\n        status\n        text\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SkillGraph_skill on Skill {\n    id\n    code\n    name {\n      text(locale: $locale)\n    }\n    prerequisites {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment SkillGraph_skill on Skill {\n    id\n    code\n    name {\n      text(locale: $locale)\n    }\n    prerequisites {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SkillAuditTrail_entry on AuditEntry {\n    id\n    action\n    actorName\n    createdAt\n    changes {\n      field\n      before\n      after\n    }\n  }\n"): (typeof documents)["\n  fragment SkillAuditTrail_entry on AuditEntry {\n    id\n    action\n    actorName\n    createdAt\n    changes {\n      field\n      before\n      after\n    }\n  }\n"];
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
export function graphql(source: "\n  query SkillAuditTrail($entityId: ID!) {\n    auditTrail(entityType: \"skill\", entityId: $entityId) {\n      id\n      ...SkillAuditTrail_entry\n    }\n  }\n"): (typeof documents)["\n  query SkillAuditTrail($entityId: ID!) {\n    auditTrail(entityType: \"skill\", entityId: $entityId) {\n      id\n      ...SkillAuditTrail_entry\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment ImportProgress_userImport on UserImport {\n    id\n    fileName\n    status\n    totalRows\n    processedRows\n    createdUsers\n    createdAt\n    finishedAt\n    issues {\n      row\n      field\n      message\n    }\n  }\n"): (typeof documents)["\n  fragment ImportProgress_userImport on UserImport {\n    id\n    fileName\n    status\n    totalRows\n    processedRows\n    createdUsers\n    createdAt\n    finishedAt\n    issues {\n      row\n      field\n      message\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation SetUserRoles($input: SetUserRolesInput!) {\n    setUserRoles(input: $input) {\n      id\n      roles\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserRoles($input: SetUserRolesInput!) {\n    setUserRoles(input: $input) {\n      id\n      roles\n    }\n  }\n"];
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

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;