import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { chooseUntouchedSlot, open, reserveAndLogIn, uniqueEmail, waitForMails } from './helpers';

test('家族: a parent adds his daughter, her key and email are her own, her reservation is his to cancel', async ({ page }, info) => {
  const email = uniqueEmail(info, 'family');
  const { key } = await reserveAndLogIn(page, email);

  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '予約する' }).click();
  await page.getByRole('link', { name: '特定健診（集団）' }).click();
  await chooseUntouchedSlot(page, `${email}-daughter`);
  await expect(page.getByRole('heading', { name: 'どなたの予約ですか' })).toBeVisible();
  await expect(page.getByLabel('射水 太郎 様（ご自身）')).toBeChecked();
  await page.getByLabel(/ご家族を追加する/).check();
  await page.getByRole('button', { name: 'この方の予約にする' }).click();
  await expect(page.getByTestId('new-member')).toContainText(email);
  await page.getByLabel('氏名').fill('射水 花子');
  await page.getByLabel('ふりがな').fill('いみず はなこ');
  const birth = page.getByRole('group', { name: '生年月日' });
  await birth.getByLabel('年', { exact: true }).fill('2015');
  await birth.getByLabel('月', { exact: true }).fill('5');
  await birth.getByLabel('日', { exact: true }).fill('5');
  await page.getByLabel('電話番号').fill('0766-51-6667');
  await expect(page.getByLabel('メールアドレス', { exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: '確認' }).click();
  await expect(page.getByRole('heading', { name: '入力内容の確認' })).toBeVisible();
  await page.getByRole('button', { name: '送信' }).click();
  await expect(page.getByRole('heading', { name: '予約完了' })).toBeVisible();
  const hers = (await page.getByTestId('user-key').textContent())!.trim();
  const number = (await page.getByTestId('reservation-number').textContent())!.trim();
  expect(hers).not.toBe(key);
  const confirmation = (await waitForMails(email, 4)).find((m) => m.text.includes(number));
  expect(confirmation?.text).toContain('射水 花子 様');

  // My reservations: hers, marked as hers; cancelled from here.
  await open(page, '/my');
  await expect(page.getByTestId('household')).toContainText('射水 花子');
  const card = page.getByTestId(`reservation-${number}`);
  await expect(card.getByTestId('reservation-whose')).toContainText('射水 花子');
  await card.getByRole('link', { name: /キャンセルする/ }).click();
  await expect(page.getByRole('heading', { name: '予約のキャンセル（確認）' })).toBeVisible();
  await expect(page.getByTestId('reservation-whose')).toContainText('射水 花子');
  await page.getByRole('button', { name: 'キャンセルする' }).click();
  await expect(page.getByRole('heading', { name: '予約のキャンセル完了' })).toBeVisible();
  const cancelled = (await waitForMails(email, 5)).find((m) => m.subject.includes('予約キャンセル') && m.text.includes(number));
  expect(cancelled?.text).toContain('射水 花子 様');
});

test('登録情報: everything kept, as a page and a file; erased after the reservation is cancelled', async ({ page }, info) => {
  const email = uniqueEmail(info, 'mydata');
  const { key, number } = await reserveAndLogIn(page, email);
  await page.getByTestId('own-data-link').click();
  await expect(page.getByRole('heading', { name: '登録情報', exact: true })).toBeVisible();
  const record = page.getByTestId('own-record');
  await expect(record).toContainText('射水 太郎');
  await expect(record).toContainText('1960-04-01');
  await expect(record).toContainText(email);
  await expect(page.getByTestId('own-emails')).toContainText('ワンタイムパスワード');

  const download = page.waitForEvent('download');
  await page.getByTestId('own-download').click();
  const file = JSON.parse(readFileSync(await (await download).path(), 'utf-8'));
  expect(file.record.user_key).toBe(key);
  expect(file.reservations[0].number).toBe(number);
  expect(file.emails.length).toBeGreaterThanOrEqual(3);

  // Refused while the reservation is upcoming, with its number.
  await page.getByRole('link', { name: '利用者情報の削除へ進む' }).click();
  await expect(page.getByTestId('erase-refused')).toContainText(number);

  // Cancelled, then erased.
  await open(page, `/my/reservations/${number}/cancel`);
  await page.getByRole('button', { name: 'キャンセルする' }).click();
  await expect(page.getByRole('heading', { name: '予約のキャンセル完了' })).toBeVisible();
  await open(page, '/my/data/erase');
  await expect(page.getByRole('heading', { name: '利用者情報の削除の確認' })).toBeVisible();
  await page.getByRole('button', { name: '削除する' }).click();
  await expect(page.getByTestId('erased')).toBeVisible();
  await open(page, '/my');
  await expect(page.getByTestId('load-error')).toContainText('もう一度ログインしてください');
});
