/** Where the content lives; tests and the benchmark build the same site against another folder. */
export const contentDir = process.env['ARCHIVE_CONTENT_DIR'] ?? 'content';
