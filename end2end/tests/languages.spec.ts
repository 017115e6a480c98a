import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { chooseUntouchedSlot, open, reserve, uniqueEmail, waitForMails } from './helpers';

/** The language links at the top of every resident page. */
function languageLinks(page: Page) {
  return page.getByRole('navigation', { name: /Language/ });
}

/** Chooses `name` (each language's own words) and waits for the page to come back in it. */
async function choose(page: Page, name: string, lang: string): Promise<void> {
  const before = new URL(page.url()).pathname;
  await languageLinks(page).getByRole('link', { name }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  expect(new URL(page.url()).pathname, 'the switch comes back to the same page').toBe(before);
  if (test.info().project.use.javaScriptEnabled !== false) {
    await expect(page.locator('#hydration-status[data-hydrated="true"]')).toHaveCount(1);
  }
}

test('a reservation in English, from the language link to the email', async ({ page }, info) => {
  const email = uniqueEmail(info, 'english');
  await open(page, '/reserve');
  await expect(languageLinks(page).locator('[aria-current]')).toHaveText('日本語');
  await choose(page, 'English', 'en');
  await expect(languageLinks(page).locator('[aria-current]')).toHaveText('English');
  await expect(page.getByRole('heading', { name: 'Choose a service' })).toBeVisible();
  await page.getByRole('link', { name: '特定健診（集団）' }).click();

  // A day with room, then an untouched slot of it, in English.
  await chooseUntouchedSlot(page, email, {
    dayWithRoom: / Available$/,
    dayHeading: () => /^Times on \w{3}, \w+ \d{1,2}$/,
    untouched: /Places left: 10\b/,
  });

  await expect(page.getByRole('heading', { name: 'Your details' })).toBeVisible();
  // A mistake first: the messages are in English too.
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.getByRole('alert').getByRole('link', { name: 'Enter your name.' })).toBeVisible();
  await expect(page).toHaveTitle(/^Error: /);

  await page.getByLabel('Name', { exact: true }).fill('Maria Santos');
  await page.getByLabel('Name in kana (furigana)').fill('まりあ さんとす');
  const birth = page.getByRole('group', { name: 'Date of birth' });
  await birth.getByLabel('Year', { exact: true }).fill('1985');
  await birth.getByLabel('Month', { exact: true }).fill('7');
  await birth.getByLabel('Day', { exact: true }).fill('20');
  await page.getByLabel('Phone number').fill('090-1234-5678');
  await page.getByLabel('Email address', { exact: true }).fill(email);
  await page.getByLabel('Email address (again)').fill(email);
  await page.getByRole('button', { name: 'Check' }).click();

  await expect(page.getByRole('heading', { name: 'Check your answers' })).toBeVisible();
  await expect(page.getByText('July 20, 1985')).toBeVisible();
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByRole('heading', { name: 'Reservation complete' })).toBeVisible();
  const number = (await page.getByTestId('reservation-number').textContent())!.trim();

  // The email is in the language the resident used.
  const [mail] = await waitForMails(email);
  expect(mail.subject).toContain(`Your reservation is complete (reservation number ${number})`);
  expect(mail.text).toContain('Maria Santos');
  expect(mail.text).toMatch(/\w{3}, \w+ \d{1,2}, \d{4} \d{1,2}:\d{2}–\d{1,2}:\d{2}/);
  expect(mail.text, 'no Japanese sentence is left in the English email').not.toContain('予約完了');

  // The 予約票 too; and back to Japanese, the seed's words exactly.
  await page.getByRole('link', { name: /reservation slip/i }).first().click();
  await expect(page.getByRole('heading', { name: 'Reservation slip' })).toBeVisible();
  await choose(page, '日本語', 'ja');
  await expect(page.getByRole('heading', { name: '予約票', exact: true })).toBeVisible();
});

test('やさしい日本語: readings over the kanji, and the email with readings in brackets', async ({ page }, info) => {
  const email = uniqueEmail(info, 'easy');
  await reserve(page, email);
  await waitForMails(email);

  await open(page, '/key-reissue');
  await choose(page, 'やさしい にほんご', 'ja');
  await expect(page.locator('html')).toHaveAttribute('data-language', 'easy');
  // Every kanji word of the heading carries its reading.
  const heading = page.locator('main h1');
  await expect(heading.locator('ruby').first()).toBeVisible();
  await expect(heading.locator('rt').first()).toHaveText('りようしゃ');
  // The page title has no readings in it.
  await expect(page).toHaveTitle(/^利用者キーを もう一度 もらう \| /);

  await page.getByLabel('メールアドレス', { exact: true }).fill(email);
  await page.getByLabel(/^メールアドレス（もう一度/).fill(email);
  await page.locator('main button[type="submit"]').click();
  // The check page, its lead in easy Japanese too.
  await expect(page).toHaveURL(/\/key-reissue\/drafts\/[0-9a-f]+\/confirm$/);
  await expect(page.locator('main p ruby').first()).toBeVisible();
  // The check page's own button (while the hydrated app swaps pages, the
  // form just sent can still be on screen under the new address).
  const send = page.getByRole('button', { name: 'おくる' });
  await expect(send).toBeVisible();
  await send.click();
  await expect(page).toHaveURL(/\/key-reissue\/complete/);
  await expect(page.locator('main h1 ruby').first()).toBeVisible();

  const mails = await waitForMails(email, 2);
  const notice = mails.find((m) => m.subject.includes('利用者（りようしゃ）キー'));
  expect(notice, mails.map((m) => m.subject).join('\n')).toBeTruthy();
  expect(notice!.text).toContain('もう一度（いちど）');
  expect(notice!.text).not.toContain('《');
});

test('the language link goes back only to this site', async ({ page }) => {
  const response = await page.goto('/language?to=en&back=https://evil.example/');
  expect(new URL(page.url()).host).toBe(new URL(response!.url()).host);
  expect(new URL(page.url()).pathname).toBe('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
