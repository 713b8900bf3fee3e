/**
 * A local stand-in for the GitHub services the publish stage talks to, on one `node:http` server
 * bound to 127.0.0.1 on a random free port:
 *
 * - the Actions results service that the real `@actions/artifact` client (`DefaultArtifactClient`)
 *   calls: Twirp JSON `POST /twirp/github.actions.results.api.v1.ArtifactService/<Method>`;
 * - the blob storage behind its signed URLs: Azure block-blob `PUT ?comp=block&blockid=…`, then
 *   `PUT ?comp=blocklist` (what `BlockBlobClient.uploadStream` sends, even for small zips), and
 *   `GET` to download the zip;
 * - the REST API at `GITHUB_API_URL`: artifact listing by name or run, `…/artifacts/{id}/zip`
 *   (302 to a blob URL), one workflow run (`…/actions/runs/{id}`, with its `event` and head
 *   repository), and issue comments (list with `Link` pagination, create, update).
 *
 * Runs can be a fork's pull-request runs (`createRun({ fork: 'owner/name' })`: the head repository
 * differs from the repository, as GitHub reports it), and `seedArtifact` stores an artifact with
 * any zip (e.g. one from `makeZip` with hostile entry names) without going through the upload.
 *
 * Artifacts uploaded through the Twirp side are listed and downloadable through the REST side, so a
 * test can upload in "run 1" and fetch the baseline in "run 2". Every request is recorded.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FakeOperation =
  | 'CreateArtifact'
  | 'FinalizeArtifact'
  | 'ListArtifacts'
  | 'GetSignedArtifactURL'
  | 'BlobStageBlock'
  | 'BlobCommitBlockList'
  | 'BlobDownload'
  | 'RestListArtifacts'
  | 'RestListRunArtifacts'
  | 'RestDownloadArtifact'
  | 'RestGetRun'
  | 'RestListComments'
  | 'RestCreateComment'
  | 'RestUpdateComment'
  | 'Unknown';

export interface RecordedRequest {
  operation: FakeOperation;
  method: string;
  /** Path without the query string. */
  path: string;
  query: Record<string, string>;
  authorization?: string;
  /** The status the fake answered with. */
  status: number;
  /** Parsed JSON body for Twirp and REST writes; undefined otherwise. */
  json?: unknown;
  /** Body size in bytes. */
  bodyBytes: number;
}

export interface FakeRun {
  /** The numeric run id the REST API shows (`workflow_run.id`, `GITHUB_RUN_ID`). */
  runId: number;
  branch: string;
  headSha: string;
  /** Backend ids carried in the runtime token's `scp` claim. */
  runBackendId: string;
  jobBackendId: string;
  /** The event that triggered the run (`push`, `pull_request`, …), as `GET …/actions/runs/{id}` shows it. */
  event: string;
  /** `workflow_run.repository_id`: always the fake's repository. */
  repositoryId: number;
  /** `workflow_run.head_repository_id`: another id for a fork's pull-request run. */
  headRepositoryId: number;
  /** `owner/name` of the head repository. */
  headRepository: string;
}

export interface FakeArtifact {
  id: number;
  name: string;
  run: FakeRun;
  createdAt: string;
  expiresAt?: string;
  expired: boolean;
  finalized: boolean;
  size: number;
  digest?: string;
  /** Staged blocks by block id, before the block list is committed. */
  blocks: Map<string, Buffer>;
  /** The committed blob (the zip), once the block list is committed. */
  zip?: Buffer;
}

export interface FakeComment {
  id: number;
  body: string;
  createdAt: string;
  updatedAt: string;
}

export type TokenAccess = 'write' | 'read';

export interface GitHubFakeOptions {
  /** `owner/name` served by the REST side; other repositories answer 404. Default `octo-org/octo-repo`. */
  repository?: string;
  /** REST tokens and their access; any other token answers 401. Default `{ 'write-token': 'write', 'read-token': 'read' }`. */
  tokens?: Record<string, TokenAccess>;
}

interface Failure {
  status: number;
  remaining: number;
}

