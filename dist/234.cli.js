export const id = 234;
export const ids = [234];
export const modules = {

/***/ 42234:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  downloadBaselineArtifact: () => (/* binding */ downloadBaselineArtifact),
  formatBaselineSkips: () => (/* binding */ formatBaselineSkips)
});

// UNUSED EXPORTS: artifactWebUrl, chooseTrustedBaseline, provenanceSkipReasons, rankBaselineCandidates, selectBaselineArtifact, trustedBaselineEvents, uploadArtifact

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/@actions/artifact/lib/artifact.js + 318 modules
var artifact = __webpack_require__(35690);
;// CONCATENATED MODULE: ./src/shell/describe-error.ts
/** Errors as one line for warnings, with the HTTP status of API errors (Octokit's `RequestError`). No imports, so any module can use it. */
/** HTTP status of an Octokit `RequestError` (or anything carrying a numeric `status`). */
function errorStatus(error) {
    if (typeof error === 'object' && error !== null && 'status' in error) {
        const status = error.status;
        if (typeof status === 'number')
            return status;
    }
    return undefined;
}
/** One-line description of an error for warnings. */
function describe_error_describeError(error) {
    if (error instanceof Error) {
        const status = errorStatus(error);
        const message = error.message.split('\n')[0] ?? error.message;
        return status !== undefined && !message.includes(String(status)) ? `HTTP ${status}: ${message}` : message;
    }
    return String(error);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./src/shell/artifact-zip.ts
/**
 * Strict extraction of a downloaded artifact's zip: every entry is checked from the central
 * directory — names that are absolute or have `..`, `.`, empty or backslash segments, symlinks and
 * other special files, encryption, methods other than stored/deflate, zip64, and totals past
 * `artifactLimits` refuse the whole archive — before a byte is written; then each entry is inflated
 * with its declared size as a hard cap and its CRC-32 checked.
 */







/**
 * Bounds on a downloaded baseline artifact, checked before (the listing's zip size) and after
 * extraction. Far above what python-perf-gate uploads (a few MB); they stop a hostile or broken
 * artifact from filling the runner's disk unnoticed. `baselineLimits` (baseline.ts) bound the files
 * that are then read.
 */
const artifactLimits = {
    /** `size_in_bytes` of the zip: 1 GiB. */
    zipBytes: 1024 * 1024 * 1024,
    /** Sum of the extracted files: 4 GiB. */
    extractedBytes: 4 * 1024 * 1024 * 1024,
    /** Extracted files and directories. */
    entries: 10_000,
};
/** A zip that `extractZipStrictly` will not extract; the message says which entry and why. */
class ZipRefusedError extends Error {
    name = 'ZipRefusedError';
}
const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
/**
 * Extracts `zipPath` into `destination` (created; must not exist), after checking every entry in
 * the central directory (see the module comment) and the totals against `artifactLimits`. Each
 * entry is streamed, inflated with its declared size as a hard cap, and its CRC-32 checked.
 * Throws `ZipRefusedError` for an archive it refuses, other errors for I/O failures.
 */
async function extractZipStrictly(zipPath, destination) {
    const { size: zipSize } = await (0,promises_.stat)(zipPath);
    if (zipSize > artifactLimits.zipBytes)
        throw new ZipRefusedError(`the zip is ${formatBytes(zipSize)}, over ${formatBytes(artifactLimits.zipBytes)}`);
    const entries = await readZipDirectory(zipPath, zipSize);
    const root = (0,external_node_path_.resolve)(destination);
    await (0,promises_.mkdir)(root);
    const file = await (0,promises_.open)(zipPath, 'r');
    try {
        for (const entry of entries) {
            const target = (0,external_node_path_.resolve)(root, entry.name);
            if (!target.startsWith(root + external_node_path_.sep))
                throw new ZipRefusedError(`entry '${entry.name}' would land outside the destination`);
            if (entry.isDirectory) {
                await (0,promises_.mkdir)(target, { recursive: true });
                continue;
            }
            const header = Buffer.alloc(30);
            await file.read(header, 0, 30, entry.localOffset);
            if (header.readUInt32LE(0) !== 0x04034b50)
                throw new ZipRefusedError(`entry '${entry.name}' has no local header at offset ${entry.localOffset}`);
            const dataStart = entry.localOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
            if (dataStart + entry.compressedSize > zipSize)
                throw new ZipRefusedError(`entry '${entry.name}' runs past the end of the zip`);
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
            let written = 0;
            let crc = 0;
            const check = new external_node_stream_.Transform({
                transform(chunk, _encoding, callback) {
                    written += chunk.length;
                    if (written > entry.size) {
                        callback(new ZipRefusedError(`entry '${entry.name}' inflates to more than its declared ${formatBytes(entry.size)}`));
                        return;
                    }
                    crc = (0,external_node_zlib_.crc32)(chunk, crc);
                    callback(null, chunk);
                },
            });
            const source = entry.compressedSize === 0 ? external_node_stream_.Readable.from([]) : (0,external_node_fs_.createReadStream)(zipPath, { start: dataStart, end: dataStart + entry.compressedSize - 1 });
            const sink = (0,external_node_fs_.createWriteStream)(target, { flags: 'wx', mode: 0o644 });
            try {
                if (entry.method === 8)
                    await (0,external_node_stream_promises_.pipeline)(source, (0,external_node_zlib_.createInflateRaw)(), check, sink);
                else
                    await (0,external_node_stream_promises_.pipeline)(source, check, sink);
            }
            catch (error) {
                if (error instanceof ZipRefusedError)
                    throw error;
                if (error.code === 'EEXIST')
                    throw new ZipRefusedError(`entry '${entry.name}' is in the zip twice`);
                if (typeof error.code === 'string' && String(error.code).startsWith('Z_')) {
                    throw new ZipRefusedError(`entry '${entry.name}' is not valid deflate data (${describe_error_describeError(error)})`);
                }
                throw error;
            }
            if (written !== entry.size)
                throw new ZipRefusedError(`entry '${entry.name}' has ${written} bytes, its header says ${entry.size}`);
            if ((crc >>> 0) !== entry.crc)
                throw new ZipRefusedError(`entry '${entry.name}' fails its CRC-32 check`);
        }
    }
    finally {
        await file.close();
    }
}
/** The central directory's entries, each checked; throws `ZipRefusedError` on the first problem. */
async function readZipDirectory(zipPath, zipSize) {
    const file = await (0,promises_.open)(zipPath, 'r');
    try {
        const tailLength = Math.min(zipSize, 22 + 0xffff);
        const tail = Buffer.alloc(tailLength);
        await file.read(tail, 0, tailLength, zipSize - tailLength);
        let eocd = -1;
        for (let index = tailLength - 22; index >= 0; index -= 1) {
            if (tail.readUInt32LE(index) === 0x06054b50) {
                eocd = index;
                break;
            }
        }
        if (eocd < 0)
            throw new ZipRefusedError('it is not a zip (no end of central directory)');
        const count = tail.readUInt16LE(eocd + 10);
        const directorySize = tail.readUInt32LE(eocd + 12);
        const directoryOffset = tail.readUInt32LE(eocd + 16);
        if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
            throw new ZipRefusedError('it is a zip64 archive (python-perf-gate\'s artifacts are far below the sizes that need one)');
        }
        if (count > artifactLimits.entries)
            throw new ZipRefusedError(`it has ${count.toLocaleString('en-US')} entries, over ${artifactLimits.entries.toLocaleString('en-US')}`);
        if (directoryOffset + directorySize > zipSize)
            throw new ZipRefusedError('its central directory runs past the end of the zip');
        const directory = Buffer.alloc(directorySize);
        await file.read(directory, 0, directorySize, directoryOffset);
        const entries = [];
        const names = new Set();
        let total = 0;
        let offset = 0;
        for (let index = 0; index < count; index += 1) {
            if (offset + 46 > directorySize || directory.readUInt32LE(offset) !== 0x02014b50)
                throw new ZipRefusedError(`its central directory is corrupt at entry ${index + 1}`);
            const madeBy = directory.readUInt16LE(offset + 4) >> 8;
            const flags = directory.readUInt16LE(offset + 8);
            const method = directory.readUInt16LE(offset + 10);
            const crc = directory.readUInt32LE(offset + 16);
            const compressedSize = directory.readUInt32LE(offset + 20);
            const size = directory.readUInt32LE(offset + 24);
            const nameLength = directory.readUInt16LE(offset + 28);
            const extraLength = directory.readUInt16LE(offset + 30);
            const commentLength = directory.readUInt16LE(offset + 32);
            const mode = directory.readUInt32LE(offset + 38) >>> 16;
            const localOffset = directory.readUInt32LE(offset + 42);
            if (offset + 46 + nameLength > directorySize)
                throw new ZipRefusedError(`its central directory is corrupt at entry ${index + 1}`);
            const name = directory.toString('utf8', offset + 46, offset + 46 + nameLength);
            offset += 46 + nameLength + extraLength + commentLength;
            const shown = JSON.stringify(name);
            const problem = zipNameProblem(name);
            if (problem)
                throw new ZipRefusedError(`entry ${shown} ${problem}`);
            const isDirectory = name.endsWith('/');
            const type = mode & S_IFMT;
            if (madeBy === 3 && type !== 0 && type !== (isDirectory ? S_IFDIR : S_IFREG)) {
                throw new ZipRefusedError(`entry ${shown} is ${type === 0o120000 ? 'a symbolic link' : 'not a regular file or directory'}`);
            }
            if (flags & 0x1)
                throw new ZipRefusedError(`entry ${shown} is encrypted`);
            if (!isDirectory && method !== 0 && method !== 8)
                throw new ZipRefusedError(`entry ${shown} uses compression method ${method} (expected stored or deflate)`);
            if (compressedSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff)
                throw new ZipRefusedError(`entry ${shown} needs zip64`);
            const key = name.replace(/\/$/, '');
            if (names.has(key))
                throw new ZipRefusedError(`entry ${shown} is in the zip twice`);
            names.add(key);
            total += size;
            if (total > artifactLimits.extractedBytes)
                throw new ZipRefusedError(`its entries add up to more than ${formatBytes(artifactLimits.extractedBytes)}`);
            entries.push({ name, isDirectory, method, crc, compressedSize, size, localOffset });
        }
        return entries;
    }
    finally {
        await file.close();
    }
}
/** Why an entry name is unsafe to extract, or undefined: only plain relative `a/b/c` (a trailing `/` for directories). */
function zipNameProblem(name) {
    if (name === '' || name === '/')
        return 'has an empty name';
    if (name.includes('\0'))
        return 'has a NUL byte in its name';
    if (name.includes('\\'))
        return 'has a backslash in its name';
    if (name.startsWith('/') || /^[A-Za-z]:/.test(name))
        return 'has an absolute path';
    const segments = (name.endsWith('/') ? name.slice(0, -1) : name).split('/');
    if (segments.includes('..'))
        return "has a '..' segment (it would land outside the destination)";
    if (segments.some((segment) => segment === '' || segment === '.'))
        return "has an empty or '.' segment";
    return undefined;
}
/** `512 MiB`, `3.2 KiB`, `17 bytes`. */
function formatBytes(bytes) {
    const units = ['KiB', 'MiB', 'GiB', 'TiB'];
    if (bytes < 1024)
        return `${bytes} bytes`;
    let value = bytes;
    let unit = 'bytes';
    for (const next of units) {
        if (value < 1024)
            break;
        value /= 1024;
        unit = next;
    }
    return `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`;
}

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
;// CONCATENATED MODULE: ./src/shell/github-api.ts
/**
 * Thin wrappers over the GitHub REST API calls the publish stage makes, using the Octokit from
 * `@actions/github` (already bundled through `@actions/artifact`; it honours the runner's proxy
 * settings). Every function takes its base URL explicitly.
 */

