import { canonicalJson, isCertificationThreshold, isContentUrl, packageModuleIssues, programPackageIssues, programQuestionIssues, type ProgramPackage } from './program-package';

const en = (text: string) => ({ en: text });

function aPackage(): ProgramPackage {
  return {
    format: 'savoir.program-package',
    version: 1,
    sourceLocale: 'en',
    program: { code: 'onboarding', title: en('Onboarding'), description: en('The first weeks'), onboarding: true, certificationThreshold: 0.8, targetSkills: ['heritage.founding'], modules: ['founding', 'founding-quiz'] },
    skills: [
      { code: 'heritage.founding', category: 'HERITAGE', name: en('Founding story'), description: en('Who, where, when'), prerequisites: [] },
      { code: 'heritage.milestones', category: 'HERITAGE', name: en('Milestones'), description: en('The great dates'), prerequisites: ['heritage.founding'] },
    ],
    modules: [
      { code: 'founding', kind: 'LESSON', title: en('The founding'), summary: en('Geneva, 1837'), estimatedMinutes: 3, targetSkills: ['heritage.founding'], blocks: [{ kind: 'TIMELINE_EVENT', date: '1837', title: en('Founding'), story: en('Two friends open an atelier.') }], questions: [] },
      { code: 'founding-quiz', kind: 'QUIZ', title: en('Quiz'), summary: en('Check'), estimatedMinutes: 2, targetSkills: ['heritage.founding'], blocks: [], questions: ['q.founding-year'] },
    ],
    questions: [
      {
        code: 'q.founding-year',
        skills: ['heritage.founding'],
        difficulty: 2,
        key: { type: 'SINGLE_CHOICE', options: [{ id: 'a', correct: true }, { id: 'b', correct: false }] },
        presentation: { prompt: en('When?'), explanation: en('In 1837.'), choices: { a: { text: en('1837') }, b: { text: en('1901') } } },
      },
    ],
  };
}