/** `repository.id` of the fake's repository; forks get ids from 2 on. */
export const FAKE_REPOSITORY_ID = 1;

const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.ArtifactService/';
const BASE_TIME_MS = Date.UTC(2026, 0, 1, 0, 0, 0);

export class GitHubFake {
  readonly repository: string;
  readonly requests: RecordedRequest[] = [];
  readonly artifacts: FakeArtifact[] = [];
  /** Issue comments by issue number. */
  readonly comments = new Map<number, FakeComment[]>();
  private readonly tokens: Record<string, TokenAccess>;
  private readonly runs = new Map<string, FakeRun>();
  private readonly failures = new Map<FakeOperation, Failure>();
  /** `GET …/actions/runs/{id}` answers with this status for these run ids. */
  private readonly runLookupFailures = new Map<number, number>();
  private readonly forkIds = new Map<string, number>();
  private server: Server | undefined;
  private origin = '';
  private nextArtifactId = 1001;
  private nextCommentId = 5001;
  /** A synthetic clock: every artifact or comment event is one minute after the previous one. */
  private tick = 0;

  constructor(options: GitHubFakeOptions = {}) {
    this.repository = options.repository ?? 'octo-org/octo-repo';
    this.tokens = options.tokens ?? { 'write-token': 'write', 'read-token': 'read' };
  }

