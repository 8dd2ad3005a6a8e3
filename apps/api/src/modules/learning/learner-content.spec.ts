import { localisedText, type LessonBlock, type LocalisedText, type QuestionPresentation } from '@savoir/domain';
import { learnerContentUrl, presentModuleTexts, presentQuestion } from './learner-content';

const en = (text: string) => localisedText('en', text);

/** Addresses stored before the save rule existed, as old rows still hold them. */
const UNSAFE = ['http://cdn.example/watch.jpg', 'javascript:alert(1)', ' JavaScript:alert(1)', 'data:image/svg+xml;base64,PHN2Zz4=', '//other-host.example/watch.jpg', '/\\other-host.example/x.jpg', 'https://'];
const SAFE = ['https://cdn.maison.example/watch.jpg', '/content/images/calibre.jpg'];

describe('learner content URLs', () => {
  it('passes an address the save rule accepts, and turns any other into null', () => {
    expect(SAFE.map(learnerContentUrl)).toEqual(SAFE);
    expect(UNSAFE.map(learnerContentUrl)).toEqual(UNSAFE.map(() => null));
    expect([undefined, null, ''].map(learnerContentUrl)).toEqual([null, null, null]);
  });

  it('sends an image choice saved with an old unsafe picture without it, so the choice shows its text', () => {
    const urls = ['https://cdn.maison.example/a.jpg', ...UNSAFE];
    const ids = urls.map((_, i) => `c${i}`);
    const presentation: QuestionPresentation<LocalisedText> = {
      prompt: en('Which is the calibre?'),
      explanation: en('The first.'),
      choices: Object.fromEntries(ids.map((id, i) => [id, { text: en(`Option ${i}`), imageUrl: urls[i], imageAlt: en(`Picture ${i}`) }])),
    };
    const question = presentQuestion(
      { questionId: 'q', versionId: 'v', key: { type: 'IMAGE_CHOICE', options: ids.map((id, i) => ({ id, correct: i === 0 })) }, presentation },
      'en',
      'advisor',
      false,
    );
    const sent = Object.fromEntries(question.choices.map((choice) => [choice.id, choice]));
    expect(sent['c0']).toMatchObject({ text: 'Option 0', imageUrl: 'https://cdn.maison.example/a.jpg' });
    for (const id of ids.slice(1)) expect(sent[id]).toMatchObject({ text: expect.stringMatching(/^Option/), imageUrl: null });
  });

  it('leaves out a lesson picture or video whose stored address is refused, and keeps the other blocks', () => {
    const blocks: Array<LessonBlock<LocalisedText>> = [
      { kind: 'KEY_FACT', text: en('1837') },
      { kind: 'IMAGE', url: 'javascript:alert(1)', alt: en('Workshop') },
      { kind: 'IMAGE', url: '/content/images/workshop.jpg', alt: en('Workshop'), caption: en('Today') },
      { kind: 'VIDEO', url: 'http://cdn.example/atelier.mp4' },
      { kind: 'VIDEO', url: '//other-host.example/atelier.mp4' },
      { kind: 'VIDEO', url: 'https://cdn.maison.example/atelier.mp4' },
      { kind: 'IMAGE', url: 'data:image/png;base64,AAAA', alt: en('Dial') },
      { kind: 'RICH_TEXT', markdown: en('In **Geneva**.') },
    ];
    const { blocks: sent } = presentModuleTexts({ title: en('Welcome'), summary: en('Five minutes'), blocks }, 'en');
    expect(sent).toEqual([
      { kind: 'KEY_FACT', text: '1837' },
      { kind: 'IMAGE', url: '/content/images/workshop.jpg', alt: 'Workshop', caption: 'Today' },
      { kind: 'VIDEO', url: 'https://cdn.maison.example/atelier.mp4' },
      { kind: 'RICH_TEXT', markdown: 'In **Geneva**.', html: '<p>In <strong>Geneva</strong>.</p>' },
    ]);
  });
});
