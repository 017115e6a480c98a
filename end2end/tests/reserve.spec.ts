import { expect, test } from './fixtures';
import { open, reserve, uniqueEmail, waitForMails } from './helpers';

test('reserve a slot: the key and number on the completion page and in the email', async ({ page }, info) => {
  const email = uniqueEmail(info, 'reserve');
  const { key, number } = await reserve(page, email);
  await expect(page.getByRole('link', { name: 'メールが届かない場合' }).first()).toBeVisible();

  const [mail] = await waitForMails(email);
  expect(mail.subject).toContain('予約完了のお知らせ');
  expect(mail.subject).toContain(number);
  expect(mail.from).toContain('いみずe-予約システム');
  expect(mail.text).toContain(`利用者キー　：${key}`);
  expect(mail.text).toContain(`予約番号　　：${number}`);
  expect(mail.text).toContain('射水 太郎 様');
});

test('a full slot says 満員 and cannot be chosen', async ({ page }) => {
  await open(page, '/reserve');
  await page.getByRole('link', { name: '健康相談' }).click();
  await expect(page.getByText('満員').first()).toBeVisible();
  await expect(page.getByRole('link', { name: /満員/ })).toHaveCount(0);
});

test('the details form lists what to correct and keeps what was typed', async ({ page }) => {
  await open(page, '/reserve');
  await page.getByRole('link', { name: '特定健診（集団）' }).click();
  await page.getByRole('link', { name: /残り\d+人/ }).first().click();
  await page.getByLabel('氏名').fill('射水 花子');
  await page.getByLabel('ふりがな').fill('射水');
  await page.getByLabel('メールアドレス', { exact: true }).fill('hanako@example.jp');
  await page.getByLabel('メールアドレス確認', { exact: true }).fill('hanako@example.com');
  await page.getByRole('button', { name: '確認' }).click();

  const summary = page.getByRole('alert').filter({ hasText: '入力内容に誤りがあります' });
  await expect(summary).toBeVisible();
  await expect(summary.getByRole('link', { name: 'ふりがなは、ひらがなかカタカナで入力してください。' })).toBeVisible();
  await expect(summary.getByRole('link', { name: /メールアドレスとメールアドレス確認が一致しません/ })).toBeVisible();
  await expect(summary.getByRole('link', { name: '電話番号を入力してください。' })).toBeVisible();
  await expect(page.getByLabel('氏名')).toHaveValue('射水 花子');
  await expect(page.getByLabel('メールアドレス', { exact: true })).toHaveValue('hanako@example.jp');
  await expect(page.getByLabel('ふりがな')).toHaveAttribute('aria-invalid', 'true');
});
