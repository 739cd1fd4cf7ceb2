import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { APP_CONFIG, type AppConfig } from '@digitalcheck/api-config';
import { REPORT_READY_ATTRIBUTE } from '@digitalcheck/shared-contracts';
import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { Browser } from 'playwright-core';
import { ApiException, ConcurrencyLimit, QueueFullError } from '@digitalcheck/api-platform';
import { REPORT_HEADER, reportFooter } from './report-footer';

/** Reports rendered at once; more wait (each holds a Chromium page of some 50–100 MB). */
const CONCURRENT_REPORTS = 2;
/** Reports that may wait for a free slot; more are refused with 503 and Retry-After (a queue without bound would let
 * anyone with a login pile up work and memory). */
const WAITING_REPORTS = 8;
const BUSY_RETRY_SECONDS = 30;
/** From navigation to the finished PDF. */
const REPORT_TIMEOUT_MS = 30_000;
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const FAILED_ATTRIBUTE = 'data-report-failed';
/**
 * The printable width of A4 less 2 × 15 mm margin in CSS pixels (180 mm at 96 dpi): the charts measure their
 * width on screen, so the page is laid out at the width it is printed at.
 */
const PRINT_VIEWPORT = { width: 680, height: 962 };

/** A print route of the dashboard (`/bericht/…?…`) and the session it runs under. */
export interface ReportRequest {
  /** Path and query of the print route, e.g. `/bericht/land?befragung=…&land=07`. */
  path: string;
  /** The caller's session token: the print page's API calls run with the caller's rights. */
  sessionToken: string;
  sessionCookie: string;
}

/**
 * Turns the dashboard's print routes into PDFs with Chromium (playwright-core): launched once when the first
 * report is asked for, reused, closed with the module. Every report gets its own browser context with the
 * caller's session cookie, waits until the page marks itself ready, and prints A4 with page numbers, date
 * and source in the footer, tagged and with an outline from the headings.
 */
