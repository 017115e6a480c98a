import { expect, test } from './fixtures';
import { open, otpFrom, staffLogin, uniqueEmail, waitForMails } from './helpers';

// 抽選 (issue 14), JavaScript on and off: staff make a service a lottery;
// a resident applies through its pages; staff end the period and draw; the
// 当選 email carries the 予約番号 of a reservation that is in the
// resident's my reservations.

/** `hours` from now in Japan time, as a datetime-local field takes it. */
function fieldTime(hours: number): string {
  const jst = new Date(Date.now() + 9 * 3600_000 + hours * 3600_000);
  return jst.toISOString().slice(0, 16);
}

function isoDaysFromNow(days: number): string {
  return fieldTime(days * 24).slice(0, 10);
}



test('apply for a lottery; staff draw; the 当選 email; the reservation in my reservations', async ({ browser, page }, info) => {
  const service = `抽選の測定 ${info.project.name}-${Date.now()}`;
  const email = uniqueEmail(info, 'lottery');
  const js = info.project.use.javaScriptEnabled !== false;

  // Staff: a new service, booked by lottery, with a week of slots.
  await staffLogin(page);
  await open(page, '/staff/services/new');
  await page.getByLabel('名称').fill(service);
  await page.getByLabel('会場').fill('射水市保健センター 2階');
  await page.getByLabel('予約の方法', { exact: true }).selectOption('lottery');
  await page.getByLabel('抽選の申込開始').fill(fieldTime(-1));
  await page.getByLabel('抽選の申込締切').fill(fieldTime(24));
  await page.getByLabel('抽選日時').fill(fieldTime(48));
  await page.getByLabel('希望できる日時の数').fill('2');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('service-saved')).toBeVisible();
  const editPath = new URL(page.url()).pathname;
  await page.getByRole('link', { name: 'この予約メニューの予約枠' }).click();
  await page.getByRole('link', { name: '予約枠を一括作成' }).click();
  await page.getByLabel('開始日').fill(isoDaysFromNow(7));
  await page.getByLabel('終了日').fill(isoDaysFromNow(13));
  await page.getByLabel('開始時刻').fill('10:00');
  await page.getByRole('button', { name: '作成する枠を確認' }).click();
  await page.getByRole('button', { name: 'この内容で作成する' }).click();
  await expect(page.getByTestId('slots-created')).toBeVisible();
  await open(page, editPath);
  await page.getByRole('button', { name: '公開する' }).click();
  await expect(page.getByTestId('service-state')).toHaveText('公開中');

  // A resident, in a browser of their own, applies.
  const resident = await browser.newPage({ javaScriptEnabled: js });
  await open(resident, '/reserve');
  await expect(resident.getByRole('link', { name: service })).toBeVisible();
  await resident.getByRole('link', { name: service }).click();
  await expect(resident.getByTestId('lottery-panel')).toContainText('この予約メニューは抽選です');
  await resident.getByTestId('lottery-apply').click();
  await expect(resident.getByRole('heading', { name: '抽選の申し込み' })).toBeVisible();
  const first = resident.getByLabel('第1希望');
  await first.selectOption({ index: 1 });
  await resident.getByLabel('第2希望').selectOption({ index: 2 });
  await resident.getByRole('button', { name: '次へ' }).click();
  await expect(resident.getByRole('heading', { name: 'お客様情報の入力' })).toBeVisible();
  await expect(resident.getByTestId('lottery-notice')).toContainText('まだ予約ではありません');
  await resident.getByLabel('氏名').fill('射水 花子');
  await resident.getByLabel('ふりがな').fill('いみず はなこ');
  const birth = resident.getByRole('group', { name: '生年月日' });
  await birth.getByLabel('年', { exact: true }).fill('1970');
  await birth.getByLabel('月', { exact: true }).fill('5');
  await birth.getByLabel('日', { exact: true }).fill('5');
  await resident.getByLabel('電話番号').fill('0766-51-6666');
  await resident.getByLabel('メールアドレス', { exact: true }).fill(email);
  await resident.getByLabel('メールアドレス確認', { exact: true }).fill(email);
  await resident.getByRole('button', { name: '確認' }).click();
  await expect(resident.getByRole('heading', { name: '入力内容の確認' })).toBeVisible();
  await expect(resident.getByTestId('lottery-choices')).toContainText('第2希望');
  await resident.getByRole('button', { name: '送信' }).click();
  await expect(resident.getByRole('heading', { name: '抽選の申し込み完了' })).toBeVisible();
  const application = (await resident.getByTestId('application-number').textContent())!.trim();
  const key = (await resident.getByTestId('user-key').textContent())!.trim();
  expect(application).toMatch(/^\d{8}$/);
  const [applied] = await waitForMails(email, 1);
  expect(applied.subject).toContain('抽選のお申し込みを受け付けました');
  expect(applied.text).toContain(application);

  // Staff end the period early and draw.
  await open(page, editPath);
  await page.getByLabel('抽選の申込開始').fill(fieldTime(-3));
  await page.getByLabel('抽選の申込締切').fill(fieldTime(-0.05));
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('service-saved')).toBeVisible();
  await page.getByRole('link', { name: '抽選の申込者と抽選' }).click();
  await expect(page.getByRole('heading', { name: '抽選の管理' })).toBeVisible();
  await expect(page.getByTestId('lottery-applicants')).toContainText(application);
  await page.getByRole('button', { name: '抽選を行う' }).click();
  await expect(page.getByTestId('lottery-drawn')).toBeVisible();
  await expect(page.getByTestId('lottery-seed')).toHaveText(/^[0-9a-f]{64}$/);
  await expect(page.getByTestId('lottery-replay')).toContainText('一致しました');

  // 当選: the email with the 予約番号, and the reservation in my reservations.
  const won = (await waitForMails(email, 2)).find((m) => m.subject.includes('当選'))!;
  const number = won.subject.match(/予約番号 (\d{8})/)![1];
  expect(won.text).toContain(number);
  await open(resident, '/otp');
  await resident.getByLabel('利用者キー').fill(key);
  await resident.getByLabel('メールアドレス').fill(email);
  await resident.getByRole('button', { name: /発行/ }).click();
  await expect(resident.getByTestId('otp-notice')).toBeVisible();
  await resident.getByLabel('ワンタイムパスワード', { exact: true }).fill(otpFrom(await waitForMails(email, 3)));
  await resident.getByRole('button', { name: 'ログイン', exact: true }).click();
  await expect(resident.getByRole('heading', { name: '予約の確認・変更・キャンセル' })).toBeVisible();
  await expect(resident.getByText(number).first()).toBeVisible();
  await expect(resident.getByTestId(`application-${application}`).getByTestId('application-status')).toContainText('当選');
  await resident.close();
});
