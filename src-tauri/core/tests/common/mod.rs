//! What several test files share: the sample shop's day and export, and the fuzz tests' size.
// Each test file is its own crate and uses only some of these.
#![allow(dead_code)]

pub mod smtp;

use std::sync::OnceLock;

use chrono::NaiveDate;
use proptest::prelude::ProptestConfig;
use serde_json::Value;
use shoutout_core::sample::load_sample_roster;
use shoutout_core::storage::everything;
use shoutout_core::Db;

pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

/// The sample shop's export, made once.
pub fn sample() -> &'static Value {
    static DOC: OnceLock<Value> = OnceLock::new();
    DOC.get_or_init(|| {
        let mut db = Db::open_in_memory().unwrap();
        load_sample_roster(&mut db, today()).unwrap();
        let mut out = Vec::new();
        everything::export(&db, &mut out).unwrap();
        serde_json::from_slice(&out).unwrap()
    })
}

/// 64 cases unless PROPTEST_CASES asks for more.
pub fn fuzz_config() -> ProptestConfig {
    let mut config = ProptestConfig::default();
    if std::env::var("PROPTEST_CASES").is_err() {
        config.cases = 64;
    }
    config
}