@Injectable()
export class ReportRendererService implements OnModuleDestroy {
  private readonly logger = new Logger(ReportRendererService.name);
  private readonly limit = new ConcurrencyLimit(CONCURRENT_REPORTS, WAITING_REPORTS);
  private browser: Promise<Browser> | null = null;
  /** Whether the server serves a dashboard build: decided at start-up, as for the static files (AppModule). */
  private readonly dashboardServed: boolean;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly adapterHost: HttpAdapterHost,
  ) {
    const dashboard = config.dashboardDir;
    this.dashboardServed = dashboard !== null && existsSync(join(dashboard, 'index.html'));
  }

  /** Renders the print route as PDF; 503 REPORT_RENDERER_UNAVAILABLE without Chromium or dashboard build. */
  render(request: ReportRequest): Promise<Buffer> {
    this.checkAvailable();
    return this.limit
      .run(() => this.print(request))
      .catch((error: unknown) => {
        if (!(error instanceof QueueFullError)) throw error;
        throw new ApiException(
          503,
          'REPORT_RENDERER_BUSY',
          'Gerade werden zu viele PDF-Berichte erstellt. Bitte versuchen Sie es in einer halben Minute erneut.',
          { 'Retry-After': String(BUSY_RETRY_SECONDS) },
        );
      });
  }

  async onModuleDestroy(): Promise<void> {
    const browser = this.browser;
    this.browser = null;
    if (browser) await browser.then((b) => b.close()).catch(() => undefined);
  }

  private checkAvailable(): void {
    const path = this.config.chromiumPath;
    if (!existsSync(path)) {
      throw new ApiException(
        503,
        'REPORT_RENDERER_UNAVAILABLE',
        `PDF-Berichte sind nicht verfügbar: Auf dem Server ist kein Chromium unter ${path} installiert. ` +
          'Installieren Sie es (Debian/Ubuntu: apt-get install chromium) oder setzen Sie CHROMIUM_PATH ' +
          'auf das Programm.',
      );
    }
    if (!this.dashboardServed) {
      throw new ApiException(
        503,
        'REPORT_RENDERER_UNAVAILABLE',
        'PDF-Berichte sind nicht verfügbar: Der Server liefert kein gebautes Dashboard aus ' +
          '(npx nx build dashboard oder DASHBOARD_DIR).',
      );
    }
  }

  private launch(): Promise<Browser> {
    if (!this.browser) {
      // playwright-core is loaded with the first report (about 70 MB the idle API does not carry).
      const launched = loadPlaywright().then(({ chromium }) =>
        chromium.launch({ executablePath: this.config.chromiumPath, args: CHROMIUM_ARGS, headless: true }),
      );
      this.browser = launched;
      launched.then(
        (browser) =>
          browser.on('disconnected', () => {
            if (this.browser === launched) this.browser = null;
          }),
        (error: unknown) => {
          if (this.browser === launched) this.browser = null;
          this.logger.error({ err: error }, 'Chromium did not start');
        },
      );
    }
    return this.browser;
  }

  private async print(request: ReportRequest): Promise<Buffer> {
    const base = this.ownBaseUrl();
    let browser: Browser;
    try {
      browser = await this.launch();
    } catch {
      throw new ApiException(
        503,
        'REPORT_RENDERER_UNAVAILABLE',
        `PDF-Berichte sind nicht verfügbar: Chromium unter ${this.config.chromiumPath} startet nicht ` +
          '(Protokoll des Servers; CHROMIUM_PATH prüfen oder apt-get install chromium).',
      );
    }
    const context = await browser.newContext({
      locale: 'de-DE',
      timezoneId: 'Europe/Berlin',
      viewport: PRINT_VIEWPORT,
    });
    const problems: string[] = [];
    try {
      await context.addCookies([
        { name: request.sessionCookie, value: request.sessionToken, url: base, httpOnly: true, sameSite: 'Lax' },
      ]);
      // The print page talks to this server only: any other address (a redirect, a link in data) is refused.
      const origin = new URL(base).origin;
      await context.route('**/*', (route) =>
        new URL(route.request().url()).origin === origin ? route.continue() : route.abort('blockedbyclient'),
      );
      const page = await context.newPage();
      page.on('pageerror', (error) => problems.push(error.message));
      page.setDefaultTimeout(REPORT_TIMEOUT_MS);
      await page.emulateMedia({ media: 'print' });
      const opened = await page.goto(`${base}${request.path}`, { waitUntil: 'domcontentloaded' });
      if (!opened?.ok()) throw new Error(`the print page answered ${opened?.status() ?? 'nothing'}`);
      const marker = await page.waitForSelector(`[${REPORT_READY_ATTRIBUTE}], [${FAILED_ATTRIBUTE}]`, {
        state: 'attached',
      });
      const failed = await marker.getAttribute(FAILED_ATTRIBUTE);
      if (failed !== null) throw new Error(`print page failed: ${failed}`);
      const pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: REPORT_HEADER,
        footerTemplate: reportFooter(new Date()),
        margin: { top: '15mm', right: '15mm', bottom: '18mm', left: '15mm' },
        tagged: true,
        outline: true,
      });
      return pdf;
    } catch (error) {
      this.logger.error({ err: error, path: request.path, problems }, 'report rendering failed');
      throw new ApiException(
        503,
        'REPORT_RENDER_FAILED',
        'Der PDF-Bericht konnte nicht erstellt werden; bitte später erneut versuchen.',
      );
    } finally {
      await context.close().catch(() => undefined);
    }
  }

  /** Where this server listens, as seen from this machine (a wildcard address becomes loopback). */
  private ownBaseUrl(): string {
    const server = this.adapterHost.httpAdapter.getHttpServer() as { address(): AddressInfo | string | null };
    const address = server.address();
    if (address === null || typeof address === 'string') {
      throw new ApiException(503, 'REPORT_RENDERER_UNAVAILABLE', 'PDF-Berichte: Der Server lauscht auf keinem Port.');
    }
    const host =
      address.address === '0.0.0.0' || address.address === '::'
        ? '127.0.0.1'
        : address.family === 'IPv6'
          ? `[${address.address}]`
          : address.address;
    return `http://${host}:${address.port}`;
  }
}

type Playwright = typeof import('playwright-core');

async function loadPlaywright(): Promise<Playwright> {
  const loaded = (await import('playwright-core')) as Playwright & { default?: Playwright };
  return loaded.default?.chromium ? loaded.default : loaded;
}
