//! The command line in the language `--lang` or the system asks for (part of `cli.rs`).

use super::{shoutout, shoutout_in, text};

#[test]
fn help_and_errors_speak_the_chosen_language() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("shop.db");
    let de = shoutout(&db, &["--lang", "de", "--help"]);
    assert!(de.status.success());
    let help = text(&de.stdout);
    assert!(
        help.contains("Befehle:")
            && help.contains("import-roster DATEI [--sheet NAME] [--header-row ZEILE]"),
        "{help}"
    );
    assert!(help.contains("en, fr, de, es, it, nl, pt"), "{help}");
    let bad = shoutout(&db, &["--lang=de", "frobnicate"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(text(&bad.stderr).contains("unbekannter Befehl frobnicate"));

    let fr = shoutout_in(&db, "fr_FR.UTF-8", &["--help"]);
    let help = text(&fr.stdout);
    assert!(
        help.contains("Commandes\u{202f}:") && help.contains("--db CHEMIN"),
        "{help}"
    );
    let bad = shoutout_in(&db, "fr_FR.UTF-8", &["export-roster"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(text(&bad.stderr).contains("export-roster a besoin d’un nom de fichier"));
    let chosen = shoutout_in(&db, "fr_FR.UTF-8", &["--lang", "en", "frobnicate"]);
    assert!(text(&chosen.stderr).contains("unknown command frobnicate"));

    let out = shoutout_in(&db, "de_DE.UTF-8", &["sample-data"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout).trim(), "36 Beispiel-Creator hinzugefügt.");

    for args in [&["--lang", "xx", "--help"][..], &["--lang"]] {
        let refused = shoutout(&db, args);
        assert_eq!(refused.status.code(), Some(2), "{args:?}");
        let err = text(&refused.stderr);
        assert!(err.contains("en, fr, de, es, it, nl, pt"), "{err}");
        assert!(refused.stdout.is_empty(), "{args:?}");
    }
    assert!(text(&shoutout(&db, &["--lang", "xx"]).stderr).contains("unknown language xx"));
}