  /** Starts listening on 127.0.0.1 with a random free port. */
  async start(): Promise<this> {
    const server = createServer((request, response) => {
      this.handle(request, response).catch((error: unknown) => {
        response.statusCode = 500;
        response.end(String(error));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.server = server;
    this.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  get url(): string {
    return this.origin;
  }

  /** Base URL for `GITHUB_API_URL` / the `apiUrl` options. */
  get apiUrl(): string {
    return `${this.origin}/api`;
  }

  /**
   * Registers a workflow run and returns the environment a job of that run would see
   * (runtime token with the `Actions.Results:<run>:<job>` scope, results URL, server and API URLs).
   */
  createRun(options: {
    runId: number;
    branch: string;
    headSha?: string;
    /** Triggering event; default `push`, or `pull_request` for a fork's run. */
    event?: string;
    /** `owner/name` of a fork: the run is that fork's pull-request run (head repository ≠ repository). */
    fork?: string;
  }): { run: FakeRun; env: Record<string, string> } {
    const fork = options.fork;
    if (fork !== undefined && !this.forkIds.has(fork)) this.forkIds.set(fork, FAKE_REPOSITORY_ID + 1 + this.forkIds.size);
    const run: FakeRun = {
      runId: options.runId,
      branch: options.branch,
      headSha: options.headSha ?? `${options.runId}`.padStart(40, 'a'),
      runBackendId: `run-backend-${options.runId}`,
      jobBackendId: `job-backend-${options.runId}`,
      event: options.event ?? (fork === undefined ? 'push' : 'pull_request'),
      repositoryId: FAKE_REPOSITORY_ID,
      headRepositoryId: fork === undefined ? FAKE_REPOSITORY_ID : (this.forkIds.get(fork) ?? 0),
      headRepository: fork ?? this.repository,
    };
    this.runs.set(run.runBackendId, run);
    return { run, env: this.runEnv(run) };
  }

  /** The Actions environment of a job in `run`. */
  runEnv(run: FakeRun): Record<string, string> {
    return {
      ACTIONS_RUNTIME_TOKEN: makeRuntimeToken(run.runBackendId, run.jobBackendId),
      ACTIONS_RESULTS_URL: `${this.origin}/`,
      GITHUB_SERVER_URL: 'https://github.localhost',
      GITHUB_API_URL: this.apiUrl,
      GITHUB_REPOSITORY: this.repository,
      GITHUB_RUN_ID: String(run.runId),
    };
  }

  /**
   * Makes the next `times` requests of `operation` fail with `status` (Infinity: every request).
   * Twirp failures carry a `{ code, msg }` body, blob failures an Azure XML error, REST ones `{ message }`.
   */
  failNext(operation: FakeOperation, status: number, options: { times?: number } = {}): void {
    this.failures.set(operation, { status, remaining: options.times ?? 1 });
  }

  /** Makes every `GET …/actions/runs/{runId}` answer `status` (e.g. 404 for a deleted run, 500); 0 undoes it. */
  failRunLookup(runId: number, status: number): void {
    if (status === 0) this.runLookupFailures.delete(runId);
    else this.runLookupFailures.set(runId, status);
  }

  /**
   * Stores a finalized artifact of `run` whose blob is `zip` as given, bypassing the upload (for
   * hostile archives the real client would never produce).
   */
  seedArtifact(options: { run: FakeRun; name: string; zip: Buffer }): FakeArtifact {
    const artifact: FakeArtifact = {
      id: this.nextArtifactId++,
      name: options.name,
      run: options.run,
      createdAt: this.nextTimestamp(),
      expired: false,
      finalized: true,
      size: options.zip.length,
      blocks: new Map(),
      zip: options.zip,
    };
    this.artifacts.push(artifact);
    return artifact;
  }

  /** Marks an artifact expired, as GitHub does after its retention period. */
  expireArtifact(id: number): void {
    this.artifactById(id).expired = true;
  }

  artifactById(id: number): FakeArtifact {
    const artifact = this.artifacts.find((candidate) => candidate.id === id);
    if (!artifact) throw new Error(`fake: no artifact ${id}`);
    return artifact;
  }

  /** Adds a comment as if someone else had posted it. */
  seedComment(issueNumber: number, body: string): FakeComment {
    return this.addComment(issueNumber, body);
  }

  requestsFor(operation: FakeOperation): RecordedRequest[] {
    return this.requests.filter((request) => request.operation === operation);
  }

  private nextTimestamp(): string {
    this.tick += 1;
    return new Date(BASE_TIME_MS + this.tick * 60_000).toISOString().replace('.000Z', 'Z');
  }

  private addComment(issueNumber: number, body: string): FakeComment {
    const now = this.nextTimestamp();
    const comment: FakeComment = { id: this.nextCommentId++, body, createdAt: now, updatedAt: now };
    const list = this.comments.get(issueNumber) ?? [];
    list.push(comment);
    this.comments.set(issueNumber, list);
    return comment;
  }

  private takeFailure(operation: FakeOperation): number | undefined {
    const failure = this.failures.get(operation);
    if (!failure || failure.remaining <= 0) return undefined;
    failure.remaining -= 1;
    return failure.status;
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = await readBody(request);
    const url = new URL(request.url ?? '/', this.origin);
    const record: RecordedRequest = {
      operation: 'Unknown',
      method: request.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      status: 0,
      bodyBytes: body.length,
    };
    if (request.headers.authorization) record.authorization = request.headers.authorization;
    this.requests.push(record);
    const reply = (status: number, headers: Record<string, string>, payload?: string | Buffer): void => {
      record.status = status;
      response.writeHead(status, headers);
      response.end(payload);
    };

    if (url.pathname.startsWith(TWIRP_PREFIX) && record.method === 'POST') {
      record.operation = twirpOperation(url.pathname.slice(TWIRP_PREFIX.length));
      const json = body.length > 0 ? (JSON.parse(body.toString('utf8')) as Record<string, unknown>) : {};
      record.json = json;
      const failure = this.takeFailure(record.operation);
      if (failure !== undefined) {
        reply(failure, { 'content-type': 'application/json' }, JSON.stringify({ code: 'internal', msg: `injected failure ${failure}` }));
        return;
      }
      const [status, result] = this.handleTwirp(record.operation, json, request.headers.authorization);
      reply(status, { 'content-type': 'application/json' }, JSON.stringify(result));
      return;
    }

    if (url.pathname.startsWith('/blob/')) {
      this.handleBlob(record, url, body, reply);
      return;
    }

    if (url.pathname.startsWith('/api/')) {
      if (record.method !== 'GET' && body.length > 0) record.json = JSON.parse(body.toString('utf8'));
      this.handleRest(record, url, request.headers.authorization, reply);
      return;
    }
    reply(404, { 'content-type': 'text/plain' }, 'fake: no such endpoint');
  }

  private handleTwirp(
    operation: FakeOperation,
    json: Record<string, unknown>,
    authorization: string | undefined,
  ): [number, unknown] {
    if (!authorization?.startsWith('Bearer ')) return [401, { code: 'unauthenticated', msg: 'missing bearer token' }];
    const run = this.runs.get(String(json.workflow_run_backend_id ?? ''));
    if (!run) return [404, { code: 'not_found', msg: 'unknown workflow run backend id' }];
    const name = typeof json.name === 'string' ? json.name : '';
    const current = this.artifacts.find((artifact) => artifact.run === run && artifact.name === name);
    switch (operation) {
      case 'CreateArtifact': {
        if (current) {
          return [409, { code: 'already_exists', msg: 'an artifact with this name already exists on the workflow run' }];
        }
        const artifact: FakeArtifact = {
          id: this.nextArtifactId++,
          name,
          run,
          createdAt: this.nextTimestamp(),
          expired: false,
          finalized: false,
          size: 0,
          blocks: new Map(),
        };
        if (typeof json.expires_at === 'string') artifact.expiresAt = json.expires_at;
        this.artifacts.push(artifact);
        return [200, { ok: true, signed_upload_url: `${this.origin}/blob/${artifact.id}/${encodeURIComponent(name)}.zip?sig=upload-signature` }];
      }
      case 'FinalizeArtifact': {
        if (!current?.zip) return [404, { code: 'not_found', msg: 'no uploaded blob for this artifact' }];
        current.finalized = true;
        current.size = Number(json.size ?? 0);
        if (typeof json.hash === 'string') current.digest = json.hash;
        return [200, { ok: true, artifact_id: String(current.id) }];
      }
      case 'ListArtifacts': {
        const idFilter = json.id_filter === undefined ? undefined : Number(json.id_filter);
        const nameFilter = typeof json.name_filter === 'string' ? json.name_filter : undefined;
        const listed = this.artifacts.filter(
          (artifact) =>
            artifact.run === run &&
            artifact.finalized &&
            (idFilter === undefined || artifact.id === idFilter) &&
            (nameFilter === undefined || artifact.name === nameFilter),
        );
        return [
          200,
          {
            artifacts: listed.map((artifact) => ({
              workflow_run_backend_id: artifact.run.runBackendId,
              workflow_job_run_backend_id: artifact.run.jobBackendId,
              database_id: String(artifact.id),
              name: artifact.name,
              size: String(artifact.size),
              created_at: artifact.createdAt,
              ...(artifact.digest ? { digest: artifact.digest } : {}),
            })),
          },
        ];
      }
      case 'GetSignedArtifactURL': {
        if (!current?.finalized) return [404, { code: 'not_found', msg: 'artifact not found' }];
        return [200, { signed_url: this.downloadUrl(current) }];
      }
      default:
        return [404, { code: 'bad_route', msg: 'no such method' }];
    }
  }

  private downloadUrl(artifact: FakeArtifact): string {
    return `${this.origin}/blob/${artifact.id}/${encodeURIComponent(artifact.name)}.zip?sig=download-signature`;
  }

  private handleBlob(
    record: RecordedRequest,
    url: URL,
    body: Buffer,
    reply: (status: number, headers: Record<string, string>, payload?: string | Buffer) => void,
  ): void {
    const id = Number(url.pathname.split('/')[2]);
    const artifact = this.artifacts.find((candidate) => candidate.id === id);
    const comp = url.searchParams.get('comp');
    record.operation =
      record.method === 'GET' ? 'BlobDownload' : comp === 'block' ? 'BlobStageBlock' : comp === 'blocklist' ? 'BlobCommitBlockList' : 'Unknown';
    const azureError = (status: number, code: string): void =>
      reply(status, { 'content-type': 'application/xml', 'x-ms-error-code': code }, `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>fake: ${code}</Message></Error>`);
    const failure = this.takeFailure(record.operation);
    if (failure !== undefined) {
      azureError(failure, failure >= 500 ? 'InternalError' : 'AuthorizationFailure');
      return;
    }
    if (!artifact || record.operation === 'Unknown') {
      azureError(404, 'BlobNotFound');
      return;
    }
    const common = { 'x-ms-request-id': `req-${this.requests.length}`, 'x-ms-version': '2025-01-05' };
    if (record.operation === 'BlobStageBlock') {
      artifact.blocks.set(url.searchParams.get('blockid') ?? '', body);
      reply(201, { ...common, 'content-length': '0' });
      return;
    }
    if (record.operation === 'BlobCommitBlockList') {
      const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map((match) => match[1] ?? '');
      const parts = ids.map((blockId) => artifact.blocks.get(blockId));
      if (parts.some((part) => part === undefined)) {
        azureError(400, 'InvalidBlockList');
        return;
      }
      artifact.zip = Buffer.concat(parts as Buffer[]);
      artifact.blocks.clear();
      reply(201, { ...common, 'content-length': '0', etag: `"0x${artifact.id}"`, 'last-modified': new Date(BASE_TIME_MS).toUTCString() });
      return;
    }
    if (!artifact.finalized || !artifact.zip) {
      azureError(404, 'BlobNotFound');
      return;
    }
    reply(200, { ...common, 'content-type': 'application/zip', 'content-length': String(artifact.zip.length) }, artifact.zip);
  }

  private handleRest(
    record: RecordedRequest,
    url: URL,
    authorization: string | undefined,
    reply: (status: number, headers: Record<string, string>, payload?: string | Buffer) => void,
  ): void {
    const json = (status: number, payload: unknown, headers: Record<string, string> = {}): void =>
      reply(status, { 'content-type': 'application/json; charset=utf-8', ...headers }, JSON.stringify(payload));
    const path = url.pathname.slice('/api'.length);
    const match = /^\/repos\/([^/]+)\/([^/]+)(\/.*)$/.exec(path);
    const rest = match?.[3] ?? '';
    const routes: Array<[FakeOperation, string, RegExp]> = [
      ['RestListArtifacts', 'GET', /^\/actions\/artifacts$/],
      ['RestListRunArtifacts', 'GET', /^\/actions\/runs\/(\d+)\/artifacts$/],
      ['RestDownloadArtifact', 'GET', /^\/actions\/artifacts\/(\d+)\/zip$/],
      ['RestGetRun', 'GET', /^\/actions\/runs\/(\d+)$/],
      ['RestListComments', 'GET', /^\/issues\/(\d+)\/comments$/],
      ['RestCreateComment', 'POST', /^\/issues\/(\d+)\/comments$/],
      ['RestUpdateComment', 'PATCH', /^\/issues\/comments\/(\d+)$/],
    ];
    const route = routes.find(([, method, pattern]) => method === record.method && pattern.test(rest));
    if (!match || !route) {
      json(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
      return;
    }
    record.operation = route[0];
    const param = Number(route[2].exec(rest)?.[1]);
    const token = /^(?:token|Bearer) (.+)$/i.exec(authorization ?? '')?.[1];
    const access = token === undefined ? undefined : this.tokens[token];
    if (!access) {
      json(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' });
      return;
    }
    if (`${match[1]}/${match[2]}` !== this.repository) {
      json(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });
      return;
    }
    const failure = this.takeFailure(record.operation);
    if (failure !== undefined) {
      json(failure, { message: `injected failure ${failure}`, status: String(failure) });
      return;
    }
    const isWrite = record.method !== 'GET';
    if (isWrite && access === 'read') {
      json(403, {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest/issues/comments',
        status: '403',
      });
      return;
    }
    const page = Math.max(1, Number(url.searchParams.get('page') ?? '1'));
    const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? '30')));
    const paginate = <T>(items: T[]): { slice: T[]; headers: Record<string, string> } => {
      const lastPage = Math.max(1, Math.ceil(items.length / perPage));
      const links: string[] = [];
      const linkTo = (target: number): string => {
        const next = new URL(url.href);
        next.searchParams.set('page', String(target));
        next.searchParams.set('per_page', String(perPage));
        return next.href;
      };
      if (page < lastPage) links.push(`<${linkTo(page + 1)}>; rel="next"`, `<${linkTo(lastPage)}>; rel="last"`);
      if (page > 1) links.push(`<${linkTo(1)}>; rel="first"`, `<${linkTo(page - 1)}>; rel="prev"`);
      return { slice: items.slice((page - 1) * perPage, page * perPage), headers: links.length > 0 ? { link: links.join(', ') } : {} };
    };

    switch (record.operation) {
      case 'RestListArtifacts':
      case 'RestListRunArtifacts': {
        const name = url.searchParams.get('name');
        const listed = this.artifacts
          .filter((artifact) => artifact.finalized)
          .filter((artifact) => name === null || artifact.name === name)
          .filter((artifact) => record.operation === 'RestListArtifacts' || artifact.run.runId === param)
          .sort((a, b) => b.id - a.id);
        const { slice, headers } = paginate(listed);
        json(200, { total_count: listed.length, artifacts: slice.map((artifact) => this.restArtifact(artifact)) }, headers);
        return;
      }
      case 'RestDownloadArtifact': {
        const artifact = this.artifacts.find((candidate) => candidate.id === param && candidate.finalized);
        if (!artifact) {
          json(404, { message: 'Not Found', status: '404' });
          return;
        }
        if (artifact.expired) {
          json(410, { message: 'Artifact has expired', status: '410' });
          return;
        }
        reply(302, { location: this.downloadUrl(artifact), 'content-length': '0' });
        return;
      }
      case 'RestGetRun': {
        const failed = this.runLookupFailures.get(param);
        const run = [...this.runs.values()].find((candidate) => candidate.runId === param);
        if (failed !== undefined || !run) {
          const status = failed ?? 404;
          json(status, { message: status === 404 ? 'Not Found' : `injected failure ${status}`, status: String(status) });
          return;
        }
        json(200, this.restRun(run));
        return;
      }
      case 'RestListComments': {
        const { slice, headers } = paginate(this.comments.get(param) ?? []);
        json(200, slice.map((comment) => this.restComment(param, comment)), headers);
        return;
      }
      case 'RestCreateComment': {
        const text = (record.json as { body?: unknown } | undefined)?.body;
        if (typeof text !== 'string') {
          json(422, { message: 'Validation Failed', status: '422' });
          return;
        }
        json(201, this.restComment(param, this.addComment(param, text)));
        return;
      }
      case 'RestUpdateComment': {
        const text = (record.json as { body?: unknown } | undefined)?.body;
        for (const [issueNumber, list] of this.comments) {
          const comment = list.find((candidate) => candidate.id === param);
          if (!comment) continue;
          if (typeof text !== 'string') {
            json(422, { message: 'Validation Failed', status: '422' });
            return;
          }
          comment.body = text;
          comment.updatedAt = this.nextTimestamp();
          json(200, this.restComment(issueNumber, comment));
          return;
        }
        json(404, { message: 'Not Found', status: '404' });
        return;
      }
      default:
        json(404, { message: 'Not Found' });
    }
  }

  private restArtifact(artifact: FakeArtifact): Record<string, unknown> {
    const base = `${this.apiUrl}/repos/${this.repository}/actions/artifacts/${artifact.id}`;
    return {
      id: artifact.id,
      node_id: `MDg6QXJ0aWZhY3Q${artifact.id}`,
      name: artifact.name,
      size_in_bytes: artifact.size,
      url: base,
      archive_download_url: `${base}/zip`,
      expired: artifact.expired,
      digest: artifact.digest ?? null,
      created_at: artifact.createdAt,
      updated_at: artifact.createdAt,
      expires_at: artifact.expiresAt ?? null,
      workflow_run: {
        id: artifact.run.runId,
        repository_id: artifact.run.repositoryId,
        head_repository_id: artifact.run.headRepositoryId,
        head_branch: artifact.run.branch,
        head_sha: artifact.run.headSha,
      },
    };
  }

  /** The fields of `GET /repos/{o}/{r}/actions/runs/{id}` that matter here, shaped as GitHub sends them. */
  private restRun(run: FakeRun): Record<string, unknown> {
    const repository = (id: number, fullName: string) => ({
      id,
      node_id: `R_${id}`,
      name: fullName.split('/')[1],
      full_name: fullName,
      owner: { login: fullName.split('/')[0] },
      fork: id !== FAKE_REPOSITORY_ID,
    });
    return {
      id: run.runId,
      name: 'perf',
      node_id: `WFR_${run.runId}`,
      head_branch: run.branch,
      head_sha: run.headSha,
      path: '.github/workflows/perf.yml',
      run_number: run.runId,
      event: run.event,
      status: 'completed',
      conclusion: 'success',
      workflow_id: 77,
      url: `${this.apiUrl}/repos/${this.repository}/actions/runs/${run.runId}`,
      html_url: `https://github.localhost/${this.repository}/actions/runs/${run.runId}`,
      created_at: new Date(BASE_TIME_MS).toISOString(),
      updated_at: new Date(BASE_TIME_MS).toISOString(),
      repository: repository(run.repositoryId, this.repository),
      head_repository: repository(run.headRepositoryId, run.headRepository),
    };
  }

  private restComment(issueNumber: number, comment: FakeComment): Record<string, unknown> {
    return {
      id: comment.id,
      node_id: `IC_${comment.id}`,
      url: `${this.apiUrl}/repos/${this.repository}/issues/comments/${comment.id}`,
      html_url: `https://github.localhost/${this.repository}/pull/${issueNumber}#issuecomment-${comment.id}`,
      issue_url: `${this.apiUrl}/repos/${this.repository}/issues/${issueNumber}`,
      body: comment.body,
      user: { login: 'github-actions[bot]', id: 41898282, type: 'Bot' },
      created_at: comment.createdAt,
      updated_at: comment.updatedAt,
      author_association: 'NONE',
    };
  }
}

function twirpOperation(method: string): FakeOperation {
  switch (method) {
    case 'CreateArtifact':
    case 'FinalizeArtifact':
    case 'ListArtifacts':
    case 'GetSignedArtifactURL':
      return method;
    default:
      return 'Unknown';
  }
}

/** One entry of `makeZip`: a file (text or bytes), a directory (`name` ending in `/`), or a symlink. */
export interface ZipEntry {
  name: string;
  data?: string | Buffer;
  /** Store the entry as a Unix symlink to this target (mode 0o120777, data = the target). */
  symlink?: string;
}

/**
 * A stored (uncompressed) zip with exactly these entry names, byte for byte: no normalisation, so
 * `../x`, `/abs` and symlinks come through as a hostile uploader would write them.
 */
export function makeZip(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const data = entry.symlink !== undefined ? Buffer.from(entry.symlink, 'utf8') : Buffer.from(entry.data ?? '');
    const crc = crc32(data);
    const isDirectory = entry.name.endsWith('/');
    const mode = entry.symlink !== undefined ? 0o120777 : isDirectory ? 0o040755 : 0o100644;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(0, 8); // stored
    local.writeUInt32LE(0, 10); // time, date
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by Unix
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(0, 10);
    central.writeUInt32LE(0, 12);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(0, 30); // extra
    central.writeUInt16LE(0, 32); // comment
    central.writeUInt16LE(0, 34); // disk
    central.writeUInt16LE(0, 36); // internal attributes
    central.writeUInt32LE(((mode << 16) | (isDirectory ? 0x10 : 0)) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const centralSize = centrals.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** An unsigned JWT whose `scp` claim carries the results-service backend ids, as the runner's token does. */
export function makeRuntimeToken(runBackendId: string, jobBackendId: string): string {
  const encode = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  const header = encode({ typ: 'JWT', alg: 'none' });
  const payload = encode({ scp: `Actions.GenericRead:00000000 Actions.Results:${runBackendId}:${jobBackendId}`, iss: 'fake' });
  return `${header}.${payload}.fake-signature`;
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Sets environment variables for the duration of a test; returns a function that restores them. */
export function applyEnv(values: Record<string, string | undefined>): () => void {
  const saved = new Map<string, string | undefined>();
  for (const [key, value] of Object.entries(values)) {
    saved.set(key, process.env[key]);
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  return () => {
    for (const [key, value] of saved) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
}
