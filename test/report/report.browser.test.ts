// The report as a researcher sees it: headless Chromium opens the file with
// every network request blocked, and the charts, filters and evidence work.
// Needs /usr/bin/chromium (Debian's `chromium` package); set
// SKIP_BROWSER_TESTS=1 to skip on a machine without it.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeReportFile } from '../../src/report/index.js';
import type { EventRecord } from '../../src/types.js';
import { FIXTURE_EVENTS, makeEvent } from './events.fixture.js';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CHARTS = ['chart-time', 'chart-map', 'chart-flows', 'chart-tactic', 'chart-perp', 'chart-target', 'chart-lang'];

interface Opened {
  page: Page;
  /** Requests that tried to leave file:// (all were aborted). */
  network: string[];
  errors: string[];
  dialogs: string[];
}

describe.skipIf(process.env.SKIP_BROWSER_TESTS === '1')('report in headless Chromium', { timeout: 60_000 }, () => {
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`${CHROMIUM} is missing: install it (apt-get install -y chromium) or set SKIP_BROWSER_TESTS=1`);
    }
    dir = mkdtempSync(join(tmpdir(), 'report-browser-'));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function open(name: string, events: EventRecord[]): Promise<Opened> {
    const file = join(dir, name);
    await writeReportFile(file, { events, generatedFrom: 'corpus/', runSummary: { files: 7, skipped: 1, byLanguage: { en: 4, nb: 3 } } });
    return visit(file);
  }

  async function visit(file: string): Promise<Opened> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const opened: Opened = { page, network: [], errors: [], dialogs: [] };
    await page.route('**', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) return route.continue();
      opened.network.push(url);
      return route.abort();
    });
    page.on('pageerror', (e) => opened.errors.push(e.message));
    page.on('dialog', (d) => { opened.dialogs.push(d.message()); void d.dismiss(); });
    await page.goto(pathToFileURL(file).href);
    await page.waitForFunction(() => document.body.dataset.chartsReady, null, { timeout: 30_000 });
    return opened;
  }

  const rowCount = (page: Page) => page.locator('#rows tr.event-row').count();

  it('opens offline, draws every chart with marks, and runs no injected script', async () => {
    const { page, network, errors, dialogs } = await open('report.html', FIXTURE_EVENTS);
    expect(await page.evaluate(() => document.body.dataset.chartsReady)).toBe('true');
    for (const id of CHARTS) {
      const marks = await page.locator(`#${id} svg g.role-mark path, #${id} svg g.role-mark text`).count();
      expect(marks, id).toBeGreaterThan(0);
    }
    expect(await page.locator('#chart-map g.mark-shape path').count()).toBeGreaterThan(100); // country shapes
    expect(await page.locator('#chart-map g.mark-symbol path').count()).toBeGreaterThan(0); // place circles
    expect(await page.locator('script').count()).toBe(6);
    expect({ network, errors, dialogs }).toEqual({ network: [], errors: [], dialogs: [] });
    expect(await rowCount(page)).toBe(FIXTURE_EVENTS.length);

    await page.close();
  });

  it('shows the embedded corpus\'s dataset (out/report.html): charts, a filter, an evidence row', async () => {
    const events = JSON.parse(readFileSync(join(ROOT, 'out', 'events.json'), 'utf8')) as EventRecord[];
    const file = join(dir, 'seeds.html');
    copyFileSync(join(ROOT, 'out', 'report.html'), file);
    const { page, network, errors } = await visit(file);
    for (const id of CHARTS) expect(await page.locator(`#${id} svg g.role-mark path, #${id} svg g.role-mark text`).count(), id).toBeGreaterThan(0);
    expect(await rowCount(page)).toBe(Math.min(events.length, 500));
    const tactic = events[0].tactic;
    await page.selectOption('#f-tactic', tactic);
    await expect.poll(() => rowCount(page)).toBe(events.filter((e) => e.tactic === tactic).length);
    await page.locator('#rows tr.event-row').first().click();
    await expect.poll(() => page.locator('#rows tr.evidence-row mark.hl-trigger').first().textContent()).toBe(events.find((e) => e.tactic === tactic)!.trigger.text);
    expect({ network, errors }).toEqual({ network: [], errors: [] });
    // the picture in the README: `REPORT_SCREENSHOT=1 npx vitest run test/report`
    if (process.env.REPORT_SCREENSHOT === '1') {
      await page.click('button[type=reset]');
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: join(ROOT, 'docs', 'report.png'), fullPage: false });
    }
    await page.close();
  });

  it('filters every view: the table, the status and the charts', async () => {
    const { page } = await open('filter.html', FIXTURE_EVENTS);
    const iranian = FIXTURE_EVENTS.filter((e) => e.perpetrator?.country === 'IR').length;
    await page.selectOption('#f-perp', 'IR');
    await expect.poll(() => rowCount(page)).toBe(iranian);
    expect(await page.locator('#status').textContent()).toContain(`Showing ${iranian} of ${FIXTURE_EVENTS.length}`);
    await expect.poll(() => page.locator('#chart-perp g.mark-rect path').count()).toBe(1);

    await page.selectOption('#f-lang', 'nb');
    const both = FIXTURE_EVENTS.filter((e) => e.perpetrator?.country === 'IR' && e.language === 'nb').length;
    await expect.poll(() => rowCount(page)).toBe(both);

    await page.click('button[type=reset]');
    await expect.poll(() => rowCount(page)).toBe(FIXTURE_EVENTS.length);
    await page.fill('#f-q', 'Lam Wing');
    await expect.poll(() => rowCount(page)).toBe(1);
    await page.close();
  });

  it('opens a row\'s evidence with the trigger highlighted, by click and by keyboard', async () => {
    const { page, dialogs } = await open('evidence.html', FIXTURE_EVENTS);
    const first = FIXTURE_EVENTS[0];
    await page.locator('#rows tr.event-row').first().click();
    const evidence = page.locator('#rows tr.evidence-row').first();
    await expect.poll(() => evidence.locator('mark.hl-trigger').textContent()).toBe(first.trigger.text);
    expect(await evidence.locator('mark.hl-perpetrator').textContent()).toBe(first.perpetrator!.name);
    expect(await evidence.locator('.sentence').textContent()).toBe(first.source.text);
    expect(await evidence.textContent()).toContain(first.source.file);
    expect(await page.locator('#rows tr.event-row button.open').first().getAttribute('aria-expanded')).toBe('true');

    const xss = FIXTURE_EVENTS.findIndex((e) => e.source.text.includes('<script>'));
    await page.locator('#rows tr.event-row').nth(xss).locator('button.open').focus();
    await page.keyboard.press('Enter');
    const shown = page.locator(`#rows tr.evidence-row:has(mark.hl-trigger:text-is("${FIXTURE_EVENTS[xss].trigger.text}"))`);
    expect(await shown.locator('.sentence').textContent()).toContain('<script>alert(1)</script>');
    expect(await page.locator('script').count()).toBe(6);
    expect(dialogs).toEqual([]);

    await page.check('input[name=grain][value=month]');
    await expect.poll(() => page.locator('#time-note').textContent()).toContain('dated only to a year');
    expect(await page.locator('#chart-time g.mark-rect path').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('draws an event with no date, place or perpetrator, and an unknown country code', async () => {
    const bare = makeEvent({ sentence: 'Someone was abducted.', trigger: 'abducted', tactic: ['RENDITION', 'Rendition'] }, 0);
    const odd = makeEvent({ sentence: 'Agents detained him in Atlantis.', trigger: 'detained', tactic: ['DETENTION', 'Detention'],
      perp: ['Agents', 'QQ', 'agent'], place: ['Atlantis', 'QQ', null, null, 'city'] }, 1);
    const { page, errors } = await open('sparse.html', [bare, odd]);
    expect(await page.evaluate(() => document.body.dataset.chartsReady)).toBe('true');
    expect(errors).toEqual([]);
    expect(await rowCount(page)).toBe(2);
    expect(await page.locator('#time-note').textContent()).toContain('2 undated events are not shown');
    await page.close();
  });

  it('pages and sorts a table of a few thousand events', async () => {
    const many = Array.from({ length: 3000 }, (_, i) => {
      const e = makeEvent({ sentence: `Agents followed person number ${i} in Oslo.`, trigger: 'followed', tactic: ['SURVEILLANCE', 'Surveillance'],
        perp: ['Agents', i % 2 ? 'CN' : 'IR', 'agent'], place: ['Oslo', 'NO', 59.91, 10.75, 'city'],
        date: [String(2000 + (i % 20)), String(2000 + (i % 20)), 'year'] }, i);
      return { ...e, id: `big-${i}` };
    });
    const { page, errors } = await open('many.html', many);
    expect(await rowCount(page)).toBe(500);
    expect(await page.locator('#page-info').textContent()).toContain('of 3000');
    await page.click('#next-page');
    expect(await page.locator('#rows tr.event-row').first().getAttribute('data-id')).toBe('big-500');
    await page.locator('th[data-sort=date] button').click();
    expect(await page.locator('#rows tr.event-row td').nth(1).textContent()).toBe('2000');
    await page.selectOption('#f-perp', 'CN');
    await expect.poll(() => page.locator('#page-info').textContent()).toContain('of 1500');
    expect(errors).toEqual([]);
    await page.close();
  });
});
