//! Deals end to end, in the real window: start a gifting deal from a brief, send the product,
//! add the posted link and results, complete it and see it counted on the home dashboard; a
//! second deal past its due date shows as overdue in the list and on the dashboard.

// A test reads as one story from setup to the last check; the line limit is for the app's code.
#![allow(clippy::too_many_lines)]

mod support;

use chrono::{Duration, Local};
use support::App;

#[test]
fn a_gifting_deal_from_brief_to_results_and_an_overdue_one() {
    let dir = tempfile::tempdir().unwrap();
    let db = support::sample_db(dir.path());
    let app = App::start(&db, "deals");

    // A roster in use opens on Home.
    app.find("[data-testid=home]");
    let completed_before: u32 = app.text("[data-testid=status-completed]").parse().unwrap();
    app.screenshot("01-home-before");

    // From the brief's creator list to a new deal, filled in from the brief.
    app.click("[data-testid=nav-briefs]");
    app.wait_texts(
        "[data-testid=brief-campaign]",
        &["Vintage market weekend", "Autumn Oat Latte launch"],
    );
    let latte = app
        .find_all("[data-testid=brief-campaign]")
        .into_iter()
        .find(|el| app.text_of(el) == "Autumn Oat Latte launch")
        .unwrap();
    app.click_el(&latte);
    app.click("[data-testid=start-deal]");
    app.find("[data-testid=deal-editor]");
    let campaign = app.script("return document.querySelector('[data-testid=deal-campaign]').value");
    assert_eq!(campaign, "Autumn Oat Latte launch");
    app.click("[data-testid=add-item]");
    app.type_into("[data-testid=item-name-0]", "Oat latte bag, 250 g");
    app.type_into("[data-testid=item-cost-0]", "4.20");
    app.type_into("[data-testid=item-retail-0]", "12.90");
    app.click("[data-testid=save-deal]");
    app.wait_text("[data-testid=deal-status]", "Proposed");
    let creator = app.text("[data-testid=deal-title]");
    assert!(app
        .text("[data-testid=tracking-link]")
        .contains("utm_campaign=Autumn%20Oat%20Latte%20launch"));

    // The product goes out; the creator posts; results come in.
    app.dismiss_toasts();
    app.click("[data-testid=move-agreed]");
    app.wait_text("[data-testid=deal-status]", "Agreed");
    app.click("[data-testid=move-product_sent]");
    app.wait_text("[data-testid=deal-status]", "Product sent");
    app.type_into(
        "[data-testid=deliverable-url-0]",
        "https://www.instagram.com/p/e2e-latte/",
    );
    app.click("[data-testid=deliverable-disclosed-0]");
    for (field, value) in [
        ("reach", "5200"),
        ("likes", "410"),
        ("comments", "30"),
        ("shares", "12"),
        ("clicks", "64"),
        ("redemptions", "9"),
        ("walk_ins", "5"),
        ("revenue", "180"),
    ] {
        app.type_into(&format!("[data-testid=result-{field}]"), value);
    }
    app.click("[data-testid=save-deal]");
    // Cost €4.20; return (180 − 4.20) / 4.20 = 4,185.7 %.
    app.wait_for("the return on cost", || {
        let text = app.text("[data-testid=figure-return]");
        text.contains("185").then_some(text)
    });
    app.click("[data-testid=move-posted]");
    app.wait_text("[data-testid=deal-status]", "Posted");
    app.click("[data-testid=move-completed]");
    app.wait_text("[data-testid=deal-status]", "Completed");
    app.wait_for("the history", || {
        (app.texts("[data-testid=deal-history] li").len() == 5).then_some(())
    });
    app.screenshot("02-completed-deal");

    app.click("[data-testid=nav-home]");
    app.wait_text(
        "[data-testid=status-completed]",
        &(completed_before + 1).to_string(),
    );

    // A second deal whose post is three days late.
    app.click("[data-testid=nav-deals]");
    app.click("[data-testid=new-deal]");
    app.type_into("[data-testid=deal-creator-search]", "Maya");
    let pick = app.wait_for("a creator to pick", || {
        app.find_all("[role=option]").into_iter().next()
    });
    app.click_el(&pick);
    let today = Local::now().date_naive();
    app.set_value(
        "[data-testid=deal-start]",
        &(today - Duration::days(10)).to_string(),
    );
    app.type_into("[data-testid=deal-campaign]", "Late winter post");
    app.click("[data-testid=add-deliverable]");
    app.type_into("[data-testid=deliverable-label-0]", "1 Reel");
    app.set_value(
        "[data-testid=deliverable-due-0]",
        &(today - Duration::days(3)).to_string(),
    );
    app.click("[data-testid=save-deal]");
    app.wait_text("[data-testid=deal-status]", "Proposed");
    let late_creator = app.text("[data-testid=deal-title]");
    app.click("[data-testid=back]");
    app.type_into("[data-testid=deal-search]", "Late winter");
    app.wait_for("the late deal flagged", || {
        let rows = app.find_all("[data-testid=deal-row]");
        (rows.len() == 1 && app.text("[data-testid=overdue]").contains("Overdue")).then_some(())
    });
    app.screenshot("03-overdue-in-list");
    app.type_into("[data-testid=deal-search]", "");
    app.click("[data-testid=view-board]");
    app.wait_for("the whole board", || {
        let columns = app.find_all("[data-testid=deal-board] .column").len();
        let count = app.text("[data-testid=deal-count]");
        (columns == 6 && !count.contains("match")).then_some(())
    });
    app.dismiss_toasts();
    app.screenshot("04-board");

    app.click("[data-testid=nav-home]");
    app.wait_for("the late deal on the dashboard", || {
        app.texts("[data-testid=overdue-item]")
            .iter()
            .any(|t| t.contains(&late_creator) && t.contains("3 days late"))
            .then_some(())
    });
    assert!(
        app.text("[data-testid=tile-month]")
            .chars()
            .any(|c| c.is_ascii_digit()),
        "value gifted this month is shown"
    );
    app.screenshot("05-home-after");
    app.dismiss_toasts();
    app.script("document.querySelector('[data-testid=home]').scrollTop = 100000");
    std::thread::sleep(std::time::Duration::from_millis(300));
    app.screenshot("06-home-charts");
    assert!(!creator.is_empty());
}