/** `owner/name` → parts, or undefined when it is not of that shape. */
function splitRepository(repository) {
    const match = /^([^/\s]+)\/([^/\s]+)$/.exec(repository.trim());
    if (!match?.[1] || !match[2])
        return undefined;
    return { owner: match[1], name: match[2] };
}
function createOctokit(target) {
    return (0,github/* getOctokit */.Q)(target.token, { baseUrl: target.apiUrl.replace(/\/+$/, '') });
}
/**
 * Lists the repository's artifacts called `name` (newest first, as the API returns them), reading
 * at most `maxPages` pages of 100.
 */
async function listRepositoryArtifacts(options) {
    const repository = splitRepository(options.repository);
    if (!repository)
        throw new Error(`repository must be owner/name, got "${options.repository}"`);
    const octokit = createOctokit(options);
    const perPage = 100;
    const found = [];
    for (let page = 1; page <= options.maxPages; page += 1) {
        const response = await octokit.rest.actions.listArtifactsForRepo({
            owner: repository.owner,
            repo: repository.name,
            name: options.name,
            per_page: perPage,
            page,
        });
        const artifacts = response.data.artifacts;
        for (const artifact of artifacts) {
            const run = artifact.workflow_run;
            if (!run?.id)
                continue;
            found.push({
                id: artifact.id,
                name: artifact.name,
                expired: artifact.expired,
                createdAt: artifact.created_at ?? '',
                workflowRun: {
                    id: run.id,
                    ...(run.head_branch ? { headBranch: run.head_branch } : {}),
                    ...(run.head_sha ? { headSha: run.head_sha } : {}),
                    ...(typeof run.repository_id === 'number' ? { repositoryId: run.repository_id } : {}),
                    ...(typeof run.head_repository_id === 'number' ? { headRepositoryId: run.head_repository_id } : {}),
                },
                ...(typeof artifact.size_in_bytes === 'number' ? { sizeInBytes: artifact.size_in_bytes } : {}),
            });
        }
        if (artifacts.length < perPage)
            break;
    }
    return found;
}
/** Looks one workflow run up (its event and repositories); throws on any HTTP error. */
async function getWorkflowRun(options) {
    const repository = splitRepository(options.repository);
    if (!repository)
        throw new Error(`repository must be owner/name, got "${options.repository}"`);
    const { data } = await createOctokit(options).rest.actions.getWorkflowRun({
        owner: repository.owner,
        repo: repository.name,
        run_id: options.runId,
    });
    const headRepositoryId = data.head_repository?.id;
    const repositoryId = data.repository?.id;
    return {
        id: data.id,
        event: typeof data.event === 'string' ? data.event : '',
        ...(data.head_branch ? { headBranch: data.head_branch } : {}),
        ...(typeof repositoryId === 'number' ? { repositoryId } : {}),
        ...(typeof headRepositoryId === 'number' ? { headRepositoryId } : {}),
    };
}

