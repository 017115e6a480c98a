import { type Locator, type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { open, uniqueEmail } from './helpers';

/**
 * Presses Tab until `target` has the focus. Every element the focus passes
 * on the way must show it (the outline and ring of `:focus-visible`).
 */
async function tabTo(page: Page, target: Locator, limit = 300): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      const ringed = style.boxShadow !== 'none';
      return { shown: outlined || ringed, what: `${el.tagName.toLowerCase()} 「${(el.textContent || el.getAttribute('name') || '').trim().slice(0, 30)}」` };
    });
    if (focused) expect(focused.shown, `the focus is visible on ${focused.what}`).toBe(true);
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.type(text);
}

/** Whether the page scrolls sideways (it must not: WCAG 1.4.10 reflow). */
async function scrollsSideways(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test('a reservation with the keyboard only: Tab, Enter and Space, the focus always visible', async ({ page }, info) => {
  const email = uniqueEmail(info, 'keyboard');
  await open(page, '/');
  // The first Tab reaches the skip link, shown on focus; it leads into the main content.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '本文へ移動' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => !!document.activeElement?.closest('main')), 'after the skip link, Tab goes on inside the main content').toBe(true);

  await tabTo(page, page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '予約する' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: '予約メニューを選んでください' })).toBeVisible();
  await tabTo(page, page.getByRole('link', { name: '特定健診（集団）' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: '特定健診（集団）' })).toBeVisible();

  // A day with room (a different one from other tests), then an untouched slot of it.
  const days = page.getByRole('link', { name: / 空きあり$/ });
  await expect(days.first()).toBeVisible();
  let hash = 0;
  for (const c of email) hash = (hash * 31 + c.charCodeAt(0)) >>> 0;
  const count = await days.count();
  let chosen = false;
  for (let i = 0; i < count && !chosen; i++) {
    const day = days.nth((hash + i) % count);
    const label = (await day.getAttribute('aria-label'))!.split(' ')[0];
    await tabTo(page, day);
    await page.keyboard.press('Enter');
    await expect(page.locator('#slots-title')).toHaveText(`${label}の予約枠`);
    const fresh = page.getByRole('link', { name: /残り10人/ });
    if ((await fresh.count()) > 0) {
      await tabTo(page, fresh.first());
      await page.keyboard.press('Enter');
      chosen = true;
    }
  }
  expect(chosen, 'a day with an untouched slot').toBe(true);

  await expect(page.getByRole('heading', { name: 'お客様情報の入力' })).toBeVisible();
  await typeInto(page, page.getByLabel('氏名'), '射水 花子');
  await typeInto(page, page.getByLabel('ふりがな'), 'いみず はなこ');
  const birth = page.getByRole('group', { name: '生年月日' });
  await typeInto(page, birth.getByLabel('年', { exact: true }), '1958');
  await typeInto(page, birth.getByLabel('月', { exact: true }), '7');
  await typeInto(page, birth.getByLabel('日', { exact: true }), '15');
  await typeInto(page, page.getByLabel('電話番号'), '0766-51-6666');
  await typeInto(page, page.getByLabel('メールアドレス', { exact: true }), email);
  await typeInto(page, page.getByLabel('メールアドレス確認', { exact: true }), email);
  await tabTo(page, page.getByRole('button', { name: '確認' }));
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: '入力内容の確認' })).toBeVisible();
  await expect(page.getByText('1958年7月15日')).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: '送信' }));
  await page.keyboard.press('Space');
  await expect(page.getByRole('heading', { name: '予約完了' })).toBeVisible();
  await expect(page.getByTestId('reservation-number')).toHaveText(/^\d{8}$/);
});

test('a form with mistakes, by keyboard: the summary comes first and leads to the field', async ({ page }) => {
  await open(page, '/key-reissue');
  await tabTo(page, page.getByRole('button', { name: '確認' }));
  await page.keyboard.press('Enter');
  const summary = page.locator('#error-summary-title');
  await expect(summary).toBeVisible();
  // The summary comes first: the next Tab reaches its first link…
  const first = page.locator('.error-summary a').first();
  await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  // …which leads to the field (focused, or the next Tab's stop).
  const field = page.locator((await first.getAttribute('href'))!);
  await page.keyboard.press('Enter');
  if (!(await field.evaluate((el) => el === document.activeElement))) await page.keyboard.press('Tab');
  await expect(field).toBeFocused();
});

for (const [what, width, textScale] of [
  ['320 px wide', 320, 1],
  ['text at 200% on a 390 px phone', 390, 2],
] as const) {
  test(`nothing scrolls sideways at ${what}`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    const paths = ['/', '/reserve', '/login', '/key-reissue', '/mail-help', '/staff/login'];
    await open(page, '/reserve');
    const service = await page.getByRole('link', { name: '特定健診（集団）' }).getAttribute('href');
    paths.push(service!);
    for (const path of paths) {
      await open(page, path);
      if (textScale !== 1) await page.evaluate((scale) => (document.documentElement.style.fontSize = `${scale * 100}%`), textScale);
      expect(await scrollsSideways(page), `${path} scrolls sideways at ${what}`).toBeLessThanOrEqual(0);
    }
  });
}
