import { expect, type Page } from '@playwright/test';

/**
 * Checks that a page or an exported file did not interpret an XSS payload (support/xss-payloads.ts): no dialog,
 * no `window.__xss`, no element or attribute from a payload in the DOM, no CSP violation (the CSP would block an
 * injected inline handler, so a violation is how an injection that got into the DOM shows itself).
 */

export interface XssWatch {
  dialogs: string[];
  consoleCsp: string[];
}

/** Before the first navigation: records dialogs, CSP violation events (in the page) and CSP console errors. */
export async function watchXss(page: Page): Promise<XssWatch> {
  const watch: XssWatch = { dialogs: [], consoleCsp: [] };
  page.on('dialog', (dialog) => {
    watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) watch.consoleCsp.push(message.text());
  });
  await page.addInitScript(() => {
    const record: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: record });
    document.addEventListener('securitypolicyviolation', (event) =>
      record.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`),
    );
  });
  return watch;
}

export interface DomFindings {
  xss: unknown;
  imgX: number;
  handlerAttributes: string[];
  payloadScripts: number;
  javascriptUrls: number;
  injectedSvg: number;
  cspViolations: string[];
}

/** What a payload would have left in the current document. */
export function domFindings(page: Page): Promise<DomFindings> {
  return page.evaluate(() => {
    const all = Array.from(document.querySelectorAll('*'));
    const attributes = (element: Element) => Array.from(element.attributes);
    return {
      xss: (window as unknown as { __xss?: unknown }).__xss,
      imgX: document.querySelectorAll('img[src="x"]').length,
      handlerAttributes: all.flatMap((element) =>
        attributes(element)
          .filter((attribute) => /^on/i.test(attribute.name))
          .map((attribute) => `${element.tagName.toLowerCase()}[${attribute.name}]`),
      ),
      payloadScripts: Array.from(document.scripts).filter((script) => (script.textContent ?? '').includes('__xss'))
        .length,
      javascriptUrls: all.filter((element) =>
        attributes(element).some(
          (attribute) => /(href|src|action)$/i.test(attribute.name) && /^\s*javascript:/i.test(attribute.value),
        ),
      ).length,
      injectedSvg: document.querySelectorAll('svg[onload]').length,
      cspViolations: [...((window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])],
    };
  });
}

export const CLEAN_DOM: DomFindings = {
  xss: undefined,
  imgX: 0,
  handlerAttributes: [],
  payloadScripts: 0,
  javascriptUrls: 0,
  injectedSvg: 0,
  cspViolations: [],
};

/** The page shows no trace of an interpreted payload, and no dialog has opened. */
export async function expectInert(page: Page, watch: XssWatch, where: string): Promise<void> {
  expect(await domFindings(page), where).toEqual(CLEAN_DOM);
  expect(watch.dialogs, where).toEqual([]);
  expect(watch.consoleCsp, where).toEqual([]);
}

/** Whitespace as a browser or pdftotext shows it: runs of spaces, tabs and line breaks become one space. */
export function collapsed(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export interface SvgFindings {
  parseErrors: number;
  scripts: number;
  foreignObjects: number;
  htmlElements: string[];
  handlerAttributes: string[];
  javascriptUrls: number;
  desc: string;
  text: string;
}

/** An exported SVG parsed by the browser's XML parser: what would run, and its text (title, desc, text nodes). */
export function inspectSvg(page: Page, svg: string): Promise<SvgFindings> {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const all = Array.from(doc.getElementsByTagName('*'));
    const attributes = (element: Element) => Array.from(element.attributes);
    return {
      parseErrors: doc.getElementsByTagName('parsererror').length,
      scripts: doc.getElementsByTagName('script').length,
      foreignObjects: doc.getElementsByTagName('foreignObject').length,
      htmlElements: all
        .filter((element) => element.namespaceURI === 'http://www.w3.org/1999/xhtml')
        .map((element) => element.tagName),
      handlerAttributes: all.flatMap((element) =>
        attributes(element)
          .filter((attribute) => /^on/i.test(attribute.name))
          .map((attribute) => `${element.tagName}[${attribute.name}]`),
      ),
      javascriptUrls: all.filter((element) =>
        attributes(element).some(
          (attribute) => /href$/i.test(attribute.name) && /^\s*javascript:/i.test(attribute.value),
        ),
      ).length,
      desc: doc.querySelector('desc')?.textContent ?? '',
      text: Array.from(doc.querySelectorAll('title, text'))
        .map((node) => node.textContent ?? '')
        .join(' '),
    };
  }, svg);
}
