import type { ApiErrorBody } from '@digitalcheck/shared-contracts';
import type { SessionClient } from '../../accounts/support/session-client';

export interface Download {
  status: number;
  contentType: string;
  disposition: string;
  /** The PDF; empty unless the answer is a PDF. */
  pdf: Buffer;
  /** The error body of a non-PDF answer. */
  error: ApiErrorBody | null;
}

/** GET of a report with the client's cookies, the body kept as bytes. */
export async function download(client: SessionClient, path: string): Promise<Download> {
  const session = client.cookie('dc_session');
  const response = await fetch(`${client.baseUrl}${path}`, {
    headers: session ? { Cookie: `dc_session=${session}` } : {},
  });
  const contentType = response.headers.get('content-type') ?? '';
  const bytes = Buffer.from(await response.arrayBuffer());
  const pdf = contentType.startsWith('application/pdf');
  return {
    status: response.status,
    contentType,
    disposition: response.headers.get('content-disposition') ?? '',
    pdf: pdf ? bytes : Buffer.alloc(0),
    error: pdf ? null : (JSON.parse(bytes.toString('utf8') || 'null') as ApiErrorBody | null),
  };
}
