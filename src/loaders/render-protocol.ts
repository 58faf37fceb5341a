/** The messages between the source-text loader and its render workers. */
export interface RenderRequest {
  id: number;
  /** Absolute path, for the renderer's file URL. */
  path: string;
  /** Path relative to the project, for error messages. */
  filePath: string;
  source: string;
}

export interface RenderedText {
  data: Record<string, unknown>;
  body: string;
  rendered: { html: string; metadata: Record<string, unknown> & { imagePaths: string[] } };
}

export type RenderResponse =
  { id: number; result: RenderedText; error?: undefined } | { id: number; error: string; result?: undefined };
