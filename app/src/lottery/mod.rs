//! 抽選 (issue 14): services whose places are drawn among the residents who
//! applied in the application period, rather than taken first come, first
//! served. So far: the draw itself (`draw`), a plain function that anyone
//! with its inputs can replay.
pub mod draw;
