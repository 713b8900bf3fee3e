/**
 * The sticky PR comment against the local GitHub REST fake, over HTTP.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { upsertStickyComment, withMarker } from '../../src/shell/pr-comment.js';
import { GitHubFake } from '../fakes/github-fakes.js';

let fake: GitHubFake;

beforeAll(async () => {
  fake = await new GitHubFake().start();
});

afterAll(async () => {
  await fake.stop();
});

const marker = '<!-- python-perf-gate:bench.yml:perf-report -->';

function target(issueNumber: number, token = 'write-token') {
  return { token, repository: fake.repository, issueNumber, marker, apiUrl: fake.apiUrl };
}

describe('upsertStickyComment', () => {
  test('creates the comment once, then edits it in place', async () => {
    fake.seedComment(7, 'LGTM from a human');

    const first = await upsertStickyComment({ ...target(7), body: '## Perf\nscore_order +12%' });
    expect(first).toMatchObject({ status: 'created', url: expect.stringContaining('#issuecomment-') });
    expect(fake.comments.get(7)?.map((comment) => comment.body)).toEqual([
      'LGTM from a human',
      `${marker}\n## Perf\nscore_order +12%`,
    ]);

    const second = await upsertStickyComment({ ...target(7), body: '## Perf\nscore_order +3%' });
    expect(second).toEqual({ status: 'updated', id: first.status === 'created' ? first.id : -1, url: expect.any(String) });
    const comments = fake.comments.get(7) ?? [];
    expect(comments).toHaveLength(2);
    expect(comments[1]?.body).toBe(`${marker}\n## Perf\nscore_order +3%`);
    expect(fake.requestsFor('RestUpdateComment')).toHaveLength(1);
    expect(fake.requestsFor('RestUpdateComment')[0]?.path).toBe(`/api/repos/${fake.repository}/issues/comments/${second.status === 'updated' ? second.id : -1}`);
  });

  test('finds its comment beyond the first page of 100', async () => {
    for (let index = 0; index < 120; index += 1) fake.seedComment(8, `chatter ${index}`);
    const created = await upsertStickyComment({ ...target(8), body: 'first report' });
    expect(created.status).toBe('created');
    const listBefore = fake.requestsFor('RestListComments').length;

    const updated = await upsertStickyComment({ ...target(8), body: 'second report' });

    expect(updated).toMatchObject({ status: 'updated', id: created.status === 'created' ? created.id : -1 });
    expect(fake.requestsFor('RestListComments').slice(listBefore).map((request) => request.query.page ?? '1')).toEqual(['1', '2']);
    expect(fake.comments.get(8)?.filter((comment) => comment.body.includes(marker))).toHaveLength(1);
  });

  test('leaves comments of another workflow or artifact alone', async () => {
    const otherMarker = '<!-- python-perf-gate:bench.yml:other-report -->';
    fake.seedComment(9, `${otherMarker}\nsomeone else's report`);

    const outcome = await upsertStickyComment({ ...target(9), body: 'mine' });

    expect(outcome.status).toBe('created');
    expect(fake.comments.get(9)?.map((comment) => comment.body)).toEqual([`${otherMarker}\nsomeone else's report`, `${marker}\nmine`]);
  });

  test('keeps a body that already carries the marker as is', async () => {
    const body = `## Perf\n\n${marker}\n`;
    expect(withMarker(body, marker)).toBe(body);
    await upsertStickyComment({ ...target(10), body });
    expect(fake.comments.get(10)?.[0]?.body).toBe(body);
  });

  test('answers forbidden, without throwing or posting, for a read-only fork token', async () => {
    const created = await upsertStickyComment({ ...target(11, 'read-token'), body: 'report' });
    expect(created).toMatchObject({ status: 'forbidden', reason: expect.stringContaining('Resource not accessible by integration') });
    expect(fake.comments.get(11)).toBeUndefined();

    // Also when our comment exists (posted by an earlier, trusted run): the edit is refused.
    await upsertStickyComment({ ...target(12), body: 'trusted' });
    const edit = await upsertStickyComment({ ...target(12, 'read-token'), body: 'from fork' });
    expect(edit.status).toBe('forbidden');
    expect(fake.comments.get(12)?.map((comment) => comment.body)).toEqual([`${marker}\ntrusted`]);
  });

  test('reports other errors as failed', async () => {
    const badToken = await upsertStickyComment({ ...target(13, 'nope'), body: 'x' });
    expect(badToken).toMatchObject({ status: 'failed', reason: expect.stringContaining('Bad credentials') });

    fake.failNext('RestCreateComment', 502);
    const serverError = await upsertStickyComment({ ...target(13), body: 'x' });
    expect(serverError).toMatchObject({ status: 'failed', reason: expect.stringContaining('502') });
    expect(fake.comments.get(13)).toBeUndefined();

    const unreachable = await upsertStickyComment({ ...target(13), apiUrl: 'http://127.0.0.1:1', body: 'x' });
    expect(unreachable.status).toBe('failed');

    const badRepository = await upsertStickyComment({ ...target(13), repository: 'just-a-name', body: 'x' });
    expect(badRepository.status).toBe('failed');
  });
});