;// CONCATENATED MODULE: ./src/shell/artifacts.ts
/**
 * Workflow artifacts: upload this run's report files, and fetch the newest baseline that a trusted
 * run on another branch (usually the default branch) uploaded under the same name.
 *
 * Trust: an artifact of the right name and branch is not enough. A fork's pull request from a
 * branch the fork calls `main` runs with `head_branch: main` and can upload under any name, so a
 * baseline candidate must also come from a run of this repository (`head_repository_id ==
 * repository_id` in the listing) whose event is one of `trustedBaselineEvents` (looked up per run;
 * a run that cannot be looked up is skipped, never trusted). Every skipped candidate is counted
 * in the outcome (`skipped`), so the caller can say why an older artifact, or none, was used.
 *
 * Contents: the zip is downloaded as it is (`skipDecompress`) into a scratch directory next to the
 * destination and extracted by `extractZipStrictly` (artifact-zip.ts), refusing the whole artifact when any
 * entry name is absolute or has `..`, `.`, empty or backslash segments, when an entry is a symlink
 * or another special file, encrypted, or compressed other than stored/deflate, and when it has
 * more entries or bytes than `artifactLimits`, all checked from the central directory before a
 * byte is written. (`@actions/artifact` 6.2's own extraction, unzip-stream 0.3.4, does not refuse
 * such entries: it rewrites `..` segments to `.`, roots absolute names inside the destination and
 * writes symlink entries as plain files holding the target, and it has no size bound.)
 *
 * Neither function throws: outcomes are values, so the caller can turn a failure into a warning
 * and carry on (the files stay on disk either way).
 */






