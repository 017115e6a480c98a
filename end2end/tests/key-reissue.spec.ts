import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { mailsTo, open, reserve, uniqueEmail, waitForMails } from './helpers';

async function openReissue(page: Page) {
  await open(page, '/');
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '利用者キー再発行' }).click();
  const crumbs = page.getByRole('navigation', { name: '現在位置' });
  await expect(crumbs.getByRole('link', { name: 'いみずe-予約システム' })).toBeVisible();
  await expect(crumbs).toContainText('利用者キー再発行');
  await expect(page.getByRole('heading', { name: '利用者キー再発行', exact: true })).toBeVisible();
  await expect(page.getByText('利用者キーを再発行します。登録済みのメールアドレスを入力してください。')).toBeVisible();
}

async function fillAndConfirm(page: Page, email: string, confirm = email) {
  await page.getByLabel('メールアドレス', { exact: true }).fill(email);
  await page.getByLabel('メールアドレス確認', { exact: true }).fill(confirm);
  await page.getByRole('button', { name: '確認' }).click();
}

async function send(page: Page) {
  await expect(page.getByText('以下の内容で送信します。よろしければ送信ボタンを押してください。')).toBeVisible();
  await page.getByRole('button', { name: '送信' }).click();
  await expect(page.getByRole('heading', { name: '利用者キー再発行完了' })).toBeVisible();
  await expect(page.getByText('利用者キー通知メールを送信しました。メールをご確認ください。')).toBeVisible();
}

test('the four steps: input, confirm (戻る keeps it), complete, and the email with the key', async ({ page }, info) => {
  const email = uniqueEmail(info, 'reissue');
  const { key } = await reserve(page, email);

  await openReissue(page);
  // Typed the way a phone's Japanese keyboard may produce it.
  const wide = email.toUpperCase().replace('@', '＠');
  await fillAndConfirm(page, wide);
  await expect(page.getByText(wide).first()).toBeVisible();
  await page.getByRole('button', { name: '戻る' }).click();
  await expect(page.getByLabel('メールアドレス', { exact: true })).toHaveValue(wide);
  await expect(page.getByLabel('メールアドレス確認', { exact: true })).toHaveValue(wide);
  await page.getByRole('button', { name: '確認' }).click();
  await send(page);

  const mails = await waitForMails(email, 2);
  const notice = mails.find((m) => m.subject.includes('利用者キー通知'));
  expect(notice, 'a 利用者キー通知メール').toBeTruthy();
  expect(notice!.text).toContain(`射水 太郎 様　利用者キー：${key}`);
});

test('mismatched addresses: an error summary and the field error, nothing lost', async ({ page }) => {
  await openReissue(page);
  await fillAndConfirm(page, 'info@city.imizu.lg.jp', 'info@city.imizu.lg.jq');
  const summary = page.getByRole('alert').filter({ hasText: '入力内容に誤りがあります' });
  await expect(summary).toBeVisible();
  await summary.getByRole('link', { name: /一致しません/ }).click();
  await expect(page.getByLabel('メールアドレス確認', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('メールアドレス', { exact: true })).toHaveValue('info@city.imizu.lg.jp');
  await expect(page.getByLabel('メールアドレス確認', { exact: true })).toHaveValue('info@city.imizu.lg.jq');
});

test('an unknown address reaches the same completion page and no email is sent', async ({ page }, info) => {
  const unknown = uniqueEmail(info, 'unknown');
  await openReissue(page);
  await fillAndConfirm(page, unknown);
  await send(page);

  // Mail leaves the outbox in order: once a later message has arrived,
  // one for the unknown address would have arrived too.
  const later = uniqueEmail(info, 'later');
  await reserve(page, later);
  await waitForMails(later);
  expect(await mailsTo(unknown)).toHaveLength(0);
});
