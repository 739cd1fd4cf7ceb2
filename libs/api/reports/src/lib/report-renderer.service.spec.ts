import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppConfig } from '@digitalcheck/api-config';
import { ApiException } from '@digitalcheck/api-platform';
import type { HttpAdapterHost } from '@nestjs/core';
import { ReportRendererService } from './report-renderer.service';

/** What the renderer reads of the config and of the HTTP server; nothing here launches Chromium. */
function renderer(config: Partial<AppConfig>, address: unknown = { address: '127.0.0.1', family: 'IPv4', port: 3000 }) {
  const adapterHost = {
    httpAdapter: { getHttpServer: () => ({ address: () => address }) },
  } as unknown as HttpAdapterHost;
  return new ReportRendererService(config as AppConfig, adapterHost);
}

const request = { path: '/bericht/land?befragung=x&land=07', sessionToken: 't', sessionCookie: 'dc_session' };

async function failureOf(promise: () => Promise<unknown>): Promise<{ status: number; code: string; message: string }> {
  try {
    await promise();
  } catch (error) {
    if (error instanceof ApiException) return { status: error.getStatus(), code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected a failure');
}

describe('ReportRendererService', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dc-renderer-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('answers 503 REPORT_RENDERER_UNAVAILABLE in German, naming CHROMIUM_PATH and the package, without Chromium', async () => {
    writeFileSync(join(dir, 'index.html'), '<!doctype html>');
    const failure = await failureOf(() =>
      renderer({ chromiumPath: '/nonexistent/chromium', dashboardDir: dir }).render(request),
    );
    expect(failure).toEqual({
      status: 503,
      code: 'REPORT_RENDERER_UNAVAILABLE',
      message:
        'PDF-Berichte sind nicht verfügbar: Auf dem Server ist kein Chromium unter /nonexistent/chromium installiert. ' +
        'Installieren Sie es (Debian/Ubuntu: apt-get install chromium) oder setzen Sie CHROMIUM_PATH auf das Programm.',
    });
  });

  it('answers 503 when the server has no dashboard build to print', async () => {
    const chromium = join(dir, 'chromium');
    writeFileSync(chromium, '');
    for (const dashboardDir of [null, join(dir, 'no-build')]) {
      const failure = await failureOf(() => renderer({ chromiumPath: chromium, dashboardDir }).render(request));
      expect(failure.code).toBe('REPORT_RENDERER_UNAVAILABLE');
      expect(failure.message).toContain('kein gebautes Dashboard');
    }
  });
});