/** Uploads `files` as one zip artifact; `skipped` outside GitHub Actions, `failed` on any error. */
async function uploadArtifact(options) {
    const missing = options.github.missingArtifactVariables;
    if (missing.length > 0) {
        return { status: 'skipped', reason: `not running in GitHub Actions (${missing.join(' and ')} not set)` };
    }
    if (options.files.length === 0)
        return { status: 'skipped', reason: 'no files to upload' };
    const rootDirectory = resolve(options.rootDirectory);
    const files = options.files.map((file) => (isAbsolute(file) ? file : resolve(rootDirectory, file)));
    try {
        const client = new DefaultArtifactClient();
        const uploadOptions = {
            ...(options.retentionDays === undefined ? {} : { retentionDays: options.retentionDays }),
            ...(options.skipArchive ? { skipArchive: true } : {}),
        };
        const result = await client.uploadArtifact(options.name, files, rootDirectory, uploadOptions);
        if (result.id === undefined)
            return { status: 'failed', reason: 'the artifact service returned no artifact id' };
        const url = artifactWebUrl(options.github, result.id);
        return { status: 'uploaded', id: result.id, size: result.size ?? 0, ...(url ? { url } : {}) };
    }
    catch (error) {
        return { status: 'failed', reason: describeError(error) };
    }
}
/** `{server}/{repository}/actions/runs/{runId}/artifacts/{id}`, when all are known. */
function artifactWebUrl(github, id) {
    const { serverUrl, repository, runId } = github;
    if (!serverUrl || !repository || !runId)
        return undefined;
    return `${serverUrl.replace(/\/+$/, '')}/${repository}/actions/runs/${runId}/artifacts/${id}`;
}
/** Events whose runs may provide a baseline: none of them runs code from a pull request. */
const trustedBaselineEvents = ['push', 'schedule', 'workflow_dispatch', 'merge_group'];
/** Skip reasons that are about trust (the others are routine: old or other-branch artifacts). */
const provenanceSkipReasons = ['fork', 'pull-request-run', 'lookup-failed', 'not-checked'];
/**
 * Finds the newest non-expired artifact `name` from a trusted run on `branch` (see the module
 * comment) and extracts it into `destination`.
 */
