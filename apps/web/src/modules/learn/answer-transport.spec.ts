import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { aPendingAnswer } from '../offline/pending-answer.fixtures';
import { refusalCode, rejectionCode, submitAnswerInput } from './answer-transport';

const graphQLError = (code: string) => new CombinedGraphQLErrors({ errors: [{ message: 'Refused', extensions: { code } }] });

describe('the SubmitAnswer transport', () => {
  it('sends the answer without what only the device needs, and when this device sends it', () => {
    const answer = aPendingAnswer({ timeTakenMs: 4200.6 });
    const sentAt = new Date('2026-11-24T18:00:00Z');
    expect(submitAnswerInput(answer, sentAt)).toEqual({
      attemptId: answer.attemptId,
      questionId: answer.questionId,
      questionVersionId: answer.questionVersionId,
      moduleVersionId: answer.moduleVersionId,
      answer: answer.answer,
      timeTakenMs: 4201,
      answeredAt: answer.answeredAt,
      timeZone: answer.timeZone,
      sentAt: '2026-11-24T18:00:00.000Z',
    });
  });

  it('caps the time taken at what the API accepts: a question left open overnight is still answered', () => {
    expect(submitAnswerInput(aPendingAnswer({ timeTakenMs: 30 * 3600 * 1000 })).timeTakenMs).toBe(24 * 3600 * 1000);
    expect(submitAnswerInput(aPendingAnswer({ timeTakenMs: -5 })).timeTakenMs).toBe(0);
  });

  it.each(['ANSWER_INVALID', 'VERSION_NOT_PUBLISHED', 'NOT_FOUND', 'ATTEMPT_CONFLICT', 'VALIDATION_FAILED'])('treats %s as a final refusal', (code) => {
    expect(rejectionCode(graphQLError(code))).toBe(code);
  });

  it('keeps everything else for another try: server errors, session errors, the network', () => {
    expect(rejectionCode(graphQLError('INTERNAL_SERVER_ERROR'))).toBeNull();
    expect(rejectionCode(graphQLError('UNAUTHENTICATED'))).toBeNull();
    expect(rejectionCode(new TypeError('Failed to fetch'))).toBeNull();
  });

  it.each(['FORBIDDEN', 'INTERNAL_SERVER_ERROR', 'BAD_REQUEST', 'MODULE_NOT_READY'])('takes %s as the API refusing this one item for now: kept, and the next items sent', (code) => {
    expect(rejectionCode(graphQLError(code))).toBeNull();
    expect(refusalCode(graphQLError(code))).toBe(code);
  });

  it('takes a GraphQL error without a code as a refusal of this item too', () => {
    expect(refusalCode(new CombinedGraphQLErrors({ errors: [{ message: 'Variable "$input" got invalid value' }] }))).toBe('UNKNOWN');
  });

  it('holds every item, in order, when the API was not reached or the session must be renewed', () => {
    expect(refusalCode(new TypeError('Failed to fetch'))).toBeNull();
    expect(refusalCode(new ServerError('Response not successful: Received status code 502', { response: { status: 502 } as Response, bodyText: '' }))).toBeNull();
    expect(refusalCode(graphQLError('UNAUTHENTICATED'))).toBeNull();
    expect(refusalCode(new CombinedGraphQLErrors({ errors: [{ message: 'Expired', extensions: { code: 'SESSION_EXPIRED', category: 'UNAUTHENTICATED' } }] }))).toBeNull();
    expect(refusalCode(new CombinedGraphQLErrors({ errors: [{ message: 'Wait', extensions: { code: 'LOGIN_RATE_LIMITED', category: 'RATE_LIMITED' } }] }))).toBeNull();
  });
});
