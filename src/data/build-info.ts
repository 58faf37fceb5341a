/**
 * The date this build of the archive stands for, used as the access date in citations. It comes
 * from the commit being built (or SOURCE_DATE_EPOCH), not the clock, so two builds of one commit match.
 */
import { execFileSync } from 'node:child_process';

function commitDate(): string | undefined {
  try {
    return (
      execFileSync('git', ['log', '-1', '--format=%cs'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim() || undefined
    );
  } catch {
    return undefined;
  }
}

const epoch = process.env.SOURCE_DATE_EPOCH;
export const editionDate: string = epoch
  ? new Date(Number(epoch) * 1000).toISOString().slice(0, 10)
  : (commitDate() ?? new Date().toISOString().slice(0, 10));

/**
 * Where readers report an error: ARCHIVE_REPORT_URL (an issue form, a mailto: address), or else the
 * issues of the GitHub repository a workflow is building. A build for publishing needs one (astro.config.mjs).
 */
export const reportUrl: string | null =
  process.env.ARCHIVE_REPORT_URL ||
  (process.env.GITHUB_REPOSITORY
    ? `${process.env.GITHUB_SERVER_URL ?? 'https://github.com'}/${process.env.GITHUB_REPOSITORY}/issues/new`
    : null);