async function downloadBaselineArtifact(options) {
    const apiUrl = options.apiUrl;
    const repository = splitRepository(options.repository);
    if (!repository)
        return { status: 'failed', reason: `repository must be owner/name, got "${options.repository}"`, skipped: [] };
    let candidates;
    try {
        candidates = await listRepositoryArtifacts({
            apiUrl,
            token: options.token,
            repository: options.repository,
            name: options.name,
            maxPages: options.maxPages ?? 5,
        });
    }
    catch (error) {
        return { status: 'failed', reason: `listing artifacts failed: ${describe_error_describeError(error)}`, skipped: [] };
    }
    const target = { apiUrl, token: options.token, repository: options.repository };
    const { chosen, skipped } = await chooseTrustedBaseline(candidates, {
        name: options.name,
        branch: options.branch,
        maxLookups: options.maxLookups ?? 20,
        lookupRun: (runId) => getWorkflowRun({ ...target, runId }),
    });
    if (!chosen) {
        const skips = formatBaselineSkips(skipped, { all: true });
        if (skipped.some((skip) => skip.reason === 'lookup-failed' || skip.reason === 'not-checked')) {
            // Some candidate might have been trusted: "could not tell" is a failure, not "there is none".
            return {
                status: 'failed',
                reason: `no artifact "${options.name}" on branch "${options.branch}" could be verified as coming from a trusted run; skipped ${skips}`,
                skipped,
            };
        }
        return {
            status: 'not-found',
            reason: `no unexpired artifact "${options.name}" from a trusted run (${trustedBaselineEvents.join(', ')}) on branch "${options.branch}" in ${options.repository}${skips ? `; skipped ${skips}` : ''}`,
            skipped,
        };
    }
    const failed = (reason) => ({ status: 'failed', reason, skipped });
    if (chosen.sizeInBytes !== undefined && chosen.sizeInBytes > artifactLimits.zipBytes) {
        return failed(`artifact ${chosen.id} (run ${chosen.workflowRun.id}) is ${formatBytes(chosen.sizeInBytes)}, over the ${formatBytes(artifactLimits.zipBytes)} a baseline artifact may have`);
    }
    const path = (0,external_node_path_.resolve)(options.destination);
    let scratch;
    try {
        const problem = await prepareDestination(path);
        if (problem)
            return failed(problem);
        scratch = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_path_.dirname)(path), `.${(0,external_node_path_.basename)(path)}-download-`));
        const raw = (0,external_node_path_.join)(scratch, 'zip');
        await (0,promises_.mkdir)(raw);
        try {
            const client = new artifact/* DefaultArtifactClient */.t9();
            await client.downloadArtifact(chosen.id, {
                path: raw,
                skipDecompress: true,
                findBy: {
                    token: options.token,
                    workflowRunId: chosen.workflowRun.id,
                    repositoryOwner: repository.owner,
                    repositoryName: repository.name,
                },
            });
        }
        catch (error) {
            return failed(`downloading artifact ${chosen.id} failed: ${describe_error_describeError(error)}`);
        }
        const downloaded = await (0,promises_.readdir)(raw);
        if (downloaded.length !== 1 || !downloaded[0])
            return failed(`downloading artifact ${chosen.id} gave ${downloaded.length} files, expected one zip`);
        const extracted = (0,external_node_path_.join)(scratch, 'artifact');
        try {
            await extractZipStrictly((0,external_node_path_.join)(raw, downloaded[0]), extracted);
        }
        catch (error) {
            if (error instanceof ZipRefusedError)
                return failed(`artifact ${chosen.id} (run ${chosen.workflowRun.id}) was refused: ${error.message}`);
            throw error;
        }
        await (0,promises_.rmdir)(path).catch(() => undefined);
        await (0,promises_.rename)(extracted, path);
    }
    catch (error) {
        return failed(`extracting artifact ${chosen.id} failed: ${describe_error_describeError(error)}`);
    }
    finally {
        if (scratch)
            await (0,promises_.rm)(scratch, { recursive: true, force: true });
    }
    return {
        status: 'downloaded',
        artifactId: chosen.id,
        runId: chosen.workflowRun.id,
        ...(chosen.workflowRun.headSha ? { headSha: chosen.workflowRun.headSha } : {}),
        path,
        skipped,
    };
}
/**
 * One line for a notice, e.g. `2 artifacts from forks' pull requests and 1 whose run could not be
 * looked up (HTTP 500: …)`; undefined when nothing was skipped for a trust reason (or at all, with
 * `all`, which also lists expired and other-branch candidates).
 */
