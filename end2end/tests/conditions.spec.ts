import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { chooseUntouchedSlot, open, uniqueEmail, waitForMails, type CalendarWords } from './helpers';

// 対象者条件 (issue 14), JavaScript on and off, on the demo's
// 子宮頸がん検診: women aged 20 or over at the end of the fiscal year who
// have not been screened by the city this year.
const SERVICE = '子宮頸がん検診';
const CONTACT = '射水市保健センター（電話 0766-52-7070）';
const WORDS: CalendarWords = {
  dayWithRoom: / 空きあり$/,
  dayHeading: (label) => `${label}の予約枠`,
  untouched: /残り6人/,
};

async function toTheConditions(page: Page, seed: string) {
  await open(page, '/reserve');
  await page.getByRole('link', { name: SERVICE }).click();
  await expect(page.getByRole('heading', { name: SERVICE })).toBeVisible();
  const conditions = page.getByTestId('service-conditions');
  await expect(conditions).toContainText('年度末（3月31日）の時点で20歳以上の方');
  await expect(conditions).toContainText('女性の方');
  await chooseUntouchedSlot(page, seed, WORDS);
  await expect(page.getByRole('heading', { name: '対象者の確認' })).toBeVisible();
  // Nothing personal is asked before the conditions are met.
  await expect(page.getByLabel('氏名')).toHaveCount(0);
}

async function answer(page: Page, birth: [string, string, string], sex: '女性' | '男性', notYet: 'はい' | 'いいえ') {
  const group = page.getByRole('group', { name: '生年月日' });
  await group.getByLabel('年', { exact: true }).fill(birth[0]);
  await group.getByLabel('月', { exact: true }).fill(birth[1]);
  await group.getByLabel('日', { exact: true }).fill(birth[2]);
  await page.getByRole('group', { name: '性別' }).getByLabel(sex, { exact: true }).check();
  await page.getByRole('group', { name: '今年度、射水市の子宮頸がん検診をまだ受けていない' }).getByLabel(notYet, { exact: true }).check();
  await page.getByRole('button', { name: '次へ' }).click();
}

test('someone outside the conditions is told which one and whom to call, before typing anything else', async ({ page }, info) => {
  await toTheConditions(page, uniqueEmail(info, 'conditions-out'));
  // Nothing chosen: what to do, for each question.
  await page.getByRole('button', { name: '次へ' }).click();
  const summary = page.getByRole('alert').filter({ hasText: '入力内容に誤りがあります' });
  await expect(summary.getByRole('link', { name: '性別を選んでください。' })).toBeVisible();
  await expect(summary.getByRole('link', { name: '「はい」か「いいえ」を選んでください。' })).toBeVisible();
  await expect(summary.getByRole('link', { name: '生年月日を入力してください。' })).toBeVisible();

  // Sixteen at the end of the fiscal year.
  const year = String(new Date().getFullYear() - 16);
  await answer(page, [year, '6', '1'], '女性', 'はい');
  await expect(page.getByRole('heading', { name: 'この予約メニューは予約できません' })).toBeVisible();
  const why = page.getByTestId('not-eligible');
  await expect(why).toContainText('20歳以上の方');
  await expect(why).toContainText(CONTACT);
  await expect(why).not.toContainText('女性の方');
  await expect(page.getByLabel('氏名')).toHaveCount(0);

  // Answer again: a man is told the service is for women.
  await page.getByRole('link', { name: '回答をやり直す' }).click();
  await expect(page.getByRole('heading', { name: '対象者の確認' })).toBeVisible();
  await answer(page, ['1980', '5', '5'], '男性', 'はい');
  await expect(page.getByTestId('not-eligible')).toContainText('女性の方');
  await expect(page.getByTestId('not-eligible')).not.toContainText('20歳以上');
});

test('a resident who qualifies reserves; a date of birth changed afterwards is caught', async ({ page }, info) => {
  const email = uniqueEmail(info, 'conditions-in');
  await toTheConditions(page, email);
  await answer(page, ['1980', '5', '5'], '女性', 'はい');

  await expect(page.getByRole('heading', { name: 'お客様情報の入力' })).toBeVisible();
  await expect(page.getByTestId('conditions-met')).toBeVisible();
  const birth = page.getByRole('group', { name: '生年月日' });
  await expect(birth.getByLabel('年', { exact: true })).toHaveValue('1980');
  await page.getByLabel('氏名').fill('射水 花子');
  await page.getByLabel('ふりがな').fill('いみず はなこ');
  await birth.getByLabel('年', { exact: true }).fill(String(new Date().getFullYear() - 10));
  await page.getByLabel('電話番号').fill('0766-51-6666');
  await page.getByLabel('メールアドレス', { exact: true }).fill(email);
  await page.getByLabel('メールアドレス確認', { exact: true }).fill(email);
  await page.getByRole('button', { name: '確認' }).click();
  const summary = page.getByRole('alert').filter({ hasText: '入力内容に誤りがあります' });
  await expect(summary.getByRole('link', { name: /この生年月日の方は対象になりません/ })).toBeVisible();

  await birth.getByLabel('年', { exact: true }).fill('1980');
  await page.getByRole('button', { name: '確認' }).click();
  await expect(page.getByRole('heading', { name: '入力内容の確認' })).toBeVisible();
  await page.getByRole('button', { name: '送信' }).click();
  await expect(page.getByRole('heading', { name: '予約完了' })).toBeVisible();
  const number = (await page.getByTestId('reservation-number').textContent())!.trim();
  const [mail] = await waitForMails(email);
  expect(mail.subject).toContain(number);
  expect(mail.text).toContain(SERVICE);
});
