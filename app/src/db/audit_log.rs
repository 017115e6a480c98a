use sea_orm::entity::prelude::*;

/// 監査ログ: who (staff id) did or saw what, when, from where. Written by
/// the console, never changed or deleted by it.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "audit_log")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub staff_id: i32,
    pub action: Action,
    pub target: String,
    pub detail: String,
    pub client_addr: Option<String>,
    pub created_at: DateTimeUtc,
}

/// What a staff member did or saw. The stored words are fixed: entries
/// written years ago must still read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
pub enum Action {
    #[sea_orm(string_value = "view_day")]
    ViewDay,
    /// 利用者情報の削除: at the resident's request (theirs or at the
    /// counter) or after the retention period (`crate::own_data`).
    #[sea_orm(string_value = "erase_resident")]
    EraseResident,
    #[sea_orm(string_value = "export_csv")]
    Export,
    #[sea_orm(string_value = "cancel_slot")]
    CancelSlot,
    #[sea_orm(string_value = "mark_attendance")]
    MarkAttendance,
    #[sea_orm(string_value = "add_staff")]
    AddStaff,
    #[sea_orm(string_value = "search_residents")]
    SearchResidents,
    #[sea_orm(string_value = "view_resident")]
    ViewResident,
    #[sea_orm(string_value = "unlock_resident")]
    UnlockResident,
    #[sea_orm(string_value = "resend_key_notice")]
    ResendKeyNotice,
    #[sea_orm(string_value = "create_service")]
    CreateService,
    #[sea_orm(string_value = "edit_service")]
    EditService,
    #[sea_orm(string_value = "publish_service")]
    PublishService,
    #[sea_orm(string_value = "unpublish_service")]
    UnpublishService,
    #[sea_orm(string_value = "create_slots")]
    CreateSlots,
    #[sea_orm(string_value = "add_slot")]
    AddSlot,
    #[sea_orm(string_value = "slot_capacity")]
    SlotCapacity,
    #[sea_orm(string_value = "close_slot")]
    CloseSlot,
    #[sea_orm(string_value = "open_slot")]
    OpenSlot,
    #[sea_orm(string_value = "cancel_for_resident")]
    CancelForResident,
    #[sea_orm(string_value = "move_for_resident")]
    MoveForResident,
    #[sea_orm(string_value = "reserve_for_resident")]
    ReserveForResident,
    #[sea_orm(string_value = "waiting_room")]
    WaitingRoom,
    #[sea_orm(string_value = "waive_eligibility")]
    WaiveEligibility,
    #[sea_orm(string_value = "join_waitlist_for")]
    JoinWaitlistForResident,
    #[sea_orm(string_value = "view_waitlist")]
    ViewWaitlist,
    #[sea_orm(string_value = "apply_lottery_for")]
    ApplyLotteryForResident,
    #[sea_orm(string_value = "draw_lottery")]
    DrawLottery,
    #[sea_orm(string_value = "view_lottery")]
    ViewLottery,
    #[sea_orm(string_value = "view_mail")]
    ViewMail,
    #[sea_orm(string_value = "resend_mail")]
    ResendMail,
    #[sea_orm(string_value = "check_in_look_up")]
    CheckInLookUp,
    #[sea_orm(string_value = "print_for_resident")]
    PrintForResident,
}

impl Action {
    /// What the audit log page says.
    pub fn label(self) -> &'static str {
        match self {
            Action::ViewDay => "日別予約一覧の閲覧",
            Action::EraseResident => "利用者情報の削除",
            Action::Export => "予約一覧の出力（CSV・Excel）",
            Action::CancelSlot => "予約枠の中止",
            Action::MarkAttendance => "来場の記録",
            Action::AddStaff => "職員アカウントの追加",
            Action::SearchResidents => "利用者の検索",
            Action::ViewResident => "利用者の詳細の閲覧",
            Action::UnlockResident => "ログイン停止の解除",
            Action::ResendKeyNotice => "利用者キー通知の再送",
            Action::ViewMail => "メール送信状況の閲覧",
            Action::ResendMail => "メールの再送",
            Action::CreateService => "予約メニューの作成",
            Action::EditService => "予約メニューの編集",
            Action::PublishService => "予約メニューの公開",
            Action::UnpublishService => "予約メニューの非公開",
            Action::CreateSlots => "予約枠の一括作成",
            Action::AddSlot => "予約枠の追加",
            Action::SlotCapacity => "定員の変更",
            Action::CloseSlot => "予約枠の受付停止",
            Action::OpenSlot => "予約枠の受付再開",
            Action::CancelForResident => "予約のキャンセル（代理）",
            Action::MoveForResident => "予約の変更（代理）",
            Action::ReserveForResident => "代理予約",
            Action::WaitingRoom => "待合室の設定",
            Action::WaiveEligibility => "対象者条件の例外の予約",
            Action::JoinWaitlistForResident => "キャンセル待ちの登録（代理）",
            Action::ViewWaitlist => "キャンセル待ちの一覧の閲覧",
            Action::ApplyLotteryForResident => "抽選の申し込み（代理）",
            Action::DrawLottery => "抽選の実施",
            Action::ViewLottery => "抽選の申込者の閲覧",
            Action::CheckInLookUp => "受付での予約の表示",
            Action::PrintForResident => "予約票の印刷（利用者キー付き）",
        }
    }
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