describe('program packages', () => {
  it('accepts a complete package', () => {
    expect(programPackageIssues(aPackage())).toEqual([]);
  });

  it('rejects a package whole, naming the path of every problem', () => {
    const pkg = aPackage();
    const broken: ProgramPackage = {
      ...pkg,
      version: 2 as 1,
      skills: [{ ...pkg.skills[0], prerequisites: ['heritage.milestones'] }, pkg.skills[1]],
      modules: [{ ...pkg.modules[0], blocks: [{ kind: 'IMAGE', url: 'javascript:alert(1)', alt: { fr: 'Atelier' } }] }, { ...pkg.modules[1], questions: ['q.nowhere'] }],
      questions: [{ ...pkg.questions[0], presentation: { ...pkg.questions[0].presentation, choices: { a: { text: en('1837') } } } }],
    };
    expect(programPackageIssues(broken)).toEqual([
      { field: 'version', code: 'PACKAGE_VERSION_UNSUPPORTED', params: { version: '2', supported: 1 }, message: 'unsupported version 2; this deployment reads version 1' },
      { field: 'skills', code: 'PREREQUISITES_CYCLE', params: { cycle: 'heritage.founding → heritage.milestones → heritage.founding' }, message: 'prerequisites form a cycle: heritage.founding → heritage.milestones → heritage.founding' },
      { field: 'modules[0].blocks[0].url', code: 'CONTENT_URL_INVALID', message: 'must be an https URL or a path on this site (such as /content/images/dial.svg)' },
      { field: 'modules[0].blocks[0].alt', code: 'TEXT_MISSING', params: { locale: 'en' }, message: 'needs text in en' },
      { field: 'modules[1].questions', code: 'QUESTION_UNKNOWN', params: { code: 'q.nowhere' }, message: 'unknown question "q.nowhere"' },
      { field: 'questions[0].presentation.choices', code: 'CHOICE_TEXT_MISSING', params: { id: 'b' }, message: 'no text for "b"' },
    ]);
  });

  it('refuses a reference listed twice, which the Studio refuses too (and a prerequisite twice could not be stored)', () => {
    const pkg = aPackage();
    const twice: ProgramPackage = {
      ...pkg,
      program: { ...pkg.program, modules: ['founding', 'founding-quiz', 'founding'] },
      skills: [pkg.skills[0], { ...pkg.skills[1], prerequisites: ['heritage.founding', 'heritage.founding'] }],
      modules: [pkg.modules[0], { ...pkg.modules[1], questions: ['q.founding-year', 'q.founding-year', 'q.founding-year'] }],
    };
    expect(programPackageIssues(twice)).toEqual([
      { field: 'program.modules', code: 'CODE_LISTED_TWICE', params: { code: 'founding' }, message: '"founding" is listed twice' },
      { field: 'skills[1].prerequisites', code: 'CODE_LISTED_TWICE', params: { code: 'heritage.founding' }, message: '"heritage.founding" is listed twice' },
      { field: 'modules[1].questions', code: 'CODE_LISTED_TWICE', params: { code: 'q.founding-year' }, message: '"q.founding-year" is listed twice' },
    ]);
  });

  it('takes a certification threshold to three decimals, as it is stored', () => {
    expect([0.8, 1, 0.001, 0.813, 0.5].every(isCertificationThreshold)).toBe(true);
    expect([0, -0.2, 1.001, 0.0004, 0.8125, Number.NaN].some(isCertificationThreshold)).toBe(false);
    expect(programPackageIssues({ ...aPackage(), program: { ...aPackage().program, certificationThreshold: 0.0004 } })).toEqual([
      { field: 'program.certificationThreshold', code: 'CERTIFICATION_THRESHOLD_INVALID', message: 'must be above 0 and at most 1, to three decimals (e.g. 0.8 for 80%)' },
    ]);
  });

  it('requires image and alt text for image choices, and valid keys', () => {
    const pkg = aPackage();
    const question = { ...pkg.questions[0], key: { type: 'IMAGE_CHOICE' as const, options: [{ id: 'a', correct: true }, { id: 'b', correct: true }] } };
    expect(programPackageIssues({ ...pkg, questions: [question] })).toEqual([
      { field: 'questions[0].key.options', code: 'ONE_CORRECT_OPTION', params: { marked: 2 }, message: 'needs exactly one correct option (2 marked)' },
      { field: 'questions[0].presentation.choices.a', code: 'IMAGE_CHOICE_INCOMPLETE', message: 'an image choice needs an image URL and alt text' },
      { field: 'questions[0].presentation.choices.b', code: 'IMAGE_CHOICE_INCOMPLETE', message: 'an image choice needs an image URL and alt text' },
    ]);
  });

  it('refuses a program code that is not a content code, as creating a program does', () => {
    const pkg = aPackage();
    expect(programPackageIssues({ ...pkg, program: { ...pkg.program, code: 'Onboarding 2025!' } })).toEqual([
      { field: 'program.code', code: 'CONTENT_CODE_INVALID', params: { example: 'onboarding' }, message: 'must be lower case letters, digits, - or . (e.g. onboarding)' },
    ]);
  });

  describe('the addresses of pictures and videos', () => {
    it('are https URLs or paths on the site serving the app', () => {
      const accepted = ['https://cdn.maison.example/dials/enamel.jpg', 'HTTPS://cdn.maison.example', 'https://video.example/atelier.mp4?t=30#start', '/content/images/emblem-rising-sun.svg', '/a.jpg'];
      expect(accepted.filter((url) => !isContentUrl(url))).toEqual([]);
    });

    it('are never another scheme, plain http, another site by //, nor text around them', () => {
      const refused = [
        'javascript:alert(1)',
        'JavaScript:alert(1)',
        'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=',
        'vbscript:msgbox(1)',
        'http://cdn.maison.example/dial.jpg',
        '//evil.example/dial.jpg',
        '/\\evil.example/dial.jpg',
        'https://',
        'https:///dial.jpg',
        ' https://cdn.maison.example/dial.jpg',
        'https://cdn.maison.example/a dial.jpg',
        'dial.jpg',
        '',
      ];
      expect(refused.filter(isContentUrl)).toEqual([]);
    });

    it("refuse a question option's picture that is not one, on any type of question", () => {
      const pkg = aPackage();
      const imageChoice = {
        ...pkg.questions[0],
        key: { type: 'IMAGE_CHOICE' as const, options: [{ id: 'a', correct: true }, { id: 'b', correct: false }] },
        presentation: {
          ...pkg.questions[0].presentation,
          choices: { a: { text: en('Enamel'), imageUrl: 'javascript:alert(document.cookie)', imageAlt: en('An enamel dial') }, b: { text: en('Lacquer'), imageUrl: '/content/images/lacquer.svg', imageAlt: en('A lacquer dial') } },
        },
      };
      expect(programQuestionIssues(imageChoice, 'en')).toEqual([
        { field: 'presentation.choices.a.imageUrl', code: 'CONTENT_URL_INVALID', message: 'must be an https URL or a path on this site (such as /content/images/dial.svg)' },
      ]);
      const singleChoice = { ...pkg.questions[0], presentation: { ...pkg.questions[0].presentation, choices: { a: { text: en('1837'), imageUrl: 'data:text/html,<script>alert(1)</script>' }, b: { text: en('1901') } } } };
      expect(programQuestionIssues(singleChoice, 'en').map((found) => [found.field, found.code])).toEqual([['presentation.choices.a.imageUrl', 'CONTENT_URL_INVALID']]);
      expect(programPackageIssues({ ...pkg, questions: [singleChoice] }).map((found) => [found.field, found.code])).toEqual([['questions[0].presentation.choices.a.imageUrl', 'CONTENT_URL_INVALID']]);
    });

    it("refuse a lesson image or video whose address is not one (plain http included)", () => {
      const lesson = aPackage().modules[0];
      const blocks = [
        { kind: 'VIDEO' as const, url: 'http://video.example/atelier.mp4' },
        { kind: 'IMAGE' as const, url: 'data:image/png;base64,iVBORw0KGgo=', alt: en('The atelier') },
        { kind: 'VIDEO' as const, url: 'https://video.example/atelier.mp4' },
      ];
      expect(packageModuleIssues({ ...lesson, blocks }, 'en', { complete: true }).map((found) => [found.field, found.code])).toEqual([
        ['blocks[0].url', 'CONTENT_URL_INVALID'],
        ['blocks[1].url', 'CONTENT_URL_INVALID'],
      ]);
    });
  });

  it('serialises canonically: key order never changes the text (and so the checksum)', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: undefined, e: 'x' }] })).toBe('{"a":[{"d":2,"e":"x"}],"b":1}');
    const pkg = aPackage();
    const reordered = Object.fromEntries(Object.entries(pkg).reverse());
    expect(canonicalJson(reordered)).toBe(canonicalJson(pkg));
  });
});
