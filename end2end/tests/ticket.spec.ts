import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { open, reserve, uniqueEmail, waitForMails } from './helpers';

test('the 予約票: from the completion page and the email, with its QR code, on paper and in the calendar', async ({ page }, info) => {
  const email = uniqueEmail(info, 'ticket');
  const { number } = await reserve(page, email);
  await page.getByRole('link', { name: /予約票を表示する/ }).click();
  await expect(page.getByRole('heading', { name: '予約票', exact: true })).toBeVisible();
  await expect(page.getByTestId('reservation-number')).toHaveText(number);
  await expect(page.getByRole('img', { name: `予約番号 ${number} のQRコード` })).toBeVisible();
  await expect(page.getByTestId('ticket').getByText('お問い合わせ：')).toBeVisible();

  // The email's link is this page, and opens on another device without a login.
  const [mail] = await waitForMails(email);
  const link = mail.text.match(/https?:\/\/\S+\/ticket\/[0-9a-f]{32}/)?.[0];
  expect(link, mail.text).toBeTruthy();
  const path = new URL(link!).pathname;
  expect(path).toBe(new URL(page.url()).pathname);
  const phone = await page.context().browser()!.newContext({ javaScriptEnabled: info.project.use.javaScriptEnabled !== false });
  const other = await phone.newPage();
  await other.goto(path);
  await expect(other.getByTestId('reservation-number')).toHaveText(number);
  await phone.close();

  // With JavaScript a print button; without, the words for the browser's own menu.
  await open(page, path);
  if (info.project.use.javaScriptEnabled !== false) {
    await expect(page.getByRole('button', { name: '印刷する' })).toBeVisible();
  } else {
    await expect(page.getByText('ブラウザーのメニューから「印刷」')).toBeVisible();
  }
  // On paper: the sheet, not the site around it.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('ticket')).toBeVisible();
  await expect(page.getByRole('img', { name: `予約番号 ${number} のQRコード` })).toBeVisible();
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.getByRole('link', { name: 'カレンダーに追加する' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // The calendar file.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'カレンダーに追加する' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`yoyaku-${number}.ics`);
  const ics = readFileSync((await download.path())!, 'utf8').replace(/\r\n /g, '');
  expect(ics).toContain('BEGIN:VEVENT');
  expect(ics).toContain(`予約番号 ${number}`);
  expect(ics).toContain('STATUS:CONFIRMED');
});

test('a 予約票 link that leads nowhere says so', async ({ page }) => {
  const response = await page.goto('/ticket/0123456789abcdef0123456789abcdef');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: '予約票が見つかりません' })).toBeVisible();
});
