/**
 * Every page a test sees is checked, without the test asking (issue 13):
 *
 * - **axe-core** (WCAG 2.2 A/AA rules) on each state of the page the test
 *   saw: whenever the main frame navigates (a document load, or the
 *   hydrated router's own navigation) the page is let settle (loaded,
 *   hydrated, no 「読み込み中…」), and its DOM is kept; after the test each
 *   distinct DOM is served again at its own URL, with scripts blocked so it
 *   stays as it was, and axe runs on it with the real stylesheet. With
 *   JavaScript off that DOM is the server's HTML; with it on, the
 *   hydrated page — error states included, as the tests reach them.
 * - **The Nu HTML checker** (vnu, run by playwright.config.ts as a local
 *   service) on every HTML document the server sent, as sent. Leptos's own
 *   output that is not HTML is named and filtered (FRAMEWORK_NOISE); any
 *   other error fails the test.
 *
 * A test fails on any violation, with the page, the rule and the element.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';
import { createHash } from 'node:crypto';
import { appendFileSync, closeSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';

const vnu = `http://127.0.0.1:${process.env.VNU_PORT ?? 8898}`;
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * What the Nu checker reports about Leptos's streaming/hydration output
 * rather than about our pages: the `<!>` markers hydration finds its place
 * by (a "bogus comment" to an HTML parser), and the resource scripts
 * written after `</html>` (a "stray" script, after which the checker stops
 * reading — there is nothing after them).
 */
const FRAMEWORK_NOISE: { name: string; matches: (m: VnuMessage, previous?: VnuMessage) => boolean }[] = [
  { name: 'Leptos hydration marker <!>', matches: (m) => m.message === 'Bogus comment.' && (m.extract ?? '').includes('<!>') },
  {
    name: 'Leptos resource script after </html>',
    matches: (m) => m.message === 'Stray start tag “script”.' && (m.extract ?? '').includes('</html>'),
  },
  {
    name: "the checker's stop after that script",
    matches: (m, previous) =>
      m.subType === 'fatal' && m.message.startsWith('Cannot recover after last error') && previous?.message === 'Stray start tag “script”.',
  },
];

type VnuMessage = { type: string; subType?: string; message: string; extract?: string; lastLine?: number };
type Snapshot = { url: string; html: string };
type Document = { url: string; status: number; html: string };

const digest = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * What makes two page states the same for these checks: the route (ids as
 * N) and the markup with the words evened out — every run of text becomes
 * `x` (an empty one stays empty), and so does every attribute value that
 * carries what was typed or counted (value, content, title, aria-label,
 * href/action query strings, numbers, long tokens). What axe and the Nu
 * checker judge is the structure, the attributes and the styles: the same
 * details form with another name typed into it, or the same calendar in
 * another month, is the same page to them, checked once per run — not once
 * per test and per worker, as when only digits were evened out (most of
 * the suite's time went there; docs/PERFORMANCE.md, 「The test command」).
 */
const sameness = (url: string, html: string) =>
  new URL(url).pathname.replace(/\d+|[0-9a-f]{32,}/g, 'N') +
  digest(
    html
      .replace(/>([^<]*)</g, (_, text: string) => (text.trim() === '' ? '><' : '>x<'))
      .replace(/\b(value|content|title|aria-label|alt|placeholder)="[^"]*"/g, (_, name: string) => `${name}="x"`)
      .replace(/\?[^"'\s>]*/g, '?q')
      .replace(/[0-9A-Za-z_-]{16,}/g, 'T')
      .replace(/\d+/g, '0'),
  );

/**
 * Each kind of page is checked by the first test of the run that reaches
 * it, whichever worker runs that test: the claim is a file made with `wx`
 * (fails if it exists), so two workers never check the same kind twice;
 * the folder is this run's (PAGE_CHECKS_RUN, set by playwright.config.ts).
 */
const claims = join('test-results', `page-checks-${process.env.PAGE_CHECKS_RUN ?? 'run'}`);
const claim = (key: string) => {
  try {
    mkdirSync(claims, { recursive: true });
    closeSync(openSync(join(claims, digest(key)), 'wx'));
    return true;
  } catch {
    return false;
  }
};

/** The part of a URL a reader needs (no host, no long tokens). */
const where = (url: string) => {
  const u = new URL(url);
  return (u.pathname + u.search).replace(/[0-9a-f]{32,}/g, '…');
};

/** Keeps the settled DOM of every page state the test reaches. */
function watch(page: Page, jsOn: boolean) {
  const snapshots = new Map<string, Snapshot>();
  const documents: Promise<Document | null>[] = [];
  const pending: Promise<void>[] = [];
  let navigation = 0;

  const settle = async (mine: number) => {
    try {
      await page.waitForLoadState('load', { timeout: 15_000 });
      if (jsOn) await page.locator('#hydration-status[data-hydrated="true"]').waitFor({ state: 'attached', timeout: 15_000 });
      await page.locator('.loading').first().waitFor({ state: 'detached', timeout: 10_000 });
      // The page's own code (its lazily loaded chunk) may still be hydrating
      // after the shell: give its <title> a moment. A page with none still
      // reaches axe after the wait, and fails there.
      if (jsOn) await page.waitForFunction(() => document.title.trim() !== '', null, { timeout: 5_000 }).catch(() => {});
      await page.waitForTimeout(150);
      if (mine !== navigation) return; // moved on: the next navigation is checked instead
      const html = await page.content();
      const url = page.url();
      if (mine !== navigation || !url.startsWith('http')) return; // about:blank is no page of ours
      snapshots.set(digest(url + html), { url, html });
    } catch {
      // The page navigated away or closed mid-way; the state it reached next is checked.
    }
  };

  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) pending.push(settle(++navigation));
  });
  page.on('response', (response) => {
    const request = response.request();
    if (!request.isNavigationRequest() || request.frame() !== page.mainFrame()) return;
    if (response.status() >= 300 && response.status() < 400) return;
    if (!(response.headers()['content-type'] ?? '').includes('text/html')) return;
    documents.push(response.text().then((html) => ({ url: response.url(), status: response.status(), html }), () => null));
  });

  return {
    async finish() {
      pending.push(settle(++navigation));
      await Promise.all(pending);
      const docs = (await Promise.all(documents)).filter((d): d is Document => d !== null);
      return { snapshots: [...snapshots.values()], documents: docs };
    },
  };
}