function formatBaselineSkips(skipped, options = {}) {
    const parts = skipped
        .filter((skip) => options.all || provenanceSkipReasons.includes(skip.reason))
        .map((skip, index) => {
        const noun = index === 0 ? (skip.count === 1 ? '1 artifact ' : `${skip.count} artifacts `) : `${skip.count} `;
        const detail = skip.detail ? ` (${skip.detail})` : '';
        switch (skip.reason) {
            case 'expired':
                return `${noun}that expired`;
            case 'other-branch':
                return `${noun}from other branches`;
            case 'fork':
                return `${noun}from forks' pull requests`;
            case 'pull-request-run':
                return `${noun}from runs of untrusted events${detail}`;
            case 'lookup-failed':
                return `${noun}whose run could not be looked up${detail}`;
            case 'not-checked':
                return `${noun}not checked (run lookup limit reached)`;
        }
    });
    if (parts.length === 0)
        return undefined;
    return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
/**
 * The newest (by `created_at`, then id) unexpired artifact called `name` whose run was on `branch`
 * and came from this repository, by the listing alone. The run's event still has to be checked
 * (`chooseTrustedBaseline`).
 */
function selectBaselineArtifact(artifacts, criteria) {
    return rankBaselineCandidates(artifacts, criteria).candidates[0];
}
/**
 * Candidates in order (newest first), after the checks the listing allows; the rest counted by
 * reason.
 */
function rankBaselineCandidates(artifacts, criteria) {
    const skipped = new Map();
    const count = (reason) => skipped.set(reason, (skipped.get(reason) ?? 0) + 1);
    const candidates = [];
    for (const artifact of artifacts) {
        if (artifact.name !== criteria.name)
            continue;
        const run = artifact.workflowRun;
        if (artifact.expired)
            count('expired');
        else if (run.headBranch !== criteria.branch)
            count('other-branch');
        else if (run.repositoryId !== undefined && run.headRepositoryId !== undefined && run.repositoryId !== run.headRepositoryId)
            count('fork');
        else
            candidates.push(artifact);
    }
    return { candidates: candidates.sort(compareNewest), skipped };
}
/**
 * Walks the candidates newest first and looks each one's run up until one is trusted: event in
 * `trustedBaselineEvents`, on `branch`, head repository = repository (when the listing did not
 * say, the lookup must). A failed lookup skips the candidate.
 */
async function chooseTrustedBaseline(artifacts, options) {
    const { candidates, skipped: counts } = rankBaselineCandidates(artifacts, options);
    const count = (reason, by = 1) => counts.set(reason, (counts.get(reason) ?? 0) + by);
    const events = new Set();
    let firstLookupError;
    let chosen;
    let lookups = 0;
    for (const [index, candidate] of candidates.entries()) {
        if (lookups >= options.maxLookups) {
            count('not-checked', candidates.length - index);
            break;
        }
        lookups += 1;
        let run;
        try {
            run = await options.lookupRun(candidate.workflowRun.id);
        }
        catch (error) {
            firstLookupError ??= `run ${candidate.workflowRun.id}: ${describe_error_describeError(error)}`;
            count('lookup-failed');
            continue;
        }
        if (run.repositoryId === undefined || run.headRepositoryId === undefined || run.repositoryId !== run.headRepositoryId) {
            count('fork');
        }
        else if (!trustedBaselineEvents.includes(run.event)) {
            events.add(run.event || 'unknown');
            count('pull-request-run');
        }
        else if (run.headBranch !== options.branch) {
            count('other-branch');
        }
        else {
            chosen = candidate;
            break;
        }
    }
    const order = ['expired', 'other-branch', 'fork', 'pull-request-run', 'lookup-failed', 'not-checked'];
    const skipped = order.flatMap((reason) => {
        const n = counts.get(reason);
        if (!n)
            return [];
        const detail = reason === 'pull-request-run' ? [...events].sort().join(', ') : reason === 'lookup-failed' ? firstLookupError : undefined;
        return [{ reason, count: n, ...(detail ? { detail } : {}) }];
    });
    return { ...(chosen ? { chosen } : {}), skipped };
}
function compareNewest(a, b) {
    const byTime = Date.parse(b.createdAt) - Date.parse(a.createdAt);
    if (Number.isFinite(byTime) && byTime !== 0)
        return byTime;
    return b.id - a.id;
}
/** A destination that is missing is fine, an empty directory too; anything else is refused (nothing is deleted). */
async function prepareDestination(path) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    const stats = await (0,promises_.lstat)(path).catch(() => undefined);
    if (!stats)
        return undefined;
    if (!stats.isDirectory())
        return `the destination ${path} exists and is not a directory`;
    if ((await (0,promises_.readdir)(path)).length > 0)
        return `the destination ${path} is not empty`;
    return undefined;
}


/***/ })

};
