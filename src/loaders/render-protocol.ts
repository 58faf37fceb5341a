/** The messages between the source-text loader and its render workers. */
export interface RenderRequest {
  id: number;
  /** Absolute path, for the renderer's file URL. */
  path: string;
  /** Path relative to the project, for error messages. */
  filePath: string;
  source: string;
}

/**
 * What the store keeps of a text is what its page needs: a rendered body has its HTML and the symbols
 * written in it, not its Markdown (at 10,000 texts the Markdown and a second copy of the frontmatter
 * were half the store, which Astro serialises and loads again to build the pages).
 */
export type RenderedText =
  | {
      data: Record<string, unknown>;
      mdx: false;
      rendered: { html: string; metadata: RenderedMetadata };
    }
  /** Compiled by @astrojs/mdx when its page is built: the body uses a component. */
  | { data: Record<string, unknown>; body: string; mdx: true; rendered?: undefined };

// A type, not an interface, so that it fits the store's metadata record (an index signature).
export type RenderedMetadata = {
  headings: Array<{ depth: number; slug: string; text: string }>;
  localImagePaths: string[];
  remoteImagePaths: string[];
  imagePaths: string[];
  /** The resolution symbols written in the body (see symbolsWrittenIn). */
  symbolsWritten: string[];
};

export type RenderResponse =
  { id: number; result: RenderedText; error?: undefined } | { id: number; error: string; result?: undefined };
