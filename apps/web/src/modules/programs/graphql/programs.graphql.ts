import { graphql } from '../../../generated';

/** A row of the programs list: the title in the viewer's locale, the settings at a glance, how many modules. */
export const ProgramsTableProgramFragment = graphql(`
  fragment ProgramsTable_program on Program {
    id
    code
    onboarding
    certificationThreshold
    title {
      sourceLocale
      text(locale: $locale)
    }
    modules {
      id
    }
  }
`);

/** A module as a program's outline shows it (and as the picker offers it): kind, latest status, length. */
export const ProgramOutlineModuleFragment = graphql(`
  fragment ProgramOutline_module on Module {
    id
    code
    kind
    latest {
      id
      version
      status
      estimatedMinutes
      title {
        text(locale: $locale)
      }
    }
    published {
      id
      version
    }
  }
`);

/** The title and description of a program, every locale side by side. */
export const ProgramTextsProgramFragment = graphql(`
  fragment ProgramTexts_program on Program {
    id
    title {
      text(locale: $locale)
      ...LocalisedTexts_text
    }
    description {
      ...LocalisedTexts_text
    }
  }
`);

/** What the program page edits: settings, texts and the ordered modules. */
export const ProgramDetailProgramFragment = graphql(`
  fragment ProgramDetail_program on Program {
    id
    code
    onboarding
    certificationThreshold
    targetSkills
    updatedAt
    ...ProgramTexts_program
    modules {
      id
      ...ProgramOutline_module
    }
  }
`);

export const StudioProgramsDocument = graphql(`
  query StudioPrograms($locale: String!) {
    me {
      id
      maison {
        id
        defaultLocale
      }
    }
    programs {
      id
      ...ProgramsTable_program
    }
  }
`);

export const StudioProgramDocument = graphql(`
  query StudioProgram($id: ID!, $locale: String!) {
    program(id: $id) {
      id
      ...ProgramDetail_program
    }
    modules {
      id
      ...ProgramOutline_module
    }
    skills {
      id
      code
      name {
        text(locale: $locale)
      }
    }
  }
`);

export const ExportProgramPackageDocument = graphql(`
  query ExportProgramPackage($programId: ID!) {
    exportProgramPackage(programId: $programId) {
      fileName
      json
      checksum
    }
  }
`);

export const CreateProgramDocument = graphql(`
  mutation CreateProgram($input: CreateProgramInput!, $locale: String!) {
    createProgram(input: $input) {
      id
      ...ProgramsTable_program
    }
  }
`);

export const UpdateProgramDocument = graphql(`
  mutation UpdateProgram($input: UpdateProgramInput!, $locale: String!) {
    updateProgram(input: $input) {
      id
      ...ProgramsTable_program
      ...ProgramDetail_program
    }
  }
`);

export const SetProgramModulesDocument = graphql(`
  mutation SetProgramModules($input: SetProgramModulesInput!, $locale: String!) {
    setProgramModules(input: $input) {
      id
      updatedAt
      modules {
        id
        ...ProgramOutline_module
      }
    }
  }
`);

export const ImportProgramPackageDocument = graphql(`
  mutation ImportProgramPackage($json: String!) {
    importProgramPackage(json: $json) {
      program
      skills {
        created
        updated
      }
      modules {
        created
        updated
      }
      questions {
        created
        updated
      }
    }
  }
`);