/** Scripts out: the kept page stays exactly as it was (no hydration). */
const withoutScripts = (html: string) => html.replace(/<script\b[\s\S]*?<\/script>/gi, '');

/** axe on a kept page, served again at its own URL (so the stylesheet loads). */
async function axeOn(page: Page, served: Map<string, string>, snapshot: Snapshot): Promise<string[]> {
  const target = new URL(snapshot.url);
  target.hash = '';
  served.set(target.href, withoutScripts(snapshot.html));
  await page.goto(target.href, { waitUntil: 'load' });
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return result.violations.map(
    (v) =>
      `axe ${v.id} (${v.impact}) on ${where(snapshot.url)}: ${v.help}\n    ${v.nodes
        .map((n) => `${n.target.join(' ')} — ${(n.failureSummary ?? '').split('\n').join(' ')}`)
        .join('\n    ')}`,
  );
}

/** The Nu checker on a document as the server sent it. */
async function vnuOn(doc: Document, filtered: Map<string, number>): Promise<string[]> {
  const response = await fetch(`${vnu}/?out=json`, {
    method: 'POST',
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
    body: doc.html,
  });
  const { messages } = (await response.json()) as { messages: VnuMessage[] };
  const problems: string[] = [];
  messages.forEach((m, i) => {
    if (m.type !== 'error') return;
    const noise = FRAMEWORK_NOISE.find((n) => n.matches(m, messages[i - 1]));
    if (noise) {
      filtered.set(noise.name, (filtered.get(noise.name) ?? 0) + 1);
      return;
    }
    problems.push(`html on ${where(doc.url)} (${doc.status}), line ${m.lastLine}: ${m.message}\n    ${m.extract ?? ''}`);
  });
  return problems;
}

export const test = base.extend<{ pageChecks: void }>({
  pageChecks: [
    async ({ page, browser }, use, info) => {
      const jsOn = info.project.use.javaScriptEnabled !== false;
      const watching = watch(page, jsOn);
      await use();
      const { snapshots, documents } = await watching.finish();

      const problems: string[] = [];
      // The server's pages as sent, and the states the test saw them reach.
      const states = new Map<string, Snapshot>();
      for (const state of [...documents, ...snapshots]) {
        const key = sameness(state.url, withoutScripts(state.html));
        if (!states.has(key) && claim(`axe ${key}`)) states.set(key, state);
      }
      // Scripts on for axe itself (project options would carry javaScriptEnabled: false over); the pages have none left.
      const checker = await browser.newContext({ baseURL: info.project.use.baseURL, viewport: info.project.use.viewport, locale: 'ja-JP', javaScriptEnabled: true });
      try {
        const replay = await checker.newPage();
        const served = new Map<string, string>();
        await replay.route('**/*', (route) => {
          const body = route.request().isNavigationRequest() ? served.get(route.request().url()) : undefined;
          return body === undefined ? route.continue() : route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
        });
        for (const state of states.values()) {
          problems.push(...(await axeOn(replay, served, state)));
        }
      } finally {
        await checker.close();
      }
      const filtered = new Map<string, number>();
      let validated = 0;
      for (const doc of documents) {
        if (!claim(`nu ${sameness(doc.url, doc.html)}`)) continue;
        validated++;
        problems.push(...(await vnuOn(doc, filtered)));
      }

      // Which pages were checked, for the record (end2end/checked-pages.txt).
      mkdirSync('test-results', { recursive: true });
      const pages = [...new Set([...states.values()].map((s) => `${info.project.name}\t${where(s.url)}`))];
      appendFileSync('test-results/checked-pages.txt', pages.map((p) => `${p}\n`).join(''));
      info.annotations.push({
        type: 'page checks',
        description: `axe on ${states.size} page states, Nu on ${validated} documents; filtered as Leptos's: ${[...filtered].map(([k, n]) => `${k} ×${n}`).join(', ') || 'none'}`,
      });
      expect(problems, problems.join('\n')).toEqual([]);
    },
    // Its own time: axe takes a few seconds a page on a busy machine, and
    // a no-JavaScript test that walks through the staff console sees
    // twenty or more pages (180 s was exceeded twice on a loaded run).
    { auto: true, timeout: 300_000 },
  ],
});

export { expect };
