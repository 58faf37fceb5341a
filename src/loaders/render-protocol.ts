/** The messages between the source-text loader and its render workers. */
export interface RenderRequest {
  id: number;
  /** Absolute path, for the renderer's file URL. */
  path: string;
  /** Path relative to the project, for error messages. */
  filePath: string;
  source: string;
}

export type RenderedText =
  | {
      data: Record<string, unknown>;
      body: string;
      mdx: false;
      rendered: { html: string; metadata: Record<string, unknown> & { imagePaths: string[] } };
    }
  /** Compiled by @astrojs/mdx when its page is built: the body uses a component. */
  | { data: Record<string, unknown>; body: string; mdx: true; rendered?: undefined };

export type RenderResponse =
  { id: number; result: RenderedText; error?: undefined } | { id: number; error: string; result?: undefined };
