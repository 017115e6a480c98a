import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { chooseUntouchedSlot, open, otpFrom, uniqueEmail, waitForMails, type CalendarWords } from './helpers';

// キャンセル待ち (issue 14), JavaScript on and off: a slot made full by two
// residents, a third joins its waiting list, one of the two cancels, the
// third is offered the place by email and takes it from the link.
const SERVICE = '健康相談';
const WORDS: CalendarWords = {
  // Two places a slot: every day with room is △ 残りわずか.
  dayWithRoom: / (空きあり|残りわずか)$/,
  dayHeading: (label) => `${label}の予約枠`,
  untouched: /残り2人/,
};

async function fillDetails(page: Page, email: string, name: string) {
  await page.getByLabel('氏名').fill(name);
  await page.getByLabel('ふりがな').fill('いみず じろう');
  const birth = page.getByRole('group', { name: '生年月日' });
  await birth.getByLabel('年', { exact: true }).fill('1955');
  await birth.getByLabel('月', { exact: true }).fill('3');
  await birth.getByLabel('日', { exact: true }).fill('3');
  await page.getByLabel('電話番号').fill('0766-51-6666');
  await page.getByLabel('メールアドレス', { exact: true }).fill(email);
  await page.getByLabel('メールアドレス確認', { exact: true }).fill(email);
  await page.getByRole('button', { name: '確認' }).click();
  await expect(page.getByRole('heading', { name: '入力内容の確認' })).toBeVisible();
  await page.getByRole('button', { name: '送信' }).click();
}

/** Books the slot at `path` (a details form); returns the 利用者キー. */
async function book(page: Page, path: string, email: string): Promise<string> {
  await open(page, path);
  await fillDetails(page, email, '射水 次郎');
  await expect(page.getByRole('heading', { name: '予約完了' })).toBeVisible();
  return (await page.getByTestId('user-key').textContent())!.trim();
}


/** Logs in as the holder of `key` and cancels their one reservation. */
async function cancelAsResident(page: Page, key: string, email: string) {
  await open(page, '/otp');
  await page.getByLabel('利用者キー').fill(key);
  await page.getByLabel('メールアドレス').fill(email);
  await page.getByRole('button', { name: /発行/ }).click();
  await expect(page.getByTestId('otp-notice')).toBeVisible();
  await page.getByLabel('ワンタイムパスワード', { exact: true }).fill(otpFrom(await waitForMails(email, 2)));
  await page.getByRole('button', { name: 'ログイン', exact: true }).click();
  await expect(page.getByRole('heading', { name: '予約の確認・変更・キャンセル' })).toBeVisible();
  await page.getByRole('link', { name: /キャンセルする/ }).first().click();
  await page.getByRole('button', { name: 'キャンセルする' }).click();
  await expect(page.getByRole('heading', { name: '予約のキャンセル完了' })).toBeVisible();
}

test('join the waiting list of a full slot; a cancellation; the offer email; take the place', async ({ browser, page }, info) => {
  const holder = uniqueEmail(info, 'wl-holder');
  const other = uniqueEmail(info, 'wl-other');
  const waiter = uniqueEmail(info, 'wl-waiter');

  // Two residents fill an untouched slot of two places.
  await open(page, '/reserve');
  await page.getByRole('link', { name: SERVICE }).click();
  await chooseUntouchedSlot(page, holder, WORDS);
  await expect(page.getByRole('heading', { name: 'お客様情報の入力' })).toBeVisible();
  const slotPath = new URL(page.url()).pathname;
  await fillDetails(page, holder, '射水 一郎');
  await expect(page.getByRole('heading', { name: '予約完了' })).toBeVisible();
  const holderKey = (await page.getByTestId('user-key').textContent())!.trim();
  await book(page, slotPath, other);

  // Full: the slot offers its waiting list; the third joins it.
  await open(page, slotPath);
  await expect(page.getByText('満員').first()).toBeVisible();
  await page.getByRole('link', { name: 'キャンセル待ちに登録する（この時間）' }).click();
  await expect(page.getByTestId('waitlist-notice')).toBeVisible();
  await fillDetails(page, waiter, '射水 三郎');
  await expect(page.getByRole('heading', { name: 'キャンセル待ちの登録完了' })).toBeVisible();
  await expect(page.getByTestId('waitlist-position')).toContainText('1番目');
  const [joined] = await waitForMails(waiter, 1);
  expect(joined.subject).toContain('キャンセル待ち登録のお知らせ');

  // The holder cancels (in a browser of their own).
  const holderPage = await browser.newPage({ javaScriptEnabled: test.info().project.use.javaScriptEnabled !== false });
  await cancelAsResident(holderPage, holderKey, holder);
  await holderPage.close();

  // The first in line is offered the place, with a link.
  const mails = await waitForMails(waiter, 2);
  const offer = mails.find((m) => m.subject.includes('空きのご案内'))!;
  expect(offer.text).toContain('確保しています');
  const link = offer.text.match(/https?:\/\/\S+\/waitlist\/offers\/[0-9a-f]{32}/)![0];
  await open(page, new URL(link).pathname);
  await expect(page.getByTestId('offer-open')).toBeVisible();
  await page.getByRole('button', { name: '予約する' }).click();
  await expect(page.getByTestId('offer-booked')).toBeVisible();
  const number = (await page.getByTestId('reservation-number').textContent())!.trim();
  expect(number).toMatch(/^\d{8}$/);
  const confirmation = (await waitForMails(waiter, 3)).find((m) => m.subject.includes('予約完了のお知らせ'))!;
  expect(confirmation.subject).toContain(number);
});
